import { Link } from 'react-router'
import type { MissedReminder } from '../../../electron/shared/reminders'
import { Button } from '../../components/Button'
import { notify } from '../../components/Toasts'
import { messageOf } from '../../lib/api'
import { formatDate, formatDateTime } from '../../lib/format'
import { useDismissMissedReminders, useMissedReminders } from './queries'
import './reminders.css'

/**
 * The reminders that came due while Coachbook was closed or the computer asleep: listed
 * once, calmly, each opening its record, until the coach dismisses them. Nothing when there are none.
 */
export function MissedReminders() {
  const missed = useMissedReminders()
  const dismiss = useDismissMissedReminders()
  const items = missed.data?.items ?? []
  if (items.length === 0) return null
  const dismissAll = () =>
    dismiss.mutate(
      { keys: [...new Set(items.map((item) => item.key))] },
      { onError: (error) => notify({ title: 'The missed reminders were not dismissed', description: messageOf(error) }) }
    )
  return (
    <section className="missed-reminders" aria-labelledby="missed-reminders-title">
      <div className="missed-reminders-heading">
        <h2 id="missed-reminders-title">Missed reminders</h2>
        <Button onPress={dismissAll} isPending={dismiss.isPending}>
          Dismiss
        </Button>
      </div>
      <p className="muted">Due while Coachbook was closed or the computer was asleep.</p>
      <ul className="today-list" aria-labelledby="missed-reminders-title">
        {items.map((item) => (
          <li key={item.kind === 'session' ? item.key : `${item.key}-${item.actionId}`}>
            <MissedItem item={item} />
          </li>
        ))}
      </ul>
    </section>
  )
}

function MissedItem({ item }: { item: MissedReminder }) {
  if (item.kind === 'session') {
    return (
      <>
        <Link to={`/engagements/${item.engagementId}/sessions/${item.sessionId}`}>Session with {item.clientName}</Link>
        <span className="muted"> · {formatDateTime(item.startsAt)}</span>
      </>
    )
  }
  return (
    <>
      <Link to={`/engagements/${item.engagementId}/goals`}>{item.description}</Link>
      <span className="muted">
        {' '}
        · {item.clientName} · due {formatDate(item.dueOn)}
      </span>
    </>
  )
}
