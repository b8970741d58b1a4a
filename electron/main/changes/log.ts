import type Database from 'better-sqlite3-multiple-ciphers'
import { sql } from 'kysely'
import type { DoorFor, Writer } from '../db/door'

/** One entry of the change log (triggers.ts says what each field holds). */
export interface Change {
  timestamp: string
  tableName: string
  record: string
  /** null with `value`: the record was deleted. */
  columnName: string | null
  value: unknown
}

/** The log, in the order its entries were written (after entry `after`, if given). */
export function readChanges(sqlite: Database.Database, after = 0): Change[] {
  return sqlite
    .prepare(
      `SELECT timestamp, table_name AS tableName, record, column_name AS columnName, value
       FROM change_log WHERE id > ? ORDER BY id`
    )
    .all(after) as Change[]
}

/** Where the log ends now: what the write makes from here on is after it. */
export async function endOfChangeLog(writer: Writer): Promise<number> {
  const { rows } = await sql<{ end: number }>`SELECT coalesce(max(id), 0) AS "end" FROM change_log`.execute(writer)
  return rows[0]?.end ?? 0
}

/**
 * Erasure: every value ever logged of the records deleted since `end` goes from the log,
 * not only superseded. Their tombstones stay: they hold no content (a table and an id),
 * and are how another computer of the practice learns that the records are gone.
 */
export async function forgetRecordsDeletedSince(writer: Writer, end: number): Promise<void> {
  await sql`
    DELETE FROM change_log WHERE column_name IS NOT NULL
      AND record IN (SELECT record FROM change_log WHERE id > ${end} AND column_name IS NULL)`.execute(writer)
}

/** How long the log keeps every change: a record's history shows what changed in this time. */
export const HISTORY_MONTHS = 12
/** How often the log is compacted: once the history has moved on by this much. */
const COMPACTED_EVERY_MONTHS = 1

function monthsBefore(moment: Date, months: number): string {
  const date = new Date(moment)
  date.setUTCMonth(date.getUTCMonth() - months)
  return date.toISOString()
}

/**
 * At every open: compacts the log when the history window has moved on by a month since
 * it was last compacted (one read otherwise, so an open stays fast).
 */
export function keepChangeLogBounded(door: DoorFor, connection: Database.Database, now = new Date()): number {
  const last = connection.prepare('SELECT compacted_before FROM change_clock').pluck().get() as string
  if (last > monthsBefore(now, HISTORY_MONTHS + COMPACTED_EVERY_MONTHS)) return 0
  const before = monthsBefore(now, HISTORY_MONTHS)
  return door.writeOnConnection((writing) => {
    writing.prepare('UPDATE change_clock SET compacted_before = ?').run(before)
    return compactChangeLog(writing, before)
  })
}

/**
 * Keeps the log bounded: of the changes older than `before` (a timestamp or an ISO moment),
 * only the last value of each column of each record stays (what another computer needs to
 * reach the same state, and what the first change since was a change from), and none of a
 * record deleted since (its tombstone stays). Every change since `before` stays, for the
 * record's history. Returns how many went.
 */
export function compactChangeLog(connection: Database.Database, before: string): number {
  return connection
    .prepare(
      `DELETE FROM change_log WHERE id IN (
         SELECT id FROM (
           SELECT id, timestamp, record, column_name,
             row_number() OVER (PARTITION BY record, column_name ORDER BY timestamp DESC, id DESC) AS newest
           FROM change_log WHERE timestamp < ?) AS old
         WHERE column_name IS NOT NULL AND (newest > 1 OR EXISTS (
           SELECT 1 FROM change_log AS deleted
           WHERE deleted.record = old.record AND deleted.column_name IS NULL AND deleted.timestamp > old.timestamp)))`
    )
    .run(before).changes
}
