import { useState } from 'react'
import { Button } from '../../components/Button'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { formatDateTime } from '../../lib/format'
import { messageOf } from '../../lib/api'
import { useEncryptionState, useMakeRecoveryKey } from './queries'
import { RecoveryKeyDialog } from './RecoveryKeyDialog'
import { LOSING_BOTH } from '../../../electron/shared/encryption'

/** Settings › Encryption: whether the practice has a recovery key, and making one (or a new one). */
export function RecoveryKeySettings() {
  const state = useEncryptionState()
  const make = useMakeRecoveryKey()
  const [asking, setAsking] = useState(false)
  const [shown, setShown] = useState<{ recoveryKey: string; madeAt: string } | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const madeAt = state.data?.recoveryKeyMadeAt ?? null
  const start = () => {
    setAsking(false)
    setFailure(null)
    make.mutate(undefined, { onSuccess: setShown, onError: (error) => setFailure(messageOf(error)) })
  }
  return (
    <div className="recovery-key-settings">
      <h3 id="recovery-key-title">Recovery key</h3>
      {madeAt ? (
        <p>Your practice has a recovery key, made on {formatDateTime(madeAt)}: with it, the practice and its backups open on another computer.</p>
      ) : (
        <p>
          Your practice has no recovery key yet. Make one to open your practice and its backups on another computer, should
          this one be lost or replaced.
        </p>
      )}
      <p className="muted">{LOSING_BOTH}</p>
      {failure ? <p role="alert" className="form-error">{failure}</p> : null}
      <Button variant={madeAt ? 'secondary' : 'primary'} onPress={() => (madeAt ? setAsking(true) : start())} isPending={make.isPending} aria-describedby="recovery-key-title">
        {madeAt ? 'Make a new recovery key…' : 'Make a recovery key…'}
      </Button>
      <ConfirmDialog isOpen={asking} title="Make a new recovery key?" confirmLabel="Make a new key" onConfirm={start} onCancel={() => setAsking(false)}>
        <p>
          The recovery key you have now will no longer open this practice or its backups: keep only the new one. (A copy of
          coachbook.recovery.json made before today still opens with the old key; delete such copies.)
        </p>
      </ConfirmDialog>
      <RecoveryKeyDialog recoveryKey={shown} onDone={() => setShown(null)} />
    </div>
  )
}
