import { useState } from 'react'
import { dayOf } from '../../../electron/shared/dates'
import type { Goal } from '../../../electron/shared/goals'
import type { SessionNoun } from '../../../electron/shared/sessions'
import { Button } from '../../components/Button'
import { messageOf } from '../../lib/api'
import { formatDateTime } from '../../lib/format'
import { ActionDialog } from '../actions/ActionDialog'
import { ActionList } from '../actions/ActionItem'
import { capitalised, sessionNumberLabel } from './labels'
import { useCommitmentsToReview } from './queries'

interface CommitmentsProps {
  engagementId: number
  sessionId: number
  /** The session's start: what is ticked off here was done by that session's day. */
  startsAt: string
  goals: readonly Goal[]
  noun: SessionNoun
}

/**
 * The accountability check at the start of a session: what was agreed last time, ticked
 * off (or reopened) right here, and whatever else is still open.
 */
export function CommitmentsReview({ engagementId, sessionId, startsAt, goals, noun }: CommitmentsProps) {
  const commitments = useCommitmentsToReview(engagementId, sessionId)
  const doneOn = dayOf(startsAt)!

  return (
    <section className="session-section" aria-labelledby="review-commitments-heading">
      <h3 id="review-commitments-heading">Review of commitments</h3>
      <p className="muted session-hint">Ticking one off saves it at once.</p>
      {commitments.isError ? (
        <p className="form-error" role="alert">
          {messageOf(commitments.error)}
        </p>
      ) : commitments.isSuccess ? (
        <>
          <h4 className="session-subheading">
            {commitments.data.previousSession
              ? `Agreed in the previous ${noun} (${
                  sessionNumberLabel({ number: commitments.data.previousSession.number, of: null }, noun) ?? capitalised(noun)
                }, ${formatDateTime(commitments.data.previousSession.startsAt)})`
              : `Agreed in the previous ${noun}`}
          </h4>
          <ActionList
            actions={commitments.data.agreedLastTime}
            label={`Agreed in the previous ${noun}`}
            doneOn={doneOn}
            showGoal
            goals={goals}
            noun="commitment"
            empty={
              commitments.data.previousSession
                ? `Nothing was agreed in the previous ${noun}.`
                : `This is the first ${noun} held: there are no earlier commitments to review.`
            }
          />
          {commitments.data.otherOpen.length > 0 ? (
            <>
              <h4 className="session-subheading">Other open actions</h4>
              <ActionList actions={commitments.data.otherOpen} label="Other open actions" doneOn={doneOn} showGoal goals={goals} empty="" />
            </>
          ) : null}
        </>
      ) : null}
    </section>
  )
}

/** What is agreed in this session: each becomes an action on a goal, reviewed next time. */
export function NewCommitments({ engagementId, sessionId, startsAt, goals, noun }: CommitmentsProps) {
  const commitments = useCommitmentsToReview(engagementId, sessionId)
  const [adding, setAdding] = useState(false)

  return (
    <section className="session-section" aria-labelledby="new-commitments-heading">
      <div className="section-header">
        <h3 id="new-commitments-heading">New commitments</h3>
        <Button onPress={() => setAdding(true)}>Add commitment</Button>
      </div>
      <p className="muted session-hint">Each becomes an action on the goal you choose, to review in the next {noun}. Saved as you add them.</p>
      {commitments.isError ? (
        <p className="form-error" role="alert">
          {messageOf(commitments.error)}
        </p>
      ) : commitments.isSuccess ? (
        <ActionList
          actions={commitments.data.agreedThisSession}
          label={`Agreed in this ${noun}`}
          doneOn={dayOf(startsAt)!}
          showGoal
          goals={goals}
          noun="commitment"
          empty={`Nothing agreed in this ${noun} yet.`}
        />
      ) : null}
      {adding ? (
        <ActionDialog engagementId={engagementId} sessionId={sessionId} goals={goals} noun="commitment" onClose={() => setAdding(false)} />
      ) : null}
    </section>
  )
}
