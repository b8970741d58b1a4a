import type { ReactNode } from 'react'
import { instrumentOf } from '../../../electron/shared/assessment'
import { AUDIENCE_LABELS, REVIEW_KIND_LABELS, type Summary, type SummaryGoal } from '../../../electron/shared/reviews'
import { heldText, sessionNoun } from '../../../electron/shared/sessions'
import { countOf, noun as nounOf } from '../../../electron/shared/words'
import { ACTION_OWNER_LABELS } from '../../../electron/shared/actions'
import { ACHIEVED_WORDS, GOAL_STATUS_LABELS } from '../../../electron/shared/goals'
import { ENGAGEMENT_STATUS_WORDS } from '../../../electron/shared/engagements'
import { REPORT_KIND_LABELS } from '../../../electron/shared/reports'
import { formatDate, formatDateTime } from '../../lib/format'
import { ScoreTable } from '../assessment/ScoreTable'
import { formatValue } from '../goals/format'
import { ProgressChart } from '../goals/ProgressChart'
import { capitalised, formatHours, pluralNoun, sessionNumberLabel } from '../sessions/labels'

/** The sections a reader may not see come as null; named here for the "left out" note. */
const SECTION_NAMES: [keyof Summary, string][] = [
  ['goals', 'goals and outcomes'],
  ['actions', 'actions'],
  ['milestones', 'milestones'],
  ['assessment', 'shared assessment'],
  ['sessionRecords', 'shared session notes'],
  ['introductions', 'introductions'],
  ['review', 'review, learnings and feedback']
]

