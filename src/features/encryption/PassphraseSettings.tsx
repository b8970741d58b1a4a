import { useState } from 'react'
import type { EncryptionState } from '../../../electron/shared/encryption'
import { Button } from '../../components/Button'
import { Field } from '../../components/Field'
import { FormDialog } from '../../components/FormDialog'
import { notify } from '../../components/Toasts'
import { ApiError, messageOf } from '../../lib/api'
import { useEncryptionState, useKeepByKeychain, useKeepByPassphrase } from './queries'

/** Settings › Encryption: what keeps the practice key (the keychain or a passphrase), and moving it from one to the other. */
export function PassphraseSettings() {
  const state = useEncryptionState()
  const [choosing, setChoosing] = useState(false)
  if (!state.data?.encrypted) return null
  return (
    <div className="passphrase-settings">
      <h3 id="key-kept-title">Where the key is kept</h3>
      <KeptBy state={state.data} onChoose={() => setChoosing(true)} />
      <ChoosePassphraseDialog isOpen={choosing} changing={state.data.keptBy === 'passphrase'} onClose={() => setChoosing(false)} />
    </div>
  )
}

function KeptBy({ state, onChoose }: { state: EncryptionState; onChoose(): void }) {
  const toKeychain = useKeepByKeychain()
  const backToKeychain = () =>
    toKeychain.mutate(undefined, {
      onSuccess: () => notify({ title: 'The keychain keeps the key again' }),
      onError: (error) => notify({ title: 'The key was not moved', description: messageOf(error) })
    })
  if (state.keptBy === 'passphrase') {
    return (
      <>
        <p>A passphrase you type at every start unlocks your practice. Changing it, or going back to the keychain, does not rewrite the practice.</p>
        <div className="backup-now">
          <Button onPress={onChoose}>Change the passphrase…</Button>
          {state.keychainAvailable ? (
            <Button onPress={backToKeychain} isPending={toKeychain.isPending}>
              Keep the key in this computer’s keychain
            </Button>
          ) : null}
        </div>
      </>
    )
  }
  return (
    <>
      <p>This computer’s keychain keeps the key: the practice opens when you are logged in. A passphrase instead means typing it at every start.</p>
      <Button onPress={onChoose}>Use a passphrase instead…</Button>
    </>
  )
}

function ChoosePassphraseDialog({ isOpen, changing, onClose }: { isOpen: boolean; changing: boolean; onClose(): void }) {
  const toPassphrase = useKeepByPassphrase()
  const [passphrase, setPassphrase] = useState('')
  const [repeated, setRepeated] = useState('')
  const [error, setError] = useState<{ field?: string; message: string } | null>(null)
  const close = () => {
    setPassphrase('')
    setRepeated('')
    setError(null)
    onClose()
  }
  const submit = () => {
    setError(null)
    toPassphrase.mutate(
      { passphrase, repeated },
      {
        onSuccess: () => {
          close()
          notify({ title: changing ? 'The passphrase was changed' : 'A passphrase keeps the key now' })
        },
        onError: (failure) => setError({ field: failure instanceof ApiError ? failure.field : undefined, message: messageOf(failure) })
      }
    )
  }
  const fieldError = (field: string) => (error?.field === field ? error.message : undefined)
  return (
    <FormDialog
      isOpen={isOpen}
      title={changing ? 'Change the passphrase' : 'Use a passphrase'}
      submitLabel={changing ? 'Change it' : 'Use this passphrase'}
      isPending={toPassphrase.isPending}
      error={error && !['passphrase', 'repeated'].includes(error.field ?? '') ? error.message : null}
      onSubmit={submit}
      onCancel={close}
    >
      <NewPassphraseFields passphrase={passphrase} repeated={repeated} onPassphrase={setPassphrase} onRepeated={setRepeated} errorOf={fieldError} />
    </FormDialog>
  )
}

interface NewPassphraseFieldsProps {
  passphrase: string
  repeated: string
  onPassphrase(value: string): void
  onRepeated(value: string): void
  /** The message main gave for `passphrase` or `repeated`, if any. */
  errorOf(field: 'passphrase' | 'repeated'): string | undefined
}

/** A new passphrase, typed twice, with what makes a good one and what forgetting it means. */
export function NewPassphraseFields({ passphrase, repeated, onPassphrase, onRepeated, errorOf }: NewPassphraseFieldsProps) {
  return (
    <>
      <p>At least 10 characters; a few words you remember work well. Coachbook cannot tell you a passphrase you forgot: only the recovery key opens the practice then.</p>
      <Field label="Passphrase" type="password" value={passphrase} onChange={onPassphrase} autoComplete="new-password" error={errorOf('passphrase')} />
      <Field label="The same passphrase again" type="password" value={repeated} onChange={onRepeated} autoComplete="new-password" error={errorOf('repeated')} />
    </>
  )
}
