import type Database from 'better-sqlite3-multiple-ciphers'
import { TABLES } from '../../shared/columns'
import type { Change } from './log'
import { linksOf, loggedColumns } from './triggers'

/** The changes one write made to one record, in the order they were made. */
function recordChangesOf(changes: readonly Change[]): Change[][] {
  const runs: Change[][] = []
  for (const change of changes) {
    const run = runs.at(-1)
    const first = run?.[0]
    if (run && first && first.timestamp === change.timestamp && first.record === change.record) run.push(change)
    else runs.push([change])
  }
  return runs
}

/** A link's value as this file holds it: the id of the record with that uid. */
function localId(sqlite: Database.Database, table: string, uid: unknown): unknown {
  if (uid === null) return null
  const id = sqlite.prepare(`SELECT id FROM ${table} WHERE uid = ?`).pluck().get(uid)
  if (id === undefined) throw new Error(`A change links to a record of ${table} (${String(uid)}) that this practice does not have.`)
  return id
}

function applyRecordChanges(sqlite: Database.Database, run: readonly Change[]): void {
  const { tableName, record } = run[0]!
  const table = TABLES.find((candidate) => candidate.name === tableName)
  if (!table) throw new Error(`A change names a table Coachbook does not keep: ${tableName}.`)
  if (run.some((change) => change.columnName === null)) {
    sqlite.prepare(`DELETE FROM ${tableName} WHERE uid = ?`).run(record)
    return
  }
  const logged = loggedColumns(table)
  const links = linksOf(sqlite, tableName)
  const values = new Map<string, unknown>()
  for (const { columnName, value } of run) {
    if (!columnName || !logged.includes(columnName)) throw new Error(`A change names a column ${tableName} does not have: ${columnName}.`)
    const linked = links.get(columnName)
    values.set(columnName, linked ? localId(sqlite, linked, value) : value)
  }
  const columns = [...values.keys()]
  const exists = sqlite.prepare(`SELECT 1 FROM ${tableName} WHERE uid = ?`).get(record) !== undefined
  if (exists) {
    sqlite.prepare(`UPDATE ${tableName} SET ${columns.map((column) => `${column} = ?`).join(', ')} WHERE uid = ?`).run(...values.values(), record)
  } else {
    sqlite.prepare(`INSERT INTO ${tableName} (uid, ${columns.join(', ')}) VALUES (?${', ?'.repeat(columns.length)})`).run(record, ...values.values())
  }
}

/**
 * Applies changes from a change log to this practice, in their order: each write's
 * changes to a record as one insert (a record it does not have), update or delete, links
 * followed by uid. The ground of sync: run inside one write of the door, so the changes
 * applied are logged here too.
 */
export function applyChanges(sqlite: Database.Database, changes: readonly Change[]): void {
  for (const run of recordChangesOf(changes)) applyRecordChanges(sqlite, run)
}
