import { useState } from 'react'
import { Heading } from 'react-aria-components'
import { FIRST_RUN_CHOICES, type FirstRunChoice } from '../../../electron/shared/firstRun'
import { Button } from '../../components/Button'
import { api } from '../../lib/api'
import { RecoveryKeyDialog } from '../encryption'
import { reloadOntoPractice } from './practiceState'
import './firstRun.css'

/** What the window says while a choice is being opened (the demo takes a few seconds to write). */
const OPENING: Record<FirstRunChoice, string> = {
  empty: 'Making your practice…',
  demo: 'Writing the demo practice: a few made-up clients with their engagements, sessions and goals…',
  restore: 'Checking the backup and restoring it…',
  importClient: 'Making your practice…'
}

type RecoveryKey = Awaited<ReturnType<typeof api.encryption.makeRecoveryKey>>

/**
 * A new practice that is encrypted gets its recovery key at once, shown before the app
 * opens: the one time it can be printed or written down (null: not encrypted, nothing to show).
 */
async function recoveryKeyOfNewPractice(): Promise<RecoveryKey | null> {
  const state = await api.encryption.status({})
  return state.encrypted ? api.encryption.makeRecoveryKey({}) : null
}

/**
 * The first run: no practice exists yet on this computer, and nothing is made until the
 * coach chooses how to begin. Main opens the choice; the window then reloads onto it
 * (a new empty practice shows its recovery key first).
 */
export function FirstRunScreen() {
  const [opening, setOpening] = useState<FirstRunChoice | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [recoveryKey, setRecoveryKey] = useState<RecoveryKey | null>(null)
  const desktop = window.coachbookDesktop
  const choose = async (choice: FirstRunChoice) => {
    if (!desktop || opening) return
    setProblem(null)
    setOpening(choice)
    try {
      const answer = await desktop.chooseFirstRun(choice)
      if (answer.status === 'opened') {
        const shown = choice === 'empty' ? await recoveryKeyOfNewPractice() : null
        if (shown) setRecoveryKey(shown)
        else reloadOntoPractice(answer.next)
        return
      }
      if (answer.status === 'failed') setProblem(answer.message)
    } catch {
      setProblem('Coachbook could not open that choice. Nothing was made; choose again.')
    }
    setOpening(null)
  }
  return (
    <main className="first-run">
      <div className="first-run-card">
        <Heading level={1} className="first-run-title">
          Welcome to Coachbook
        </Heading>
        <p className="first-run-lead">Your practice stays on this computer. How would you like to begin?</p>
        <ul className="first-run-choices" aria-label="Ways to begin">
          {(Object.keys(FIRST_RUN_CHOICES) as FirstRunChoice[]).map((choice, index) => (
            <li key={choice}>
              <Button
                variant={index === 0 ? 'primary' : 'secondary'}
                className="first-run-choice"
                autoFocus={index === 0}
                isPending={opening === choice}
                isDisabled={opening !== null && opening !== choice}
                aria-describedby={`first-run-${choice}`}
                onPress={() => void choose(choice)}
              >
                {FIRST_RUN_CHOICES[choice].title}
              </Button>
              <p id={`first-run-${choice}`} className="first-run-description">
                {FIRST_RUN_CHOICES[choice].description}
              </p>
            </li>
          ))}
        </ul>
        <p className="first-run-status" role="status">
          {opening ? OPENING[opening] : ''}
        </p>
        {problem ? (
          <p className="first-run-problem" role="alert">
            {problem}
          </p>
        ) : null}
      </div>
      <RecoveryKeyDialog recoveryKey={recoveryKey} onDone={() => reloadOntoPractice(null)} />
    </main>
  )
}
