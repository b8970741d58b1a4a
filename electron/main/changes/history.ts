import { sql } from 'kysely'
import type { z } from 'zod'
import { TABLES } from '../../shared/columns'
import { isFlag, sqlName, type Column, type Table } from '../../shared/columns/column'
import { HISTORY_PAGE, HISTORY_TABLE_NOUNS, type HistoryGroup, type HistoryLine, type HistoryPage, type HistoryTable, type ShownValue } from '../../shared/history'
import { LIMITS } from '../../shared/text'
import type { Words } from '../../shared/vocabulary'
import { capitalised } from '../../shared/words'
import type { Reader } from '../db/door'
import { AppError } from '../errors'

// ---- What a record's history holds ----------------------------------------------------

/**
 * A part of a record with no screen of its own, whose changes a coach expects in the
 * record's history: a client's tags, an engagement's status changes, a goal's
 * measurements and milestones, a session's introductions. Goals and sessions have
 * their own screens and histories, so an engagement's history does not repeat them.
 */
interface Part {
  table: string
  /** The column naming the record it belongs to. */
  parent: string
  noun: string
  /** Several of them, as a field of the record: "Tags". */
  plural: string
  /** The columns that say which one it is, in the line ("Tag “leadership”"). */
  title: readonly string[]
}

const PARTS: Record<HistoryTable, readonly Part[]> = {
  clients: [{ table: 'client_tags', parent: 'client_id', noun: 'Tag', plural: 'Tags', title: ['tag'] }],
  engagements: [{ table: 'engagement_status_changes', parent: 'engagement_id', noun: 'Status change', plural: 'Status history', title: ['status', 'changed_on'] }],
  goals: [
    { table: 'goal_measurements', parent: 'goal_id', noun: 'Measurement', plural: 'Measurements', title: ['value', 'measured_on'] },
    { table: 'milestones', parent: 'goal_id', noun: 'Milestone', plural: 'Milestones', title: ['title'] }
  ],
  sessions: [{ table: 'session_introductions', parent: 'session_id', noun: 'Introduction', plural: 'Introductions', title: ['introduced_to'] }]
}

/** A linked record, named by the column a coach knows it by. */
const NAMED: Readonly<Record<string, { noun: string; name: string }>> = {
  clients: { noun: 'client', name: 'name' },
  organisations: { noun: 'organisation', name: 'name' },
  organisation_contacts: { noun: 'contact', name: 'name' },
  engagement_kinds: { noun: 'kind of engagement', name: 'name' },
  engagements: { noun: 'engagement', name: 'title' },
  growth_areas: { noun: 'growth area', name: 'title' },
  goals: { noun: 'goal', name: 'statement' },
  sessions: { noun: 'session', name: 'starts_at' },
  intake_notes: { noun: 'intake note', name: 'noted_on' },
  stakeholder_interviews: { noun: 'interview', name: 'stakeholder_name' },
  assessment_results: { noun: 'result', name: 'instrument_name' }
}

/** Fields whose name says less than the coach's word for them. */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  kind_id: 'Kind',
  sponsor_organisation_id: 'Sponsor',
  sponsor_contact_id: 'Sponsor contact',
  growth_area_id: 'Growth area',
  session_id: 'Session',
  goal_id: 'Goal',
  fee_amount_minor: 'Fee',
  starts_at: 'Start',
  records_consent_on: 'Consent to keep records',
  disposal_on: 'Disposal date',
  unit_one: 'Unit for one',
  statement: 'Goal',
  changed_on: 'From',
  measured_on: 'Day',
  due_on: 'Due',
  timezone: 'Time zone'
}

/** What says nothing to a coach by itself: stamps, caches, the list's order. */
const UNSHOWN = new Set(['created_at', 'updated_at', 'recorded_at', 'search_text', 'sort_order', 'position'])

/** The fee is three columns that make one value. */
const FEE = { amount: 'fee_amount_minor', currency: 'fee_currency' } as const

const DAY_NAME = /_on$|_date$|^deadline$/
const MOMENT_NAME = /_at$/

interface ColumnFacts {
  label: string
  column: Column
}

function factsOf(table: Table): Map<string, ColumnFacts> {
  return new Map(
    Object.entries(table.columns).map(([name, column]) => {
      const stored = sqlName(name)
      return [stored, { column, label: FIELD_WORDS[stored] ?? capitalised(stored.replace(/_id$/, '').replaceAll('_', ' ')) }]
    })
  )
}

