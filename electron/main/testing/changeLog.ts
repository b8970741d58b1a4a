import type Database from 'better-sqlite3-multiple-ciphers'
import { TABLES } from '../../shared/columns'
import type { Change } from '../changes'
import { linksOf, loggedColumns } from '../changes/triggers'

/**
 * Every record of the practice by table and uid, with the columns the change log records
 * and each link as the linked record's uid: the same in two practices that hold the same
 * records, whatever rowids each gave them.
 */
export function recordsByUid(sqlite: Database.Database): Map<string, string> {
  const records = new Map<string, string>()
  for (const table of TABLES) {
    const links = linksOf(sqlite, table.name)
    const columns = loggedColumns(table).map((column) => {
      const linked = links.get(column)
      return linked ? `(SELECT uid FROM ${linked} WHERE id = record.${column}) AS ${column}` : `record.${column}`
    })
    const rows = sqlite.prepare(`SELECT record.uid AS uid, ${columns.join(', ')} FROM ${table.name} AS record`).all() as { uid: string }[]
    for (const { uid, ...values } of rows) records.set(`${table.name} ${uid}`, JSON.stringify(values))
  }
  return records
}

/** The records that differ between two readings of recordsByUid: added, changed or gone. */
export function recordsChanged(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()])
  return [...keys].filter((key) => before.get(key) !== after.get(key)).sort()
}

/** The records as `changes` leave them, from a reading of recordsByUid: what the log says the practice holds. */
export function recordsAfter(before: Map<string, string>, changes: readonly Change[]): Map<string, string> {
  const records = new Map(before)
  for (const change of changes) {
    const key = `${change.tableName} ${change.record}`
    if (change.columnName === null) {
      records.delete(key)
      continue
    }
    const values = JSON.parse(records.get(key) ?? '{}') as Record<string, unknown>
    values[change.columnName] = change.value
    const table = TABLES.find((candidate) => candidate.name === change.tableName)!
    records.set(key, JSON.stringify(Object.fromEntries(loggedColumns(table).map((column) => [column, values[column]]))))
  }
  return records
}

/** The id of the log's last entry. */
export function endOfLog(sqlite: Database.Database): number {
  return sqlite.prepare('SELECT coalesce(max(id), 0) FROM change_log').pluck().get() as number
}
