import { APP_LOCK_MINUTES, type AppLock } from '../../../electron/shared/encryption'
import { SelectField } from '../../components/SelectField'
import { notify } from '../../components/Toasts'
import { messageOf } from '../../lib/api'
import { useAppLock, useEncryptionState, useSetAppLock } from './queries'

const OPTIONS = APP_LOCK_MINUTES.map((minutes) => ({ value: minutes, label: `After ${minutes} minutes` }))

/** Settings › Encryption › App lock: off by default, with what it protects against where the keychain keeps the key. */
export function AppLockSettings() {
  const current = useAppLock()
  const save = useSetAppLock()
  const state = useEncryptionState()
  const afterMinutes = save.isPending ? save.variables.afterMinutes : current.data?.afterMinutes
  const choose = (choice: AppLock['afterMinutes']) =>
    save.mutate(
      { afterMinutes: choice },
      {
        onSuccess: () => notify({ title: choice === null ? 'The app lock is off' : `Coachbook locks after ${choice} minutes without use` }),
        onError: (error) => notify({ title: 'Not changed', description: messageOf(error) })
      }
    )
  return (
    <div className="app-lock-settings">
      <h3 id="app-lock-title">App lock</h3>
      {current.isError ? (
        <p className="form-error" role="alert">
          {messageOf(current.error)}
        </p>
      ) : (
        <SelectField<(typeof APP_LOCK_MINUTES)[number]>
          label="Lock Coachbook after this long without use"
          options={OPTIONS}
          none="Never"
          value={afterMinutes ?? null}
          onChange={choose}
          description="Lock Coachbook (Ctrl+L) locks it at once, and it locks when the computer does."
        />
      )}
      <p className="muted settings-explained">
        {state.data?.keptBy === 'passphrase'
          ? 'Locked, Coachbook shows nothing of your practice until your passphrase is typed.'
          : 'Locked, Coachbook shows nothing of your practice until you press Unlock. With the key in this computer’s keychain, the lock hides your screen from someone passing by, but it does not protect against someone who can use this computer’s account: they could unlock it too. A passphrase keeps them out.'}
      </p>
    </div>
  )
}
