import { useState, type ReactNode } from 'react'
import { useMutation } from '@tanstack/react-query'
import { Link } from 'react-router'
import {
  CLIENT_KIND_LABELS,
  CREDENTIAL_RULES,
  LARGEST_GROUP,
  RULES_READ_ON,
  type CoachingGroup,
  type CredentialProgress,
  type LogOverview
} from '../../../electron/shared/coachingLog'
import { BILLING_LABELS, SESSION_NOUNS, SESSION_STATUS_WORDS } from '../../../electron/shared/sessions'
import { capitalised, countOf, noun } from '../../../electron/shared/words'
import { Button } from '../../components/Button'
import { CheckboxField } from '../../components/CheckboxField'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { EmptyState } from '../../components/EmptyState'
import { notify } from '../../components/Toasts'
import { api, messageOf } from '../../lib/api'
import { coachTimeZone, formatDate, formatDateTime, formatNumber, todayIso } from '../../lib/format'
import { fileNameOf, openPdf } from '../reports/ExportPdfButton'
import { ClientLogDialog, GroupDialog, GroupSessionDialog, OpeningDialog } from './dialogs'
import { useCoachingLog, useDeleteGroup, useDeleteGroupSession, useSetMentoring } from './queries'
import './coachingLog.css'

const CLIENT_NOUN = noun('client')
const SESSION_NOUN = SESSION_NOUNS.session

/** Minutes as hours in the coach's locale: 90 → "1.5 h". */
function hours(minutes: number): string {
  return `${formatNumber(minutes / 60)} h`
}

/** The ICF coaching log: totals, progress towards each credential, the log itself, and what it is drawn from. */
export function CoachingLogPage() {
  const [today] = useState(todayIso)
  const log = useCoachingLog(today)
  return (
    <div className="workspace">
      <div className="tab-panel coaching-log-page">
        <header className="coaching-log-header">
          <h1>ICF coaching log</h1>
          <ExportButtons today={today} />
        </header>
        <p className="muted coaching-log-intro">
          Your client coaching hours as ICF counts them: held sessions only, at their full length; mentoring left out unless you
          include it. ICF’s requirements as read on {formatDate(RULES_READ_ON)}.
        </p>
        {log.isError ? (
          <p className="form-error" role="alert">
            {messageOf(log.error)}
          </p>
        ) : log.isSuccess ? (
          <LogContent log={log.data} />
        ) : null}
      </div>
    </div>
  )
}

function ExportButtons({ today }: { today: string }) {
  const request = { today, timeZone: coachTimeZone() }
  const csv = useMutation({
    mutationFn: () => api.coachingLog.exportCsv(request),
    onSuccess: (result) => {
      if ('path' in result) notify({ title: 'CSV saved', description: fileNameOf(result.path) })
    },
    onError: (error) => notify({ title: 'The CSV was not saved', description: messageOf(error) })
  })
  const pdf = useMutation({
    mutationFn: () => api.coachingLog.exportPdf(request),
    onSuccess: (result) => {
      if (!('path' in result)) return
      notify({
        title: 'PDF saved',
        description: fileNameOf(result.path),
        action: { label: 'Open', onAction: () => void openPdf(result.path) }
      })
    },
    onError: (error) => notify({ title: 'The PDF was not saved', description: messageOf(error) })
  })
  return (
    <div className="coaching-log-actions">
      <Button onPress={() => csv.mutate()} isPending={csv.isPending}>
        Export CSV…
      </Button>
      <Button onPress={() => pdf.mutate()} isPending={pdf.isPending}>
        Export PDF…
      </Button>
    </div>
  )
}

function LogContent({ log }: { log: LogOverview }) {
  return (
    <>
      <Totals log={log} />
      <Credentials progress={log.progress} />
      <LogTable log={log} />
      <ClientsOnLog log={log} />
      <Mentoring log={log} />
      <Groups groups={log.groups} />
      <Opening log={log} />
    </>
  )
}

function Totals({ log }: { log: LogOverview }) {
  const { totals } = log
  return (
    <section aria-labelledby="log-totals" className="coaching-log-section">
      <h2 id="log-totals">Totals</h2>
      <dl className="coaching-log-totals">
        <div>
          <dt>All hours</dt>
          <dd>{hours(totals.paidMinutes + totals.proBonoMinutes)}</dd>
        </div>
        <div>
          <dt>Paid</dt>
          <dd>{hours(totals.paidMinutes)}</dd>
        </div>
        <div>
          <dt>Pro bono</dt>
          <dd>{hours(totals.proBonoMinutes)}</dd>
        </div>
        <div>
          <dt>Last 18 months (since {formatDate(log.recentFrom)})</dt>
          <dd>{hours(totals.recentMinutes)}</dd>
        </div>
        <div>
          <dt>Clients</dt>
          <dd>{formatNumber(totals.clients)}</dd>
        </div>
      </dl>
    </section>
  )
}