const TABLE_FACTS = new Map(TABLES.map((table) => [table.name, factsOf(table)]))

/** The longest text a column takes: notes-length fields read "Notes edited", the rest in full. */
function maxLengthOf(schema: z.ZodType): number | null {
  const def = (schema as unknown as { def: { type: string; innerType?: z.ZodType; in?: z.ZodType } }).def
  if (def.type === 'nullable' || def.type === 'default' || def.type === 'optional') return maxLengthOf(def.innerType!)
  if (def.type === 'pipe') return maxLengthOf(def.in!)
  if (def.type === 'string') return (schema as z.ZodString).maxLength
  return null
}

const isLongText = (column: Column) => maxLengthOf(column.value) === LIMITS.notes
const isPrivate = (column: Column) => column.privacy === 'private' || typeof column.privacy === 'object'

function wordOf(words: Readonly<Record<string, Words>>, value: string): string | null {
  const said = words[value]
  if (said === undefined) return null
  if (typeof said === 'string') return said
  return 'label' in said ? said.label : capitalised(said.other)
}

// ---- Reading the log ----------------------------------------------------------------------

interface Entry {
  id: number
  timestamp: string
  tableName: string
  record: string
  columnName: string | null
  value: unknown
}

const ENTRY_COLUMNS = sql`id, timestamp, table_name AS "tableName", record, column_name AS "columnName", value`

async function entriesOf(reader: Reader, records: readonly string[]): Promise<Entry[]> {
  const { rows } = await sql<Entry>`
    SELECT ${ENTRY_COLUMNS} FROM change_log
    WHERE record IN (SELECT value FROM json_each(${JSON.stringify(records)}))
    ORDER BY timestamp, id`.execute(reader)
  return rows
}

/** The uids of the parts the record has now. */
async function currentParts(reader: Reader, parts: readonly Part[], id: number): Promise<string[]> {
  const uids: string[] = []
  for (const part of parts) {
    const { rows } = await sql<{ uid: string }>`SELECT uid FROM ${sql.table(part.table)} WHERE ${sql.ref(part.parent)} = ${id}`.execute(reader)
    uids.push(...rows.map((row) => row.uid))
  }
  return uids
}

/**
 * Every part the record ever had in the log, the ones deleted since included (by the
 * record's own write, as a client's tags are written anew with it, or by themselves, as
 * a measurement is): the records whose link to their owner was logged with its uid, read
 * from the index on owners (migration 019). The link columns are repeated as the index
 * lists them: that is how SQLite knows the index serves the query (a test reads its plan).
 */
const OWNER_LINKS = sql.raw(
  [...new Set(Object.values(PARTS).flatMap((parts) => parts.map((part) => `'${part.parent}'`)))].sort().join(', ')
)

async function partsEverLinked(reader: Reader, parts: readonly Part[], uid: string): Promise<string[]> {
  if (parts.length === 0) return []
  const { rows } = await sql<{ record: string }>`
    SELECT DISTINCT record FROM change_log
    WHERE value = ${uid} AND column_name IN (${OWNER_LINKS})
      AND table_name IN (SELECT value FROM json_each(${JSON.stringify(parts.map((part) => part.table))}))`.execute(reader)
  return rows.map((row) => row.record)
}

/**
 * The record's own writes that removed a part from before the log (a client's tags
 * written anew with it): only the part's tombstone is logged, so what the write adds may
 * be what was there. Each is `<timestamp> <table>`.
 */
async function writesRemovingUnloggedParts(reader: Reader, parts: readonly Part[], own: readonly Entry[]): Promise<Set<string>> {
  const unknown = new Set<string>()
  if (parts.length === 0) return unknown
  const tables = JSON.stringify(parts.map((part) => part.table))
  const firstOfEachWrite = own.filter((entry, index) => index === 0 || own[index - 1]!.timestamp !== entry.timestamp)
  for (const { id, timestamp } of firstOfEachWrite) {
    const { rows } = await sql<{ record: string; tableName: string }>`
      SELECT record, table_name AS "tableName" FROM change_log
      WHERE id > coalesce((SELECT id FROM change_log WHERE id < ${id} AND timestamp <> ${timestamp} ORDER BY id DESC LIMIT 1), 0)
        AND id < coalesce((SELECT id FROM change_log WHERE id > ${id} AND timestamp <> ${timestamp} ORDER BY id LIMIT 1), 9e18)
        AND column_name IS NULL AND table_name IN (SELECT value FROM json_each(${tables}))`.execute(reader)
    for (const row of rows) {
      const part = parts.find((candidate) => candidate.table === row.tableName)!
      const { rows: parents } = await sql<{ value: unknown }>`
        SELECT value FROM change_log WHERE record = ${row.record} AND column_name = ${part.parent} LIMIT 1`.execute(reader)
      if (parents.length === 0) unknown.add(`${timestamp} ${part.table}`)
    }
  }
  return unknown
}

