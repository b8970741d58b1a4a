import { useEffect, useState, type FormEvent } from 'react'
import { Heading } from 'react-aria-components'
import type { DesktopApi } from '../../../electron/shared/commands'
import type { UnlockRequest } from '../../../electron/shared/encryption'
import { Button } from '../../components/Button'
import { Field } from '../../components/Field'
import './encryption.css'

type Unlocking = Required<Pick<DesktopApi, 'unlockRequest' | 'answerUnlock'>>

/**
 * The unlock window at start-up, before any practice is open: main asks for a secret
 * (the recovery key), in its own words; the coach types it and Enter answers, Esc or
 * Cancel answers that they would rather not. Main checks it and says what was wrong.
 */
export function UnlockScreen({ desktop }: { desktop: Unlocking }) {
  const [request, setRequest] = useState<UnlockRequest | null>(null)
  const [typed, setTyped] = useState('')
  const [sent, setSent] = useState(false)
  useEffect(() => {
    void desktop.unlockRequest().then(setRequest)
  }, [desktop])
  const answer = (value: string | null) => {
    setSent(true)
    desktop.answerUnlock(value)
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (typed.trim()) answer(typed)
  }
  if (!request) return <main className="unlock-screen" aria-busy="true" />
  return (
    <main className="unlock-screen">
      <form onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && answer(null)} aria-labelledby="unlock-title" noValidate>
        <Heading level={1} id="unlock-title">
          {request.title}
        </Heading>
        <p>{request.message}</p>
        <Field label={request.label} type={request.hidden ? 'password' : 'text'} value={typed} onChange={setTyped} autoFocus autoComplete="off" spellCheck="false" isDisabled={sent} />
        <div className="dialog-actions">
          <Button onPress={() => answer(null)} isDisabled={sent}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" isDisabled={sent || !typed.trim()}>
            Unlock
          </Button>
        </div>
      </form>
    </main>
  )
}
