import { Link, useNavigate } from 'react-router'
import { heldText, sessionNoun } from '../../../electron/shared/sessions'
import { ENGAGEMENT_STATUS_WORDS } from '../../../electron/shared/engagements'
import { Button } from '../../components/Button'
import { messageOf } from '../../lib/api'
import { formatDate } from '../../lib/format'
import { useClientEngagements } from './queries'

/** The client's engagements over time, newest first, on the client's page. */
export function ClientEngagements({ clientId }: { clientId: number }) {
  const navigate = useNavigate()
  const engagements = useClientEngagements(clientId)
  const items = engagements.data?.items ?? []

  return (
    <section aria-labelledby="engagements-heading">
      <div className="section-header">
        <h3 id="engagements-heading">Engagements</h3>
        <Button onPress={() => void navigate(`/clients/${clientId}/engagements/new`)}>New engagement</Button>
      </div>
      {engagements.isError ? (
        <p className="form-error" role="alert">
          {messageOf(engagements.error)}
        </p>
      ) : engagements.isSuccess && items.length === 0 ? (
        <p className="muted">No engagements yet. Start one when you agree to work together: coaching or mentoring.</p>
      ) : (
        <ul className="engagement-list" aria-label="Engagements">
          {items.map((engagement) => (
            <li key={engagement.id} className="card">
              <Link to={`/engagements/${engagement.id}`} className="card-link">
                {engagement.title}
              </Link>
              <div className="muted">
                {engagement.kind.name} ·{' '}
                <span className={`status status-${engagement.status}`}>{ENGAGEMENT_STATUS_WORDS[engagement.status].label}</span>
                {engagement.startDate ? ` · ${formatDate(engagement.startDate)}` : ''}
                {engagement.plannedEndDate ? ` – ${formatDate(engagement.plannedEndDate)}` : ''} ·{' '}
                {heldText(engagement.heldSessions, engagement.plannedSessions, sessionNoun(engagement.kind.isMentoring, engagement.plannedSessions))}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
