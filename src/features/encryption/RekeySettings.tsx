import { useState } from 'react'
import { Button } from '../../components/Button'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { messageOf } from '../../lib/api'
import { useMakeRecoveryKey, useRekeyPractice } from './queries'
import { RecoveryKeyDialog } from './RecoveryKeyDialog'

/**
 * Settings › Encryption: a new key for the practice (after a key may have been seen by
 * someone else). The whole file is rewritten; a recovery key seals one practice key, so
 * a new one is made at once and shown.
 */
export function RekeySettings() {
  const rekey = useRekeyPractice()
  const makeRecoveryKey = useMakeRecoveryKey()
  const [asking, setAsking] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const [shown, setShown] = useState<{ recoveryKey: string; madeAt: string } | null>(null)
  const confirm = () => {
    setAsking(false)
    setFailure(null)
    rekey.mutate(undefined, {
      onError: (error) => setFailure(messageOf(error)),
      onSuccess: () =>
        makeRecoveryKey.mutate(undefined, {
          onSuccess: setShown,
          onError: (error) =>
            setFailure(`Your practice has its new key, but its new recovery key could not be made (${messageOf(error)}). Make one now, under Recovery key.`)
        })
    })
  }
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
      <ConfirmDialog isOpen={asking} title="Give your practice a new key?" confirmLabel="Give it a new key" onConfirm={confirm} onCancel={() => setAsking(false)}>
        <p>
          Coachbook rewrites the whole practice with a new key, checks that the copy holds every record, then uses it. This
          takes a moment for a large practice; if the computer stops in the middle, the practice opens next time with
          whichever key it holds.
        </p>
        <p>
          A recovery key opens one key of the practice: your current recovery key will no longer open it, so a new one is
          made and shown at the end. Keep the old one as long as you keep backups made before today: they keep the old key.
        </p>
      </ConfirmDialog>
      <RecoveryKeyDialog recoveryKey={shown} onDone={() => setShown(null)} />
    </div>
  )
}