// ---- Values in the coach's terms -----------------------------------------------------------

type Values = Map<string, unknown>

/** How a line names the part it is about; null: the record itself. */
type PartTitle = Extract<HistoryLine, { kind: 'added' }>['part']

interface Reading {
  reader: Reader
  /** Each table's links to other records: column → table. */
  links: Map<string, Map<string, string>>
}

async function linksOf(reading: Reading, table: string): Promise<Map<string, string>> {
  let links = reading.links.get(table)
  if (!links) {
    const { rows } = await sql<{ table: string; from: string; to: string }>`SELECT * FROM pragma_foreign_key_list(${table})`.execute(reading.reader)
    links = new Map(rows.filter((key) => key.to === 'id').map((key) => [key.from, key.table]))
    reading.links.set(table, links)
  }
  return links
}

async function linkedValue(reading: Reading, linked: string, uid: string): Promise<ShownValue> {
  const named = NAMED[linked] ?? { noun: 'record', name: null }
  if (!named.name) return { type: 'record', name: null, noun: named.noun }
  const { rows } = await sql<{ name: string }>`SELECT ${sql.ref(named.name)} AS name FROM ${sql.table(linked)} WHERE uid = ${uid}`.execute(
    reading.reader
  )
  const name = rows[0]?.name
  if (name === undefined) return { type: 'record', name: null, noun: named.noun }
  if (MOMENT_NAME.test(named.name)) return { type: 'moment', moment: name }
  if (DAY_NAME.test(named.name)) return { type: 'day', day: name }
  return { type: 'record', name, noun: named.noun }
}

async function shown(reading: Reading, table: string, columnName: string, value: unknown): Promise<ShownValue | null> {
  if (value === null || value === undefined || value === '') return null
  const linked = (await linksOf(reading, table)).get(columnName)
  if (linked) return linkedValue(reading, linked, String(value))
  const column = TABLE_FACTS.get(table)?.get(columnName)?.column
  if (column && isFlag(column)) return { type: 'flag', yes: Boolean(value) }
  if (typeof value === 'number') return { type: 'number', number: value }
  const text = String(value)
  const word = column?.words && wordOf(column.words, text)
  if (word) return { type: 'word', label: word }
  if (DAY_NAME.test(columnName)) return { type: 'day', day: text }
  if (MOMENT_NAME.test(columnName)) return { type: 'moment', moment: text }
  return { type: 'text', text }
}

function money(values: Values): ShownValue | null {
  const amount = values.get(FEE.amount)
  const currency = values.get(FEE.currency)
  return typeof amount === 'number' && typeof currency === 'string' ? { type: 'money', amountMinor: amount, currency } : null
}

// ---- From entries to lines -------------------------------------------------------------------

/** One record's changes in one write. */
interface RecordWrite {
  table: string
  record: string
  changed: Values
  removed: boolean
}

interface Subject {
  uid: string
  table: HistoryTable
  parts: readonly Part[]
  /** The writes that removed parts from before the log (writesRemovingUnloggedParts). */
  unknownRemoved: Set<string>
}

/** Whether the write added the record: its insert logs every column, the link to its owner (or its creation stamp) with them. */
function isInsert(subject: Subject, write: RecordWrite): boolean {
  const part = subject.parts.find((candidate) => candidate.table === write.table)
  return write.changed.has(part ? part.parent : 'created_at')
}

async function partTitle(reading: Reading, part: Part, values: Values): Promise<ShownValue[]> {
  const title: ShownValue[] = []
  for (const column of part.title) {
    const value = await shown(reading, part.table, column, values.get(column))
    if (value) title.push(value)
  }
  return title
}