/** The summary as one printable page; every part shown is exactly what `reviews:summary` gave for this reader. */
export function SummarySheet({ summary }: { summary: Summary }) {
  const { engagement } = summary
  const noun = sessionNoun(engagement.isMentoring, summary.sessions.planned)
  // What a goal's reviewed value is called; a sponsor may not see which review it came from.
  const reviewWord = summary.review?.kind === 'final' ? 'final' : summary.review ? 'at mid-point' : 'at review'
  const leftOut = SECTION_NAMES.filter(([key]) => summary[key] === null).map(([, name]) => name)
  // A mentoring relationship without goals has no goal sections: nothing would be in them.
  const goalSections = !engagement.isMentoring || (summary.goals?.length ?? 0) > 0

  return (
    <article className="summary-sheet" aria-labelledby="summary-title">
      <header className="summary-head">
        <p className="summary-eyebrow">
          {REPORT_KIND_LABELS.summary} · {AUDIENCE_LABELS[summary.audience]}
        </p>
        <h2 id="summary-title">{engagement.clientName}</h2>
        <p className="summary-subtitle">{engagement.title}</p>
        <dl className="summary-facts">
          <Fact label="Kind">{engagement.kind}</Fact>
          <Fact label="Sponsor">
            {engagement.sponsorOrganisation
              ? [engagement.sponsorOrganisation, engagement.sponsorContact].filter(Boolean).join(' · ')
              : 'None'}
          </Fact>
          <Fact label="Period">
            {formatDate(engagement.startDate)} –{' '}
            {engagement.endedOn
              ? formatDate(engagement.endedOn)
              : engagement.plannedEndDate
                ? `${formatDate(engagement.plannedEndDate)} (planned)`
                : 'ongoing'}
          </Fact>
          <Fact label="Status">{ENGAGEMENT_STATUS_WORDS[engagement.status].label}</Fact>
        </dl>
      </header>

      <SummarySection title={capitalised(pluralNoun(noun))}>
        <p className="summary-big">
          {heldText(summary.sessions.held, summary.sessions.planned, noun)}, {formatHours(summary.sessions.heldMinutes)}
        </p>
        <p className="muted">
          {summary.sessions.firstHeldAt && summary.sessions.lastHeldAt
            ? `From ${formatDateTime(summary.sessions.firstHeldAt)} to ${formatDateTime(summary.sessions.lastHeldAt)}. `
            : ''}
          {summary.sessions.cancelled} cancelled · {summary.sessions.noShow} no-show · {summary.sessions.scheduled} still scheduled
        </p>
      </SummarySection>

      {summary.goals && goalSections ? (
        <SummarySection title="Goals and outcomes">
          {summary.goals.length === 0 ? <p className="muted">No goals were set.</p> : summary.goals.map((goal) => <GoalOutcome key={goal.id} goal={goal} reviewWord={reviewWord} />)}
        </SummarySection>
      ) : null}

      {summary.actions && goalSections ? (
        <SummarySection title="Actions">
          <p>
            {summary.actions.done} completed · {summary.actions.open} open · {summary.actions.dropped} dropped
          </p>
          {summary.actions.doneItems && summary.actions.doneItems.length > 0 ? (
            <ul className="summary-list" aria-label="Completed actions">
              {summary.actions.doneItems.map((action, index) => (
                <li key={index}>
                  <span className="summary-pre">{action.description}</span>{' '}
                  <span className="muted">
                    ({ACTION_OWNER_LABELS[action.owner]}
                    {action.doneOn ? `, done ${formatDate(action.doneOn)}` : ''})
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
        </SummarySection>
      ) : null}

      {summary.milestones && summary.milestones.length > 0 ? (
        <SummarySection title="Milestones">
          <ul className="summary-list" aria-label="Milestones">
            {summary.milestones.map((milestone, index) => (
              <li key={index}>
                {milestone.reached ? '✓ ' : '○ '}
                {milestone.title} <span className="muted">({formatDate(milestone.dueOn)}{milestone.reached ? ', reached' : ', not reached'})</span>
              </li>
            ))}
          </ul>
        </SummarySection>
      ) : null}

      {summary.assessment ? <SharedAssessment assessment={summary.assessment} /> : null}

      {summary.sessionRecords && summary.sessionRecords.length > 0 ? (
        <SummarySection title={`${capitalised(noun)} notes`}>
          {summary.sessionRecords.map((record, index) => (
            <div key={index} className="summary-record">
              <h4>
                {sessionNumberLabel({ number: record.number, of: null }, noun) ?? capitalised(noun)} · {formatDateTime(record.startsAt)}
              </h4>
              <Text label="Agenda">{record.agenda}</Text>
              <Text label="Topics discussed">{record.topicsDiscussed}</Text>
              <Text label="Notes">{record.sharedNotes}</Text>
              <Text label="Advice given">{record.adviceGiven}</Text>
              <Text label="Next focus">{record.nextFocus}</Text>
              {[record.agenda, record.topicsDiscussed, record.sharedNotes, record.adviceGiven, record.nextFocus].some(Boolean) ? null : (
                <p className="muted">Nothing shared from this {noun}.</p>
              )}
            </div>
          ))}
        </SummarySection>
      ) : null}

      {summary.introductions && summary.introductions.count > 0 ? (
        <SummarySection title="Introductions made">
          <p>
            {countOf(summary.introductions.count, nounOf('introduction'))}
          </p>
          {summary.introductions.items ? (
            <ul className="summary-list" aria-label="Introductions">
              {summary.introductions.items.map((introduction, index) => (
                <li key={index}>
                  <strong>{introduction.introducedTo}</strong>
                  {introduction.reason ? <span className="summary-pre"> — {introduction.reason}</span> : null}
                  {introduction.outcome ? <div className="muted summary-pre">Outcome: {introduction.outcome}</div> : null}
                </li>
              ))}
            </ul>
          ) : null}
        </SummarySection>
      ) : null}

      {summary.review ? <ReviewPart review={summary.review} /> : null}

      {leftOut.length > 0 ? (
        <footer className="summary-left-out">
          <strong>Not in this version:</strong> {leftOut.join(', ')}
          {summary.audience === 'sponsor' ? ' — the sponsor’s reporting level does not include them.' : '.'}
        </footer>
      ) : null}
    </article>
  )
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="detail-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}

function SummarySection({ title, children }: { title: string; children: ReactNode }) {
  const id = `summary-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`
  return (
    <section className="summary-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  )
}

/** A labelled piece of free text, left out when empty. */
function Text({ label, children }: { label: string; children: string | null }) {
  if (!children) return null
  return (
    <div className="summary-text">
      <div className="summary-text-label">{label}</div>
      <div className="summary-pre">{children}</div>
    </div>
  )
}

function GoalOutcome({ goal, reviewWord }: { goal: SummaryGoal; reviewWord: string }) {
  const value = (number: number | null) => formatValue(number, goal)
  const final = goal.finalValue ?? goal.latestValue
  return (
    <div className="summary-goal">
      <div className="summary-goal-head">
        <h4 className="summary-pre">{goal.statement}</h4>
        <span className="summary-outcome">{goal.achieved ? ACHIEVED_WORDS[goal.achieved].label : GOAL_STATUS_LABELS[goal.status]}</span>
      </div>
      <p className="summary-goal-values">
        Baseline <strong>{value(goal.baseline)}</strong> → {goal.finalValue !== null ? reviewWord : 'latest'} <strong>{value(final)}</strong> · target{' '}
        {value(goal.target)}
      </p>
      {goal.details ? (
        <div className="summary-goal-detail">
          <ProgressChart
            compact
            withTable
            title={goal.statement}
            points={goal.details.measurements}
            baseline={goal.baseline}
            target={goal.target}
            measure={goal.measure}
            unit={goal.unit}
            unitOne={goal.unitOne}
          />
          <div>
            <Text label="Why it matters">{goal.details.whyItMatters}</Text>
            <Text label="Success indicator">{goal.details.successIndicator}</Text>
            <Text label="Observable behaviours">{goal.details.observableBehaviours}</Text>
            {goal.details.deadline ? <Text label="Deadline">{formatDate(goal.details.deadline)}</Text> : null}
          </div>
        </div>
      ) : null}
    </div>
  )
}

function SharedAssessment({ assessment }: { assessment: NonNullable<Summary['assessment']> }) {
  const empty =
    assessment.intakeNotes.length + assessment.interviews.length + assessment.results.length + assessment.growthAreas.length === 0
  return (
    <SummarySection title="Assessment">
      {empty ? <p className="muted">Nothing from the assessment was marked shareable.</p> : null}
      {assessment.growthAreas.length > 0 ? (
        <>
          <h4>Growth areas agreed</h4>
          <ul className="summary-list">
            {assessment.growthAreas.map((area, index) => (
              <li key={index}>
                <strong>{area.title}</strong>
                {area.description ? <div className="summary-pre muted">{area.description}</div> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {assessment.intakeNotes.map((note, index) => (
        <div key={`intake-${index}`} className="summary-record">
          <h4>Intake · {formatDate(note.notedOn)}</h4>
          <Text label="What brought the client">{note.whatBrought}</Text>
          <Text label="Context">{note.context}</Text>
          <Text label="Hopes">{note.hopes}</Text>
        </div>
      ))}
      {assessment.interviews.map((interview, index) => (
        <div key={`interview-${index}`} className="summary-record">
          <h4>
            Stakeholder interview · {interview.stakeholderName}
            {interview.relationship ? ` (${interview.relationship})` : ''} · {formatDate(interview.interviewedOn)}
          </h4>
          <Text label="Notes">{interview.notes}</Text>
        </div>
      ))}
      {assessment.results.map((result, index) => (
        <div key={`result-${index}`} className="summary-record">
          <h4>
            {instrumentOf(result)} · {formatDate(result.takenOn)}
          </h4>
          {result.scores.length > 0 ? <ScoreTable scores={result.scores} /> : null}
          <Text label="Interpretation">{result.interpretation}</Text>
        </div>
      ))}
    </SummarySection>
  )
}

function ReviewPart({ review }: { review: NonNullable<Summary['review']> }) {
  return (
    <SummarySection title={review.kind === 'final' ? 'Closing review' : 'Latest review'}>
      <p className="muted">
        {REVIEW_KIND_LABELS[review.kind]} held {formatDate(review.heldOn)}
        {review.completed ? '' : ' (draft, not completed yet)'}
      </p>
      <Text label="Key learnings">{review.keyLearnings}</Text>
      <Text label="Plan to sustain the change">{review.sustainPlan}</Text>
      <Text label="Follow-up">{review.followUpOn ? formatDate(review.followUpOn) : null}</Text>
      {review.clientFeedback ? (
        <div className="summary-text">
          <div className="summary-text-label">Client feedback</div>
          {review.clientFeedback.text ? <blockquote className="summary-quote summary-pre">{review.clientFeedback.text}</blockquote> : null}
          {review.clientFeedback.rating !== null ? <p>Client’s rating: {review.clientFeedback.rating}/10</p> : null}
        </div>
      ) : null}
    </SummarySection>
  )
}