/** Where ICF's figure of recent hours could not be read, the screen says what is asked and that the log does not check it. */
function UnconfirmedRecentHours() {
  return (
    <>
      , and some of the hours recent before applying. <strong>Not checked here:</strong> ICF’s published figure for these recent
      hours could not be confirmed, so check it with ICF before you apply.
    </>
  )
}

function missingText(progress: CredentialProgress): string {
  if (progress.met && progress.missingRecentHours === null) return 'All the log can check is met (not the recent hours)'
  if (progress.met) return 'All met'
  const parts = [
    progress.missingHours > 0 ? `${hours(progress.missingHours * 60)} more` : null,
    progress.missingPaidHours > 0 ? `${hours(progress.missingPaidHours * 60)} more paid` : null,
    progress.missingClients > 0 ? `${formatNumber(progress.missingClients)} more clients` : null,
    progress.missingRecentHours ? `${hours(progress.missingRecentHours * 60)} more in the last 18 months` : null
  ]
  return parts.filter((part) => part !== null).join(' · ')
}

function Credentials({ progress }: { progress: CredentialProgress[] }) {
  return (
    <section aria-labelledby="log-credentials" className="coaching-log-section">
      <h2 id="log-credentials">Credentials</h2>
      <table className="coaching-log-table" aria-labelledby="log-credentials">
        <thead>
          <tr>
            <th scope="col">Credential</th>
            <th scope="col">ICF asks for</th>
            <th scope="col">Still missing</th>
          </tr>
        </thead>
        <tbody>
          {progress.map((each) => {
            const rule = CREDENTIAL_RULES[each.credential]
            return (
              <tr key={each.credential}>
                <th scope="row">
                  {each.credential} <span className="muted">{rule.label}</span>
                </th>
                <td>
                  {formatNumber(rule.hours)} h ({formatNumber(rule.paidHours)} paid), {rule.clients} clients
                  {rule.recentHours === null ? <UnconfirmedRecentHours /> : `, ${rule.recentHours} h in the last 18 months`}
                </td>
                <td>{missingText(each)}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <p className="muted">Mentor coaching (received from a mentor coach) is part of an application but not of this log.</p>
    </section>
  )
}

function LogTable({ log }: { log: LogOverview }) {
  const leftOff = [
    log.unnamed.clients > 0
      ? `${countOf(log.unnamed.clients, CLIENT_NOUN)} not consenting to be named ${log.unnamed.clients === 1 ? 'is' : 'are'} left off the log (${hours(log.unnamed.minutes)}).`
      : null,
    ...log.tooLarge.map((group) => `${group.name} has ${group.size} people: ICF counts groups of ${LARGEST_GROUP} or fewer, so it is left off.`)
  ].filter((line) => line !== null)
  return (
    <section aria-labelledby="log-rows" className="coaching-log-section">
      <h2 id="log-rows">The log</h2>
      {log.rows.length === 0 ? (
        <EmptyState title="No coaching hours on the log yet">
          Mark sessions held on an engagement, add a coaching group below, or enter hours before Coachbook: they appear here as
          ICF counts them.
        </EmptyState>
      ) : (
        <table className="coaching-log-table" aria-labelledby="log-rows">
          <thead>
            <tr>
              <th scope="col">Client</th>
              <th scope="col">Individual or group</th>
              <th scope="col">Contact</th>
              <th scope="col">First session</th>
              <th scope="col">Last session</th>
              <th scope="col" className="numeric">
                Paid
              </th>
              <th scope="col" className="numeric">
                Pro bono
              </th>
            </tr>
          </thead>
          <tbody>
            {log.rows.map((row) => (
              <tr key={row.clientId === null ? `group-${row.groupId}` : `client-${row.clientId}`}>
                <th scope="row">{row.clientId === null ? row.name : <Link to={`/clients/${row.clientId}`}>{row.name}</Link>}</th>
                <td>{row.kind === 'group' ? `${CLIENT_KIND_LABELS.group} of ${row.people}` : CLIENT_KIND_LABELS.individual}</td>
                <td>{row.email || '—'}</td>
                <td>{formatDate(row.firstDay)}</td>
                <td>{formatDate(row.lastDay)}</td>
                <td className="numeric">{hours(row.paidMinutes)}</td>
                <td className="numeric">{hours(row.proBonoMinutes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {leftOff.map((line) => (
        <p key={line} className="muted">
          {line}
        </p>
      ))}
    </section>
  )
}

function ClientsOnLog({ log }: { log: LogOverview }) {
  const [editing, setEditing] = useState<LogOverview['clients'][number] | null>(null)
  if (log.clients.length === 0) return null
  return (
    <section aria-labelledby="log-clients" className="coaching-log-section">
      <h2 id="log-clients">Clients</h2>
      <table className="coaching-log-table" aria-labelledby="log-clients">
        <thead>
          <tr>
            <th scope="col">Client</th>
            <th scope="col">Named on the log</th>
            <th scope="col">Before Coachbook</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {log.clients.map((client) => (
            <tr key={client.clientId}>
              <th scope="row">{client.name}</th>
              <td>{client.named ? 'Yes' : 'No: left off'}</td>
              <td>
                {client.openingPaidMinutes + client.openingProBonoMinutes === 0
                  ? '—'
                  : `${hours(client.openingPaidMinutes)} paid, ${hours(client.openingProBonoMinutes)} pro bono`}
              </td>
              <td className="coaching-log-row-actions">
                <Button variant="quiet" onPress={() => setEditing(client)} aria-label={`Edit log details of ${client.name}`}>
                  Edit…
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing ? <ClientLogDialog client={editing} onDone={() => setEditing(null)} /> : null}
    </section>
  )
}

function Mentoring({ log }: { log: LogOverview }) {
  const setMentoring = useSetMentoring()
  if (log.mentoring.length === 0) return null
  return (
    <section aria-labelledby="log-mentoring" className="coaching-log-section">
      <h2 id="log-mentoring">Mentoring</h2>
      <p className="muted">Mentoring is not client coaching for ICF: it is left out unless you include it.</p>
      <ul className="coaching-log-list">
        {log.mentoring.map((engagement) => (
          <li key={engagement.engagementId}>
            <CheckboxField
              label={`Include ${engagement.title} with ${engagement.clientName}`}
              isSelected={engagement.included}
              onChange={(included) =>
                setMentoring.mutate(
                  { engagementId: engagement.engagementId, included },
                  { onError: (error) => notify({ title: 'Not saved', description: messageOf(error) }) }
                )
              }
            />
          </li>
        ))}
      </ul>
    </section>
  )
}

type GroupSession = CoachingGroup['sessions'][number]
type GroupAction =
  | { kind: 'new' }
  | { kind: 'edit' | 'session' | 'delete'; group: CoachingGroup }
  | { kind: 'editSession' | 'deleteSession'; group: CoachingGroup; session: GroupSession }

/** "the session of <its start> with <the group>": a group session as its buttons and dialogs name it. */
function sessionName(group: CoachingGroup, session: GroupSession): string {
  return `the session of ${formatDateTime(session.startsAt)} with ${group.name}`
}

function Groups({ groups }: { groups: CoachingGroup[] }) {
  const [action, setAction] = useState<GroupAction | null>(null)
  const deleteGroup = useDeleteGroup()
  const deleteSession = useDeleteGroupSession()
  const done = () => setAction(null)
  return (
    <section aria-labelledby="log-groups" className="coaching-log-section">
      <div className="coaching-log-section-header">
        <h2 id="log-groups">Coaching groups</h2>
        <Button onPress={() => setAction({ kind: 'new' })}>New group…</Button>
      </div>
      {groups.length === 0 ? (
        <p className="muted">No groups. A group is logged by one contact person; its time counts once and each member as a client.</p>
      ) : (
        groups.map((group) => <GroupCard key={group.id} group={group} onAction={setAction} />)
      )}
      {action?.kind === 'new' ? <GroupDialog onDone={done} /> : null}
      {action?.kind === 'edit' ? <GroupDialog group={action.group} onDone={done} /> : null}
      {action?.kind === 'session' ? <GroupSessionDialog group={action.group} onDone={done} /> : null}
      {action?.kind === 'editSession' ? <GroupSessionDialog group={action.group} session={action.session} onDone={done} /> : null}
      {action?.kind === 'delete' ? (
        <ConfirmDelete
          title={`Delete ${action.group.name}?`}
          what="group"
          onDone={done}
          onConfirm={(handlers) => deleteGroup.mutate({ id: action.group.id }, handlers)}
        >
          The group and its {countOf(action.group.sessions.length, SESSION_NOUN)} are deleted, and their hours leave the log. Undo brings
          them back.
        </ConfirmDelete>
      ) : null}
      {action?.kind === 'deleteSession' ? (
        <ConfirmDelete
          title="Delete this group session?"
          what="session"
          onDone={done}
          onConfirm={(handlers) => deleteSession.mutate({ id: action.session.id }, handlers)}
        >
          {capitalised(sessionName(action.group, action.session))} is deleted and its {hours(action.session.durationMinutes)} leave the log. Undo
          brings it back.
        </ConfirmDelete>
      ) : null}
    </section>
  )
}

interface DeleteHandlers {
  onSuccess(): void
  onError(error: unknown): void
}

/** A delete on the log's screen, confirmed first; closed once done, and a failure said in a toast. */
function ConfirmDelete({
  title,
  what,
  onDone,
  onConfirm,
  children
}: {
  title: string
  what: 'group' | 'session'
  onDone(): void
  onConfirm(handlers: DeleteHandlers): void
  children: ReactNode
}) {
  return (
    <ConfirmDialog
      isOpen
      title={title}
      confirmLabel={`Delete ${what}`}
      destructive
      onCancel={onDone}
      onConfirm={() => onConfirm({ onSuccess: onDone, onError: (error) => notify({ title: `The ${what} was not deleted`, description: messageOf(error) }) })}
    >
      {children}
    </ConfirmDialog>
  )
}

function GroupCard({ group, onAction }: { group: CoachingGroup; onAction(action: GroupAction): void }) {
  const titleId = `group-${group.id}`
  return (
    <div className="coaching-group" role="group" aria-labelledby={titleId}>
      <div className="coaching-log-section-header">
        <h3 id={titleId}>{group.name}</h3>
        <span className="muted">
          {group.size} people · contact {group.contactName} ({group.contactEmail})
        </span>
        <span className="coaching-log-row-actions">
          <Button variant="quiet" onPress={() => onAction({ kind: 'session', group })} aria-label={`Add session with ${group.name}`}>
            Add session…
          </Button>
          <Button variant="quiet" onPress={() => onAction({ kind: 'edit', group })} aria-label={`Edit ${group.name}`}>
            Edit…
          </Button>
          <Button variant="quiet" onPress={() => onAction({ kind: 'delete', group })} aria-label={`Delete ${group.name}`}>
            Delete…
          </Button>
        </span>
      </div>
      {group.sessions.length === 0 ? (
        <p className="muted">No sessions yet.</p>
      ) : (
        <ul className="coaching-log-list">
          {group.sessions.map((session) => (
            <li key={session.id}>
              {formatDateTime(session.startsAt)} · {session.durationMinutes} min · {BILLING_LABELS[session.billing]} ·{' '}
              {SESSION_STATUS_WORDS[session.status].label}
              <Button variant="quiet" aria-label={`Edit ${sessionName(group, session)}`} onPress={() => onAction({ kind: 'editSession', group, session })}>
                Edit…
              </Button>
              <Button
                variant="quiet"
                aria-label={`Delete ${sessionName(group, session)}`}
                onPress={() => onAction({ kind: 'deleteSession', group, session })}
              >
                Delete…
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

function Opening({ log }: { log: LogOverview }) {
  const [editing, setEditing] = useState(false)
  const { opening } = log
  return (
    <section aria-labelledby="log-opening" className="coaching-log-section">
      <div className="coaching-log-section-header">
        <h2 id="log-opening">Hours before Coachbook</h2>
        <Button onPress={() => setEditing(true)}>Edit hours before Coachbook…</Button>
      </div>
      <p className="muted">
        {opening.paidMinutes + opening.proBonoMinutes === 0
          ? 'None entered. Hours with a client kept here go on that client (Clients, Edit…); the rest go here.'
          : `${hours(opening.paidMinutes)} paid and ${hours(opening.proBonoMinutes)} pro bono with ${formatNumber(opening.clients)} clients not kept in Coachbook.`}
      </p>
      {editing ? <OpeningDialog opening={opening} onDone={() => setEditing(false)} /> : null}
    </section>
  )
}
