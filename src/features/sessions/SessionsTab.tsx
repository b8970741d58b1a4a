import { useMemo, useState } from 'react'
import { Link, useNavigate, useOutletContext } from 'react-router'
import {
  Cell,
  Collection,
  Column,
  Menu,
  MenuItem,
  MenuTrigger,
  Popover,
  Row,
  Table,
  TableBody,
  TableHeader,
  TableLayout,
  TableLoadMoreItem,
  Virtualizer
} from 'react-aria-components'
import type { Engagement } from '../../../electron/shared/engagements'
import { BILLING_LABELS, heldText, SESSION_FORMAT_LABELS, SESSION_STATUS_WORDS, SESSION_STATUSES, type SessionCounts, type SessionListItem, type SessionNoun, type SessionStatus } from '../../../electron/shared/sessions'
import { useCommands } from '../../app/commands/registry'
import { Button } from '../../components/Button'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { EmptyState } from '../../components/EmptyState'
import { notify } from '../../components/Toasts'
import { messageOf } from '../../lib/api'
import { formatDateTime } from '../../lib/format'
import { capitalised, formatHours, pluralNoun, sessionNounOf, sessionNumberLabel } from './labels'
import { NewSeriesDialog } from './NewSeriesDialog'
import { NewSessionDialog } from './NewSessionDialog'
import { useDeleteSession, useSessions, useSetSessionStatus } from './queries'
import './sessions.css'
import { ExportPdfButton } from '../reports/ExportPdfButton'
import { ExportToCalendarButton } from '../calendar/ExportToCalendar'

type Noun = SessionNoun

