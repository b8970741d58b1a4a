import { useState } from 'react'
import { Link, useNavigate, useOutletContext } from 'react-router'
import { Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components'
import type { Engagement } from '../../../electron/shared/engagements'
import { SESSION_STATUSES, type SessionCounts, type SessionListItem, type SessionStatus } from '../../../electron/shared/sessions'
import { Button } from '../../components/Button'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { EmptyState } from '../../components/EmptyState'
import { notify } from '../../components/Toasts'
import { messageOf } from '../../lib/api'
import { formatDateTime } from '../../lib/format'
import { BILLING_LABELS, capitalised, FORMAT_LABELS, formatHours, SESSION_STATUS_LABELS, sessionNounOf, sessionNumberLabel } from './labels'
import { NewSessionDialog } from './NewSessionDialog'
import { useDeleteSession, useSessions, useSetSessionStatus } from './queries'
import './sessions.css'
import { ExportPdfButton } from '../reports/ExportPdfButton'

const STATUS_VERBS: Record<SessionStatus, string> = {
  scheduled: 'Back to scheduled',
  held: 'Mark held',
  cancelled: 'Mark cancelled',
  no_show: 'Mark no-show'
}

/** The engagement's sessions, oldest first: cancelled and no-show ones stay on the record. */
export function SessionsTab() {
  const engagement = useOutletContext<Engagement>()
  const navigate = useNavigate()
  const sessions = useSessions(engagement.id)
  const [creating, setCreating] = useState<'schedule' | 'record' | null>(null)
  const noun = sessionNounOf(engagement)
  const items = sessions.data?.items ?? []

  return (
    <section className="sessions-tab" aria-labelledby="sessions-heading">
      <div className="section-header sessions-header">
        <div>
          <h2 id="sessions-heading" className="sessions-heading">
            {capitalised(noun)}s
          </h2>
          {sessions.isSuccess ? <CountsLine counts={sessions.data.counts} noun={noun} /> : null}
        </div>
        <div className="toolbar">
          <ExportPdfButton engagementId={engagement.id} report="progress" label="Export progress report…" />
          <Button onPress={() => setCreating('schedule')}>Schedule {noun}</Button>
          <Button variant="primary" onPress={() => setCreating('record')}>
            Record {noun}
          </Button>
        </div>
      </div>

      {sessions.isError ? (
        <p className="form-error" role="alert">
          {messageOf(sessions.error)}
        </p>
      ) : sessions.isSuccess && items.length === 0 ? (
        <EmptyState title={`No ${noun}s yet`}>
          Schedule the first {noun}, or record one that has taken place: its notes, the commitments agreed and the progress seen.
        </EmptyState>
      ) : (
        <table className="sessions-table" aria-label={`${capitalised(noun)}s`}>
          <thead>
            <tr>
              <th scope="col">{capitalised(noun)}</th>
              <th scope="col">Date and time</th>
              <th scope="col">Duration</th>
              <th scope="col">Format</th>
              <th scope="col">Billing</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Change</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((session) => (
              <SessionRow key={session.id} session={session} noun={noun} />
            ))}
          </tbody>
        </table>
      )}

      {creating ? (
        <NewSessionDialog
          engagement={engagement}
          mode={creating}
          onCancel={() => setCreating(null)}
          onCreated={(session) => {
            setCreating(null)
            if (creating === 'record') void navigate(`/engagements/${engagement.id}/sessions/${session.id}`)
          }}
        />
      ) : null}
    </section>
  )
}

/** "3 of 8 sessions held · 4.5 hours · 2 scheduled · 1 cancelled · 0 no-show". */
function CountsLine({ counts, noun }: { counts: SessionCounts; noun: 'session' | 'meeting' }) {
  const held = counts.planned !== null ? `${counts.held} of ${counts.planned} ${noun}s held` : `${counts.held} ${counts.held === 1 ? noun : `${noun}s`} held`
  return (
    <p className="muted sessions-counts">
      {[held, formatHours(counts.heldMinutes), `${counts.scheduled} scheduled`, `${counts.cancelled} cancelled`, `${counts.noShow} no-show`].join(' · ')}
    </p>
  )
}

function SessionRow({ session, noun }: { session: SessionListItem; noun: 'session' | 'meeting' }) {
  const setStatus = useSetSessionStatus()
  const remove = useDeleteSession()
  const [confirmingDelete, setConfirmingDelete] = useState(false)
  const when = formatDateTime(session.startsAt)

  const changeStatus = (status: SessionStatus) =>
    setStatus.mutate(
      { id: session.id, status },
      {
        onSuccess: () => notify({ title: `${capitalised(noun)} of ${when} marked ${SESSION_STATUS_LABELS[status].toLowerCase()}` }),
        onError: (error) => notify({ title: 'Not changed', description: messageOf(error) })
      }
    )

  // Awaited rather than mutate's callbacks: the row (or screen) may be gone once the lists refresh.
  const onDelete = async () => {
    setConfirmingDelete(false)
    try {
      await remove.mutateAsync({ id: session.id })
      notify({ title: `${capitalised(noun)} deleted` })
    } catch (error) {
      notify({ title: 'Not deleted', description: messageOf(error) })
    }
  }

  return (
    <tr className={`session-row session-row-${session.status}`}>
      <td className="session-number">{sessionNumberLabel(session, noun) ?? <span className="muted">—</span>}</td>
      <td>
        <Link to={`/engagements/${session.engagementId}/sessions/${session.id}`} className="session-link">
          {when}
        </Link>
        {session.agenda ? <div className="muted session-agenda">{session.agenda}</div> : null}
      </td>
      <td className="session-nowrap">{session.durationMinutes} min</td>
      <td>{FORMAT_LABELS[session.format]}</td>
      <td>{BILLING_LABELS[session.billing]}</td>
      <td>
        <span className={`session-status session-status-${session.status}`}>{SESSION_STATUS_LABELS[session.status]}</span>
      </td>
      <td className="session-tools">
        <MenuTrigger>
          <Button variant="quiet" aria-label={`Change status of the ${noun} of ${when}`}>
            Status ▾
          </Button>
          <Popover className="popover menu-popover">
            <Menu className="menu" onAction={(key) => changeStatus(key as SessionStatus)}>
              {SESSION_STATUSES.filter((status) => status !== session.status).map((status) => (
                <MenuItem key={status} id={status} className="menu-item">
                  {STATUS_VERBS[status]}
                </MenuItem>
              ))}
            </Menu>
          </Popover>
        </MenuTrigger>
        <Button variant="quiet" onPress={() => setConfirmingDelete(true)} aria-label={`Delete the ${noun} of ${when}`}>
          Delete…
        </Button>
        <ConfirmDialog
          isOpen={confirmingDelete}
          title={`Delete the ${noun} of ${when}?`}
          confirmLabel="Delete permanently"
          destructive
          onConfirm={() => void onDelete()}
          onCancel={() => setConfirmingDelete(false)}
        >
          <p>
            Its record, notes and private observations will be erased for good. Commitments agreed and ratings taken in it stay, no longer linked to
            it.
          </p>
          <p>If it did not take place, mark it cancelled or no-show instead: it then stays on the record.</p>
        </ConfirmDialog>
      </td>
    </tr>
  )
}
