import { Link } from 'react-router'
import { countOf, noun } from '../../../electron/shared/words'
import { ACTION_OWNER_LABELS } from '../../../electron/shared/actions'
import { SESSION_FORMAT_LABELS } from '../../../electron/shared/sessions'
import { messageOf } from '../../lib/api'
import { formatDate, formatDateTime } from '../../lib/format'
import { useClientOpenActions } from '../actions/queries'
import { useNextSession } from '../sessions/queries'

/**
 * What is next with the client, first on their page: the next session across all their
 * engagements, and the actions still open in any of them, the overdue first.
 */
export function ComingUp({ clientId }: { clientId: number }) {
  const next = useNextSession(clientId)
  const actions = useClientOpenActions(clientId)
  const failure = next.error ?? actions.error
  const session = next.data?.session
  const open = actions.data

  return (
    <section className="coming-up" aria-labelledby="coming-up-heading" aria-busy={next.isPending || actions.isPending}>
      <h3 id="coming-up-heading">Coming up</h3>
      {failure ? (
        <p className="form-error" role="alert">
          {messageOf(failure)}
        </p>
      ) : null}
      <div className="coming-up-next">
        {session ? (
          <p>
            <span className="coming-up-label">Next {session.noun}</span>{' '}
            <Link to={`/engagements/${session.engagementId}/sessions/${session.id}`}>{formatDateTime(session.startsAt)}</Link>
            <span className="muted">
              {' '}
              · {session.engagementTitle} · {SESSION_FORMAT_LABELS[session.format]} · {session.durationMinutes} min
            </span>
          </p>
        ) : next.isSuccess ? (
          <p className="muted">No session is scheduled. Schedule the next one from an engagement’s Sessions tab.</p>
        ) : null}
      </div>
      {open && open.total > 0 ? (
        <>
          <p className="coming-up-label">
            {countOf(open.total, noun('open action'))}
            {open.overdue > 0 ? <span className="overdue"> · {open.overdue} overdue</span> : null}
          </p>
          <ul className="coming-up-actions" aria-label="Open actions">
            {open.items.map((action) => (
              <li key={action.id}>
                <Link to={`/engagements/${action.engagementId}/goals`}>{action.description}</Link>
                <span className="muted">
                  {' '}
                  · {action.engagementTitle} · {ACTION_OWNER_LABELS[action.owner]}
                  {action.dueOn ? ` · due ${formatDate(action.dueOn)}` : ''}
                </span>
                {action.overdue ? <span className="overdue"> · Overdue</span> : null}
              </li>
            ))}
          </ul>
          {open.total > open.items.length ? (
            <p className="muted">{countOf(open.total - open.items.length, noun('more open action'))} in the engagements below.</p>
          ) : null}
        </>
      ) : actions.isSuccess ? (
        <p className="muted">No open actions.</p>
      ) : null}
    </section>
  )
}
