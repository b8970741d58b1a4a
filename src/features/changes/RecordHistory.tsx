import { useId, useState } from 'react'
import { Disclosure, DisclosurePanel, Heading } from 'react-aria-components'
import { earlierText, lineText, type HistoryGroup, type HistoryLine, type HistoryTable } from '../../../electron/shared/history'
import { Button } from '../../components/Button'
import { EmptyState } from '../../components/EmptyState'
import { messageOf } from '../../lib/api'
import { formatDateTime } from '../../lib/format'
import { useRecordHistory } from './queries'
import './changes.css'

interface RecordHistoryProps {
  table: HistoryTable
  id: number
  /** "client", "engagement"…: what the empty state speaks of. */
  noun: string
}

/**
 * What changed when on a record, for the coach's eyes only: closed until asked for, so
 * nothing of it is read (or shown on a shared screen) before the coach opens it.
 */
export function RecordHistory({ table, id, noun }: RecordHistoryProps) {
  const [isExpanded, setExpanded] = useState(false)
  return (
    <Disclosure className="record-history" isExpanded={isExpanded} onExpandedChange={setExpanded}>
      <Heading level={3} className="record-history-heading">
        <Button slot="trigger" variant="quiet" className="record-history-trigger">
          <span aria-hidden="true" className="record-history-chevron" />
          History
        </Button>
      </Heading>
      <DisclosurePanel className="record-history-panel">
        {isExpanded ? <HistoryPages table={table} id={id} noun={noun} /> : null}
      </DisclosurePanel>
    </Disclosure>
  )
}

function HistoryPages({ table, id, noun }: RecordHistoryProps) {
  const history = useRecordHistory(table, id, true)
  if (history.isPending) return <p className="muted" aria-busy="true">Reading the history…</p>
  if (history.isError) return <EmptyState title="The history could not be read">{messageOf(history.error)}</EmptyState>
  const groups = history.data.pages.flatMap((page) => page.groups)
  const earlier = history.hasNextPage ? [] : earlierText(history.data.pages.at(-1)!.earlier)
  return (
    <>
      {groups.length === 0 ? (
        <EmptyState title="No changes recorded yet">Each change to this {noun} is listed here from now on, newest first.</EmptyState>
      ) : (
        <ol className="history-list" aria-label={`History of this ${noun}`}>
          {groups.map((group) => (
            <HistoryWrite key={group.timestamp} group={group} />
          ))}
        </ol>
      )}
      {history.hasNextPage ? (
        <Button onPress={() => void history.fetchNextPage()} isPending={history.isFetchingNextPage}>
          Show earlier changes
        </Button>
      ) : null}
      {earlier.map((sentence) => (
        <p key={sentence} className="muted history-earlier">
          {sentence}
        </p>
      ))}
    </>
  )
}

/** The changes of one write: when, then each line. */
function HistoryWrite({ group }: { group: HistoryGroup }) {
  return (
    <li className="history-write">
      <time dateTime={group.at} className="history-when">
        {formatDateTime(group.at)}
      </time>
      <ul className="history-lines">
        {group.lines.map((line, index) => (
          <li key={index}>{line.kind === 'edited' ? <EditedText line={line} /> : lineText(line)}</li>
        ))}
      </ul>
    </li>
  )
}

/** A long text's change reads as one line; what it was and became opens on demand, so notes are not on show by default. */
function EditedText({ line }: { line: Extract<HistoryLine, { kind: 'edited' }> }) {
  const [open, setOpen] = useState(false)
  const panel = useId()
  return (
    <>
      {lineText(line)}{' '}
      <Button variant="quiet" className="history-show" aria-expanded={open} aria-controls={panel} onPress={() => setOpen(!open)}>
        {open ? 'Hide the text' : 'Show the text'}
      </Button>
      {open ? (
        <div id={panel} className="history-texts">
          {line.private ? <p className="muted">Private to you: in no report, summary or export.</p> : null}
          <p className="history-text-label">Before</p>
          <div className="notes">{line.before === null ? <span className="muted">Not recorded</span> : line.before || <span className="muted">Empty</span>}</div>
          <p className="history-text-label">After</p>
          <div className="notes">{line.after || <span className="muted">Empty</span>}</div>
        </div>
      ) : null}
    </>
  )
}