async function fieldLines(reading: Reading, write: RecordWrite, before: Values | undefined, part: PartTitle): Promise<HistoryLine[]> {
  const facts = TABLE_FACTS.get(write.table)!
  const links = await linksOf(reading, write.table)
  const lines: HistoryLine[] = []
  for (const [columnName, after] of write.changed) {
    const fact = facts.get(columnName)
    if (!fact || UNSHOWN.has(columnName) || columnName === FEE.currency) continue
    if (fact.column.privacy === 'structure' && !links.has(columnName)) continue
    if (part === null && columnName === 'archived_at') {
      lines.push({ kind: 'archived', archived: after !== null })
      continue
    }
    const beforeKnown = before?.has(columnName) ?? false
    const earlier = before?.get(columnName)
    if (isLongText(fact.column)) {
      const beforeText = beforeKnown ? String(earlier ?? '') : null
      lines.push({ kind: 'edited', part, field: fact.label, before: beforeText, after: String(after ?? ''), private: isPrivate(fact.column) })
    } else if (columnName === FEE.amount) {
      const then = new Map(before)
      const now = new Map([...then, ...write.changed])
      lines.push({ kind: 'set', part, field: fact.label, before: money(then), after: money(now), beforeKnown })
    } else {
      const beforeValue = beforeKnown ? await shown(reading, write.table, columnName, earlier) : null
      lines.push({ kind: 'set', part, field: fact.label, before: beforeValue, after: await shown(reading, write.table, columnName, after), beforeKnown })
    }
  }
  return lines
}

/** A part added in a write, for the line that says so unless the same write removed one just like it. */
interface Added {
  key: string
  record: string
  line: HistoryLine
}

/**
 * The lines of one write: the record added or removed, or each field it changed; a part
 * added or removed, or changed. A part removed and one with the same values added in the
 * same write (a client's tags are written anew with the client) is no change.
 */
async function writeLines(reading: Reading, subject: Subject, timestamp: string, writes: readonly RecordWrite[], state: Map<string, Values>): Promise<HistoryLine[]> {
  const own = writes.find((write) => write.record === subject.uid)
  const partWrites = writes.filter((write) => write.record !== subject.uid)
  const statusChanged = own?.changed.has('status') ?? false
  const lines: HistoryLine[] = []
  if (own?.removed) return [{ kind: 'removed', part: null }]
  if (own && isInsert(subject, own)) lines.push({ kind: 'added', part: null })
  else if (own) lines.push(...(await fieldLines(reading, own, state.get(own.record), null)))

  const added: Added[] = []
  const removed: { key: string; line: HistoryLine }[] = []
  for (const write of partWrites) {
    const part = subject.parts.find((candidate) => candidate.table === write.table)!
    const before = state.get(write.record)
    const after = new Map([...(before ?? []), ...write.changed])
    // A part is named as it was, until it is added.
    const named = isInsert(subject, write) ? after : (before ?? after)
    const title = { noun: part.noun, title: await partTitle(reading, part, named) }
    const key = `${write.table} ${JSON.stringify(part.title.map((column) => named.get(column) ?? null))}`
    if (write.removed) {
      if (before) removed.push({ key, line: { kind: 'removed', part: title } })
    } else if (isInsert(subject, write)) {
      // An engagement's new status reads once, as its status line.
      if (!(write.table === 'engagement_status_changes' && statusChanged)) added.push({ key, record: write.record, line: { kind: 'added', part: title } })
    } else lines.push(...(await fieldLines(reading, write, before, title)))
  }
  lines.push(...afterUnknown(subject, timestamp, writes, added))
  const addedKeys = added.map((entry) => entry.key)
  const removedKeys = removed.map((entry) => entry.key)
  lines.push(...removed.filter((entry) => !addedKeys.includes(entry.key)).map((entry) => entry.line))
  lines.push(...added.filter((entry) => !removedKeys.includes(entry.key)).map((entry) => entry.line))
  return lines
}

/**
 * A write that removed parts the log knows nothing of (from before it) and added others
 * of the same kind may have put back what was there: it reads as what they are now,
 * "Tags changed to “board” and “finance”", not as each one added.
 */
function afterUnknown(subject: Subject, timestamp: string, writes: readonly RecordWrite[], added: Added[]): HistoryLine[] {
  const lines: HistoryLine[] = []
  for (const part of subject.parts) {
    if (!subject.unknownRemoved.has(`${timestamp} ${part.table}`)) continue
    const now = writes.filter((write) => write.table === part.table && !write.removed && isInsert(subject, write))
    const titles = now.map((write) => part.title.map((column) => String(write.changed.get(column) ?? '')).join(', '))
    const keys = new Set(now.map((write) => write.record))
    added.splice(0, added.length, ...added.filter((entry) => !keys.has(entry.record)))
    lines.push({ kind: 'set', part: null, field: part.plural, before: null, after: titles.length > 0 ? { type: 'list', items: titles } : null, beforeKnown: false })
  }
  return lines
}

