import { createContext, useCallback, useContext, useEffect, useState, type FormEvent, type ReactNode } from 'react'
import { Heading } from 'react-aria-components'
import { useCommands } from '../../app/commands/registry'
import { Button } from '../../components/Button'
import { Field } from '../../components/Field'
import { clearToasts } from '../../components/Toasts'
import { messageOf } from '../../lib/api'
import { useAppLock, useEncryptionState, useUnlockApp } from './queries'
import './encryption.css'

/** What counts as using the app: a key pressed, the pointer moved or pressed, a scroll. */
const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel'] as const
/** How often idleness is looked at: the lock comes at most this late, also after the computer slept. */
const CHECK_EVERY_MS = 5_000

const LockNow = createContext<() => void>(() => undefined)

/**
 * The app lock: after the chosen minutes without a key or the pointer, or at once on
 * Lock Coachbook (and when the computer locks), the window shows the lock screen alone.
 * Everything else is unmounted, so no client's name or note is left in the page.
 */
export function AppLock({ children }: { children: ReactNode }) {
  const [locked, setLocked] = useState(false)
  const setting = useAppLock()
  const lock = useCallback(() => {
    clearToasts()
    setLocked(true)
  }, [])
  useLockWhenIdle(locked ? null : (setting.data?.afterMinutes ?? null), lock)
  if (locked) return <LockScreen onUnlocked={() => setLocked(false)} />
  return <LockNow.Provider value={lock}>{children}</LockNow.Provider>
}

/** Lock Coachbook (Ctrl+L), on every screen. */
export function LockCommand() {
  const lock = useContext(LockNow)
  useCommands({ 'app.lock': lock }, { everywhere: true })
  return null
}

function useLockWhenIdle(afterMinutes: number | null, lock: () => void): void {
  useEffect(() => {
    if (afterMinutes === null) return
    const idleMs = afterMinutes * 60_000
    let lastActive = Date.now()
    const active = () => {
      lastActive = Date.now()
    }
    for (const type of ACTIVITY) window.addEventListener(type, active, { capture: true, passive: true })
    // Measured against the clock, not a timer reset on each move: a sleeping computer wakes up locked.
    const check = window.setInterval(() => {
      if (Date.now() - lastActive >= idleMs) lock()
    }, CHECK_EVERY_MS)
    return () => {
      window.clearInterval(check)
      for (const type of ACTIVITY) window.removeEventListener(type, active, { capture: true })
    }
  }, [afterMinutes, lock])
}

/**
 * The lock screen. With a passphrase keeping the key, main checks the one typed; with the
 * keychain, Unlock alone opens it again. Esc does nothing here: only unlocking leaves it.
 */
function LockScreen({ onUnlocked }: { onUnlocked(): void }) {
  const state = useEncryptionState()
  const unlock = useUnlockApp()
  const [passphrase, setPassphrase] = useState('')
  const [error, setError] = useState<string | null>(null)
  const asksPassphrase = state.isError || state.data?.keptBy === 'passphrase'
  const submit = (event: FormEvent) => {
    event.preventDefault()
    setError(null)
    unlock.mutate(asksPassphrase ? { passphrase } : {}, {
      onSuccess: onUnlocked,
      onError: (failure) => {
        setPassphrase('')
        setError(messageOf(failure))
      }
    })
  }
  if (state.isPending) return <main className="unlock-screen" aria-busy="true" />
  return (
    <main className="unlock-screen">
      <form onSubmit={submit} aria-labelledby="app-lock-title" noValidate>
        <Heading level={1} id="app-lock-title">
          Coachbook is locked
        </Heading>
        {asksPassphrase ? (
          <>
            <p>Type your passphrase to go on where you were.</p>
            <Field label="Passphrase" type="password" value={passphrase} onChange={setPassphrase} autoFocus autoComplete="off" error={error ?? undefined} />
          </>
        ) : (
          <>
            <p>Your work is hidden until you unlock.</p>
            {error ? (
              <p className="form-error" role="alert">
                {error}
              </p>
            ) : null}
          </>
        )}
        <div className="dialog-actions">
          <Button type="submit" variant="primary" isPending={unlock.isPending} autoFocus={!asksPassphrase}>
            Unlock
          </Button>
        </div>
      </form>
    </main>
  )
}
