import { useState } from 'react'
import type { EncryptionStatus } from '../../../electron/shared/backup'
import { Button } from '../../components/Button'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { FormDialog } from '../../components/FormDialog'
import { RadioField } from '../../components/RadioField'
import type { Option } from '../../components/SelectField'
import { notify } from '../../components/Toasts'
import { ApiError, messageOf } from '../../lib/api'
import { AppLockSettings, NewPassphraseFields, PassphraseSettings, RecoveryKeySettings, RekeySettings } from '../encryption'
import { useEncryptionStatus, useEncryptPractice, useForgetPlainPractice } from './queries'

/** Whether the practice file is encrypted, and the guided step that encrypts one from before encryption. */
export function EncryptionSettings() {
  const status = useEncryptionStatus()
  return (
    <section aria-labelledby="encryption-title" className="backup-settings">
      <h2 id="encryption-title">Encryption</h2>
      {status.isError ? <p role="alert" className="form-error">{messageOf(status.error)}</p> : null}
      {status.data ? <EncryptionState status={status.data} /> : null}
      <AppLockSettings />
    </section>
  )
}

function EncryptionState({ status }: { status: EncryptionStatus }) {
  if (status.encrypted) {
    return (
      <>
        <p>
          Your practice and its backups are encrypted: a copy of the file opens nowhere else without the practice’s
          recovery key.
        </p>
        {status.previousFileKept ? <ForgetPlainPractice /> : null}
        <PassphraseSettings />
        <RecoveryKeySettings />
        <RekeySettings />
      </>
    )
  }
  if (!status.canEncrypt) return <p className="muted">Your practice is not stored in a file, so it cannot be encrypted.</p>
  return <EncryptPractice keychainReady={status.keychainReady} />
}

type KeptBy = 'keychain' | 'passphrase'

const KEPT_BY_OPTIONS: readonly Option<KeptBy>[] = [
  { value: 'keychain', label: 'This computer’s keychain: the practice opens when you are logged in' },
  { value: 'passphrase', label: 'A passphrase you type each time Coachbook starts' }
]

/**
 * The guided step that encrypts a practice from before encryption, its key kept by the
 * keychain or by a passphrase chosen here (the only way where the computer has no keychain).
 */
function EncryptPractice({ keychainReady }: { keychainReady: boolean }) {
  const encrypt = useEncryptPractice()
  const [asking, setAsking] = useState(false)
  const [keptBy, setKeptBy] = useState<KeptBy>(keychainReady ? 'keychain' : 'passphrase')
  const [passphrase, setPassphrase] = useState('')
  const [repeated, setRepeated] = useState('')
  const [error, setError] = useState<{ field?: string; message: string } | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const close = () => {
    setAsking(false)
    setPassphrase('')
    setRepeated('')
    setError(null)
  }
  const submit = () => {
    setError(null)
    setFailure(null)
    const input = keptBy === 'passphrase' ? { passphrase, repeated } : {}
    // The practice reopens from the encrypted file: start the window afresh on it. Through the promise, since this
    // section is replaced as soon as the status says the practice is encrypted.
    encrypt.mutateAsync(input).then(
      () => window.location.reload(),
      (failed: unknown) => {
        const field = failed instanceof ApiError ? failed.field : undefined
        if (field === 'passphrase' || field === 'repeated') return setError({ field, message: messageOf(failed) })
        close()
        setFailure(messageOf(failed))
      }
    )
  }
  const fieldError = (field: string) => (error?.field === field ? error.message : undefined)
  return (
    <>
      <p>
        Your practice is not encrypted: anyone who copies its file can read it. Encrypt it so that it opens only with its
        key, kept by {keychainReady ? 'this computer’s keychain or ' : ''}a passphrase you choose.
      </p>
      {failure ? <p role="alert" className="form-error">{failure}</p> : null}
      <div className="backup-now">
        <Button variant="primary" onPress={() => setAsking(true)} isDisabled={encrypt.isPending}>
          Encrypt my practice…
        </Button>
        {encrypt.isPending ? (
          <span role="status" className="backup-progress">
            <progress aria-label="Encrypting" />
            Backing up, encrypting and checking your practice…
          </span>
        ) : null}
      </div>
      <FormDialog isOpen={asking} title="Encrypt your practice?" submitLabel="Encrypt" isPending={encrypt.isPending} onSubmit={submit} onCancel={close}>
        <p>
          Coachbook checks there is room on the disk, backs up your practice, writes an encrypted copy, checks that it holds
          every record, and then uses it. The file as it is now stays beside it until you have seen the encrypted practice
          work. The window reloads afterwards.
        </p>
        <p>Backups made from now on are encrypted too; the ones made before stay as they are.</p>
        {keychainReady ? (
          <RadioField<KeptBy> label="Keep the key with" options={KEPT_BY_OPTIONS} value={keptBy} onChange={setKeptBy} />
        ) : (
          <p>This computer offers no keychain to keep the practice’s key in, so a passphrase you choose keeps it.</p>
        )}
        {keptBy === 'passphrase' ? (
          <NewPassphraseFields passphrase={passphrase} repeated={repeated} onPassphrase={setPassphrase} onRepeated={setRepeated} errorOf={fieldError} />
        ) : null}
      </FormDialog>
    </>
  )
}

function ForgetPlainPractice() {
  const forget = useForgetPlainPractice()
  const [asking, setAsking] = useState(false)
  const confirm = () => {
    setAsking(false)
    // Through the promise: this part goes away as soon as the status says the file is gone.
    forget.mutateAsync().then(
      () => notify({ title: 'The unencrypted file was deleted' }),
      (error: unknown) => notify({ title: 'The unencrypted file was not deleted', description: messageOf(error) })
    )
  }
  return (
    <>
      <p>The file from before encryption is still beside your practice, unencrypted. Delete it once you have checked your records.</p>
      <Button onPress={() => setAsking(true)} isDisabled={forget.isPending}>
        Delete the unencrypted file…
      </Button>
      <ConfirmDialog
        isOpen={asking}
        title="Delete the unencrypted file?"
        confirmLabel="Delete it"
        destructive
        onConfirm={confirm}
        onCancel={() => setAsking(false)}
      >
        <p>Your encrypted practice is not touched. The backup made before encrypting stays in the backup folder.</p>
      </ConfirmDialog>
    </>
  )
}