function recordWritesOf(entries: readonly Entry[]): RecordWrite[] {
  const writes = new Map<string, RecordWrite>()
  for (const entry of entries) {
    let write = writes.get(entry.record)
    if (!write) {
      write = { table: entry.tableName, record: entry.record, changed: new Map(), removed: false }
      writes.set(entry.record, write)
    }
    if (entry.columnName === null) write.removed = true
    else write.changed.set(entry.columnName, entry.value)
  }
  return [...writes.values()]
}

function applyWrites(state: Map<string, Values>, writes: readonly RecordWrite[]): void {
  for (const write of writes) {
    if (write.removed) state.delete(write.record)
    else state.set(write.record, new Map([...(state.get(write.record) ?? []), ...write.changed]))
  }
}

/** The moment a timestamp of the practice's clock was made: its first 24 characters are an ISO moment. */
const momentOf = (timestamp: string) => timestamp.slice(0, 24)

async function groupsOf(reading: Reading, subject: Subject, entries: readonly Entry[], compactedBefore: string): Promise<HistoryGroup[]> {
  const state = new Map<string, Values>()
  const groups: HistoryGroup[] = []
  for (let start = 0; start < entries.length; ) {
    const timestamp = entries[start]!.timestamp
    let end = start
    while (end < entries.length && entries[end]!.timestamp === timestamp) end++
    const writes = recordWritesOf(entries.slice(start, end))
    start = end
    // Before the compaction the log keeps each field's last value, not the changes that led to it: only the record's addition is a fact.
    const compacted = momentOf(timestamp) < compactedBefore
    const lines = await writeLines(reading, subject, timestamp, writes, state)
    applyWrites(state, writes)
    const shownLines = compacted ? lines.filter((line) => line.kind === 'added' && !line.part) : lines
    if (shownLines.length > 0) groups.push({ timestamp, at: momentOf(timestamp), lines: shownLines })
  }
  return groups.reverse()
}

/**
 * A record's history, newest first, a page of writes at a time: what changed when on the
 * record and its parts. For the coach's own screen: values are as stored, private ones
 * included, and nothing that reports, summarises or exports reads it.
 */
export async function recordHistory(reader: Reader, table: HistoryTable, id: number, cursor: string | null = null): Promise<HistoryPage> {
  const { rows } = await sql<{ uid: string; createdAt: string }>`
    SELECT uid, created_at AS "createdAt" FROM ${sql.table(table)} WHERE id = ${id}`.execute(reader)
  const record = rows[0]
  if (!record) throw new AppError('not_found', `This ${HISTORY_TABLE_NOUNS[table].one} no longer exists: it may have been deleted.`)
  const own = await entriesOf(reader, [record.uid])
  const subject: Subject = { uid: record.uid, table, parts: PARTS[table], unknownRemoved: await writesRemovingUnloggedParts(reader, PARTS[table], own) }
  const parts = [...new Set([...(await currentParts(reader, subject.parts, id)), ...(await partsEverLinked(reader, subject.parts, record.uid))])]
  const entries = parts.length > 0 ? await entriesOf(reader, [record.uid, ...parts]) : own
  const { rows: clock } = await sql<{ compactedBefore: string }>`SELECT compacted_before AS "compactedBefore" FROM change_clock`.execute(reader)
  const compactedBefore = clock[0]?.compactedBefore ?? ''

  const groups = await groupsOf({ reader, links: new Map() }, subject, entries, compactedBefore)
  const rest = cursor === null ? groups : groups.filter((group) => group.timestamp < cursor)
  const page = rest.slice(0, HISTORY_PAGE)
  const last = page.length === rest.length
  const recordedFromInsert = own.some((entry) => entry.columnName === 'created_at')
  return {
    uid: record.uid,
    groups: page,
    nextCursor: last ? null : page.at(-1)!.timestamp,
    earlier: {
      notRecordedFrom: last && !recordedFromInsert ? record.createdAt : null,
      compactedBefore: last && entries.some((entry) => momentOf(entry.timestamp) < compactedBefore) ? compactedBefore : null
    }
  }
}