/** The engagement's sessions, oldest first: cancelled and no-show ones stay on the record. */
export function SessionsTab() {
  const engagement = useOutletContext<Engagement>()
  const navigate = useNavigate()
  const sessions = useSessions(engagement.id)
  const [creating, setCreating] = useState<'schedule' | 'record' | 'series' | null>(null)
  useCommands({ 'session.new': () => setCreating('record') })
  const noun = sessionNounOf(engagement)
  const items = useMemo(() => sessions.data?.pages.flatMap((page) => page.items) ?? [], [sessions.data])
  // Every page carries the whole engagement's counts; the first is always there.
  const counts = sessions.data?.pages[0]?.counts

  return (
    <section className="sessions-tab" aria-labelledby="sessions-heading">
      <div className="section-header sessions-header">
        <div>
          <h2 id="sessions-heading" className="sessions-heading">
            {capitalised(pluralNoun(noun))}
          </h2>
          {counts ? <CountsLine counts={counts} noun={noun} /> : null}
        </div>
        <div className="toolbar">
          <ExportPdfButton engagementId={engagement.id} report="progress" label="Export progress report…" />
          <ExportToCalendarButton target={{ engagementId: engagement.id }} label={`Export scheduled ${pluralNoun(noun)} to calendar…`} />
          <Button onPress={() => setCreating('series')}>Schedule a series…</Button>
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
        <EmptyState title={`No ${pluralNoun(noun)} yet`}>
          Schedule the first {noun}, or record one that has taken place: its notes, the commitments agreed and the progress seen.
        </EmptyState>
      ) : (
        <SessionsTable
          items={items}
          noun={noun}
          isLoadingMore={sessions.isFetchingNextPage}
          onLoadMore={() => {
            if (sessions.hasNextPage && !sessions.isFetchingNextPage) void sessions.fetchNextPage()
          }}
        />
      )}

      {creating === 'series' ? (
        <NewSeriesDialog engagement={engagement} counts={counts} onCreated={() => setCreating(null)} onCancel={() => setCreating(null)} />
      ) : creating ? (
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
function CountsLine({ counts, noun }: { counts: SessionCounts; noun: Noun }) {
  const held = heldText(counts.held, counts.planned, noun)
  return (
    <p className="muted sessions-counts">
      {[held, formatHours(counts.heldMinutes), `${counts.scheduled} scheduled`, `${counts.cancelled} cancelled`, `${counts.noShow} no-show`].join(' · ')}
    </p>
  )
}

/** The columns between a session's date and its tools: a title and a width each. */
const PLAIN_COLUMNS = [
  { id: 'duration', title: 'Duration', width: 90 },
  { id: 'format', title: 'Format', width: 100 },
  { id: 'billing', title: 'Billing', width: 100 },
  { id: 'status', title: 'Status', width: 110 }
] as const

/** Fixed heights, so the table knows how tall the sessions not rendered yet are without drawing them. */
const TABLE_LAYOUT = { rowHeight: 52, headingHeight: 32, loaderHeight: 36 }
/** A table as tall as its rows, up to the room the tab has: a short engagement shows no empty box. */
const BORDER = 2

/**
 * Only the rows in view are drawn, so an engagement of hundreds of sessions scrolls as
 * lightly as one of ten; the next page is fetched when the loader row scrolls into view.
 */
function SessionsTable({
  items,
  noun,
  isLoadingMore,
  onLoadMore
}: {
  items: SessionListItem[]
  noun: Noun
  isLoadingMore: boolean
  onLoadMore(): void
}) {
  const setStatus = useSetSessionStatus()
  const remove = useDeleteSession()
  const [deleting, setDeleting] = useState<SessionListItem | null>(null)

  const changeStatus = (session: SessionListItem, status: SessionStatus) =>
    setStatus.mutate(
      { id: session.id, status },
      {
        onSuccess: () =>
          notify({ title: `${capitalised(noun)} of ${formatDateTime(session.startsAt)} marked ${SESSION_STATUS_WORDS[status].label.toLowerCase()}` }),
        onError: (error) => notify({ title: 'Not changed', description: messageOf(error) })
      }
    )

  // Awaited rather than mutate's callbacks: the screen may be gone once the lists refresh.
  const onDelete = async (session: SessionListItem) => {
    setDeleting(null)
    try {
      await remove.mutateAsync({ id: session.id })
      notify({ title: `${capitalised(noun)} deleted` })
    } catch (error) {
      notify({ title: 'Not deleted', description: messageOf(error) })
    }
  }

  const contentHeight =
    TABLE_LAYOUT.headingHeight + items.length * TABLE_LAYOUT.rowHeight + (isLoadingMore ? TABLE_LAYOUT.loaderHeight : 0) + BORDER
  return (
    <>
      <Virtualizer layout={TableLayout} layoutOptions={TABLE_LAYOUT}>
        <Table aria-label={capitalised(pluralNoun(noun))} className="sessions-table" style={{ height: contentHeight }}>
          <TableHeader className="sessions-table-header">
            <Column id="number" width={140} className="sessions-column">
              {capitalised(noun)}
            </Column>
            <Column id="when" isRowHeader minWidth={220} className="sessions-column">
              Date and time
            </Column>
            {PLAIN_COLUMNS.map((column) => (
              <Column key={column.id} id={column.id} width={column.width} className="sessions-column">
                {column.title}
              </Column>
            ))}
            <Column id="change" width={190} className="sessions-column">
              <span className="visually-hidden">Change</span>
            </Column>
          </TableHeader>
          <TableBody>
            <Collection items={items}>
              {(session) => (
                <SessionRow
                  session={session}
                  noun={noun}
                  onChangeStatus={(status) => changeStatus(session, status)}
                  onDelete={() => setDeleting(session)}
                />
              )}
            </Collection>
            <TableLoadMoreItem className="sessions-loader" isLoading={isLoadingMore} onLoadMore={onLoadMore}>
              Loading more {pluralNoun(noun)}…
            </TableLoadMoreItem>
          </TableBody>
        </Table>
      </Virtualizer>
      <ConfirmDialog
        isOpen={deleting !== null}
        title={deleting ? `Delete the ${noun} of ${formatDateTime(deleting.startsAt)}?` : ''}
        confirmLabel="Delete permanently"
        destructive
        onConfirm={() => {
          if (deleting) void onDelete(deleting)
        }}
        onCancel={() => setDeleting(null)}
      >
        <p>
          Its record, notes and private observations will be erased for good. Commitments agreed and ratings taken in it stay, no longer linked to it.
        </p>
        <p>If it did not take place, mark it cancelled or no-show instead: it then stays on the record.</p>
      </ConfirmDialog>
    </>
  )
}

function SessionRow({
  session,
  noun,
  onChangeStatus,
  onDelete
}: {
  session: SessionListItem
  noun: Noun
  onChangeStatus(status: SessionStatus): void
  onDelete(): void
}) {
  const when = formatDateTime(session.startsAt)
  return (
    <Row id={session.id} textValue={when} className={`session-row session-row-${session.status}`}>
      <Cell className="session-cell session-number">{sessionNumberLabel(session, noun) ?? <span className="muted">—</span>}</Cell>
      <Cell className="session-cell">
        <Link to={`/engagements/${session.engagementId}/sessions/${session.id}`} className="session-link">
          {when}
        </Link>
        {session.agenda ? <div className="muted session-agenda">{session.agenda}</div> : null}
      </Cell>
      <Cell className="session-cell session-nowrap">{session.durationMinutes} min</Cell>
      <Cell className="session-cell">{SESSION_FORMAT_LABELS[session.format]}</Cell>
      <Cell className="session-cell">{BILLING_LABELS[session.billing]}</Cell>
      <Cell className="session-cell">
        <span className={`session-status session-status-${session.status}`}>{SESSION_STATUS_WORDS[session.status].label}</span>
      </Cell>
      <Cell className="session-cell session-tools">
        <MenuTrigger>
          <Button variant="quiet" aria-label={`Change status of the ${noun} of ${when}`}>
            Status ▾
          </Button>
          <Popover className="popover menu-popover">
            <Menu className="menu" onAction={(key) => onChangeStatus(key as SessionStatus)}>
              {SESSION_STATUSES.filter((status) => status !== session.status).map((status) => (
                <MenuItem key={status} id={status} className="menu-item">
                  {SESSION_STATUS_WORDS[status].command}
                </MenuItem>
              ))}
            </Menu>
          </Popover>
        </MenuTrigger>
        <Button variant="quiet" onPress={onDelete} aria-label={`Delete the ${noun} of ${when}`}>
          Delete…
        </Button>
      </Cell>
    </Row>
  )
}
