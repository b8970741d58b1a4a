import { Link } from 'react-router'
import { ACTION_STATUS_LABELS } from '../../../electron/shared/actions'
import { SESSION_FORMAT_LABELS, SESSION_STATUS_WORDS } from '../../../electron/shared/sessions'
import type { TodaySession } from '../../../electron/shared/today'
import { countOf, noun } from '../../../electron/shared/words'
import { dateTimeFormat, formatDateTime } from '../../lib/format'
import { TodaySection } from './TodaySection'


/** The sessions of a day or a week, each with what to prepare for it. */
export function SessionsSection({
  id,
  title,
  sessions,
  total,
  empty,
  withDay
}: {
  id: string
  title: string
  sessions: TodaySession[]
  total: number
  empty: string
  /** The week's sessions show their day; today's, the time alone. */
  withDay: boolean
}) {
  return (
    <TodaySection id={id} title={title} shown={sessions.length} total={total} empty={empty} wide>
      <ul className="today-sessions" aria-labelledby={id}>
        {sessions.map((session) => (
          <li key={session.id} className="today-session">
            <SessionHeading session={session} withDay={withDay} />
            <Preparation session={session} />
          </li>
        ))}
      </ul>
    </TodaySection>
  )
}

function SessionHeading({ session, withDay }: { session: TodaySession; withDay: boolean }) {
  const when = withDay ? formatDateTime(session.startsAt) : dateTimeFormat({ timeStyle: 'short' }).format(new Date(session.startsAt))
  return (
    <p className="today-session-heading">
      <Link to={`/engagements/${session.engagementId}/sessions/${session.id}`}>
        {when} · {session.clientName}
      </Link>
      <span className="muted">
        {' '}
        · {session.engagementTitle} · {SESSION_FORMAT_LABELS[session.format]} · {session.durationMinutes} min
        {session.status === 'held' ? ` · ${SESSION_STATUS_WORDS.held.label}` : ''}
      </span>
    </p>
  )
}

/** What to prepare: the commitments and next focus agreed last time, and the goals at risk. */
function Preparation({ session }: { session: TodaySession }) {
  const { previousSession, commitments, goalsAtRisk } = session.prepare
  if (!previousSession && goalsAtRisk.length === 0) {
    return <p className="muted today-prepare">Nothing to pick up: the first {session.noun} held in this engagement.</p>
  }
  return (
    <div className="today-prepare">
      {previousSession ? (
        <>
          <p>
            <span className="today-label">Agreed next focus</span>{' '}
            {previousSession.nextFocus.trim() ? previousSession.nextFocus : <span className="muted">none recorded</span>}
            <span className="muted"> (last {session.noun}, {formatDateTime(previousSession.startsAt)})</span>
          </p>
          {commitments.length > 0 ? (
            <>
              <p className="today-label">{countOf(commitments.length, noun('commitment'))} from last time</p>
              <ul aria-label={`Commitments to review with ${session.clientName}`}>
                {commitments.map((commitment) => (
                  <li key={commitment.id}>
                    {commitment.description} <span className="muted">· {ACTION_STATUS_LABELS[commitment.status]}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="muted">No commitments were recorded last time.</p>
          )}
        </>
      ) : null}
      {goalsAtRisk.length > 0 ? (
        <>
          <p className="today-label overdue">{countOf(goalsAtRisk.length, noun('goal'))} at risk</p>
          <ul aria-label={`Goals at risk for ${session.clientName}`}>
            {goalsAtRisk.map((goal) => (
              <li key={goal.id}>
                <Link to={`/engagements/${session.engagementId}/goals`}>{goal.statement}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  )
}
