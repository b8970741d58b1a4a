import { useState } from 'react'
import { Button } from '../../components/Button'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { Field } from '../../components/Field'
import { FormDialog } from '../../components/FormDialog'
import { ApiError, messageOf } from '../../lib/api'
import { useEncryptionState, useMakeRecoveryKey, useRekeyPractice } from './queries'
import { RecoveryKeyDialog } from './RecoveryKeyDialog'

const TITLE = 'Give your practice a new key?'
const CONFIRM = 'Give it a new key'

/**
 * Settings › Encryption: a new key for the practice (after a key may have been seen by
 * someone else). The whole file is rewritten; a recovery key seals one practice key, so
 * a new one is made at once and shown. Where a passphrase keeps the key, the coach types
 * it to confirm (main checks it) and the new key is kept by it.
 */
export function RekeySettings() {
  const state = useEncryptionState()
  const rekey = useRekeyPractice()
  const makeRecoveryKey = useMakeRecoveryKey()
  const [asking, setAsking] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const [shown, setShown] = useState<{ recoveryKey: string; madeAt: string } | null>(null)
  const newRecoveryKey = () =>
    makeRecoveryKey.mutate(undefined, {
      onSuccess: setShown,
      onError: (error) =>
        setFailure(`Your practice has its new key, but its new recovery key could not be made (${messageOf(error)}). Make one now, under Recovery key.`)
    })
  const confirm = () => {
    setAsking(false)
    setFailure(null)
    rekey.mutate({}, { onError: (error) => setFailure(messageOf(error)), onSuccess: newRecoveryKey })
  }
  const byPassphrase = state.data?.keptBy === 'passphrase'
  const working = rekey.isPending || makeRecoveryKey.isPending
  return (
    <div className="rekey-settings">
      <h3 id="rekey-title">Practice key</h3>
      <p>
        If you think the practice’s key may have been seen by someone else, give the practice a new key: the whole file is
        rewritten with it.
      </p>
      {failure ? <p role="alert" className="form-error">{failure}</p> : null}
      <div className="backup-now">
        <Button onPress={() => setAsking(true)} isDisabled={working} aria-describedby="rekey-title">
          Give the practice a new key…
        </Button>
        {working ? (
          <span role="status" className="backup-progress">
            <progress aria-label="Giving the practice a new key" />
            {rekey.isPending ? 'Rewriting and checking your practice with its new key…' : 'Making its new recovery key…'}
          </span>
        ) : null}
      </div>
      {byPassphrase ? (
        <RekeyWithPassphraseDialog
          isOpen={asking}
          onClose={() => setAsking(false)}
          onRekeyed={() => {
            setAsking(false)
            setFailure(null)
            newRecoveryKey()
          }}
        />
      ) : (
        <ConfirmDialog isOpen={asking} title={TITLE} confirmLabel={CONFIRM} onConfirm={confirm} onCancel={() => setAsking(false)}>
          <WhatARekeyDoes />
        </ConfirmDialog>
      )}
      <RecoveryKeyDialog recoveryKey={shown} onDone={() => setShown(null)} />
    </div>
  )
}

function WhatARekeyDoes() {
  return (
    <>
      <p>
        Coachbook rewrites the whole practice with a new key, checks that the copy holds every record, then uses it. This
        takes a moment for a large practice; if the computer stops in the middle, the practice opens next time with
        whichever key it holds.
      </p>
      <p>
        A recovery key opens one key of the practice: your current recovery key will no longer open it, so a new one is
        made and shown at the end. Keep the old one as long as you keep backups made before today: they keep the old key.
      </p>
    </>
  )
}

/** The same question, with the passphrase typed: the dialog stays open (and says a wrong one) until the rekey is done. */
function RekeyWithPassphraseDialog({ isOpen, onClose, onRekeyed }: { isOpen: boolean; onClose(): void; onRekeyed(): void }) {
  const rekey = useRekeyPractice()
  const [passphrase, setPassphrase] = useState('')
  const [error, setError] = useState<{ field?: string; message: string } | null>(null)
  const reset = () => {
    setPassphrase('')
    setError(null)
  }
  const submit = () => {
    setError(null)
    rekey.mutate(
      { passphrase },
      {
        onSuccess: () => {
          reset()
          onRekeyed()
        },
        onError: (failure) => setError({ field: failure instanceof ApiError ? failure.field : undefined, message: messageOf(failure) })
      }
    )
  }
  return (
    <FormDialog
      isOpen={isOpen}
      title={TITLE}
      submitLabel={CONFIRM}
      isPending={rekey.isPending}
      error={error && error.field !== 'passphrase' ? error.message : null}
      onSubmit={submit}
      onCancel={() => {
        reset()
        onClose()
      }}
    >
      <WhatARekeyDoes />
      <p>Your passphrase keeps the new key too: type it to go ahead.</p>
      <Field
        label="Passphrase"
        type="password"
        value={passphrase}
        onChange={setPassphrase}
        autoComplete="current-password"
        error={error?.field === 'passphrase' ? error.message : undefined}
      />
    </FormDialog>
  )
}
