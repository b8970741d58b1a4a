import type Database from 'better-sqlite3-multiple-ciphers'
import { TABLES } from '../../shared/columns'
import { sqlName, type Table } from '../../shared/columns/column'
import { builtInKindUid } from './uids'

/**
 * The change log: every change to a record, one row per column set, in the transaction
 * that made it.
 * - `timestamp`: the write's hybrid logical clock timestamp (clock.ts); `id` orders the
 *   changes of one write.
 * - `record`: the record's uid; `table_name` its table.
 * - `column_name` and `value`: the column (as SQLite spells it) and the value it was set to,
 *   as stored, with a link to another record given as that record's uid; both null for a
 *   deleted record (a tombstone). `value` has no type, so SQLite keeps each value's own.
 * change_clock holds the practice's clock (clock.ts) and how far the log was last compacted (log.ts).
 */
export const CHANGE_LOG_TABLES = `
  CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    timestamp TEXT NOT NULL,
    table_name TEXT NOT NULL,
    record TEXT NOT NULL,
    column_name TEXT,
    value
  );
  CREATE INDEX change_log_record ON change_log (record, column_name);
  CREATE TABLE change_clock (timestamp TEXT NOT NULL, compacted_before TEXT NOT NULL);`

/** The columns the log records: all but those SQLite or the door fills in (the rowid, the uid, a sort key). */
export function loggedColumns(table: Table): string[] {
  return Object.entries(table.columns)
    .filter(([, column]) => !column.generated)
    .map(([name]) => sqlName(name))
}

/** Which record a column links to, by table, for the links that name another record's id. */
export function linksOf(sqlite: Database.Database, table: string): Map<string, string> {
  const keys = sqlite.pragma(`foreign_key_list(${table})`) as { table: string; from: string; to: string }[]
  return new Map(keys.filter((key) => key.to === 'id').map((key) => [key.from, key.table]))
}

/** The columns that say which row it is: the rowid, or a WITHOUT ROWID table's key. */
function rowKeyOf(sqlite: Database.Database, table: string): string[] {
  const columns = sqlite.pragma(`table_info(${table})`) as { name: string; pk: number }[]
  const key = columns.filter((column) => column.pk > 0).sort((a, b) => a.pk - b.pk)
  return key.length === 1 && key[0]!.name === 'id' ? ['rowid'] : key.map((column) => column.name)
}

/** A column's value as the log holds it: a link as the linked record's uid. */
function loggedValue(row: string, column: string, links: Map<string, string>): string {
  const linked = links.get(column)
  return linked ? `(SELECT uid FROM ${linked} WHERE id = ${row}.${column})` : `${row}.${column}`
}

/** A table the log records, and its logged columns. */
export interface LoggedTable {
  name: string
  columns: readonly string[]
}

/** Every record table as the column lists have it today. */
export function loggedTables(): LoggedTable[] {
  return TABLES.map((table) => ({ name: table.name, columns: loggedColumns(table) }))
}

function triggersOf(sqlite: Database.Database, { name, columns }: LoggedTable): string {
  const links = linksOf(sqlite, name)
  const sameRow = rowKeyOf(sqlite, name)
    .map((column) => `${column} = NEW.${column}`)
    .join(' AND ')
  const log = `INSERT INTO change_log (timestamp, table_name, record, column_name, value)`
  const set = columns.map((column) => `SELECT '${column}' AS column_name, ${loggedValue('NEW', column, links)} AS value`)
  const changed = columns.map(
    (column) => `SELECT coachbook_change_stamp(), '${name}', NEW.uid, '${column}', ${loggedValue('NEW', column, links)} WHERE OLD.${column} IS NOT NEW.${column}`
  )
  return `
    CREATE TRIGGER change_log_${name}_insert AFTER INSERT ON ${name} BEGIN
      UPDATE ${name} SET uid = coachbook_uid() WHERE NEW.uid = '' AND ${sameRow};
      ${log} SELECT coachbook_change_stamp(), '${name}', record.uid, c.column_name, c.value
        FROM (SELECT uid FROM ${name} WHERE ${sameRow}) AS record, (${set.join(' UNION ALL ')}) AS c;
    END;
    CREATE TRIGGER change_log_${name}_update AFTER UPDATE OF ${columns.join(', ')} ON ${name} BEGIN
      ${log} ${changed.join(' UNION ALL ')};
    END;
    CREATE TRIGGER change_log_${name}_delete AFTER DELETE ON ${name} BEGIN
      ${log} VALUES (coachbook_change_stamp(), '${name}', OLD.uid, NULL, NULL);
    END;`
}

/**
 * The change log's triggers on every record table, built from the column lists: an
 * insert logs each column, an update each column it changed, a delete a tombstone. They
 * fire for rows a foreign key removes or sets to null too, so the log misses no change.
 * The previous ones go first: a migration that adds a table or a column builds them again
 * (with the lists of today, or, for a landed migration, the lists it was written with).
 */
export function installChangeLogTriggers(sqlite: Database.Database, tables: readonly LoggedTable[] = loggedTables()): void {
  dropChangeLogTriggers(sqlite)
  for (const table of tables) sqlite.exec(triggersOf(sqlite, table))
}

/** Takes the change log's triggers off every table. */
export function dropChangeLogTriggers(sqlite: Database.Database): void {
  const triggers = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'change\\_log\\_%' ESCAPE '\\'").pluck().all()
  for (const trigger of triggers as string[]) sqlite.exec(`DROP TRIGGER ${trigger}`)
}

/**
 * Gives every record a uid (migration 015): a new one for each record, and the built-in
 * kinds of engagement the same one in every practice.
 */
export function addRecordUids(sqlite: Database.Database, tables: readonly LoggedTable[]): void {
  for (const { name } of tables) {
    sqlite.exec(`
      ALTER TABLE ${name} ADD COLUMN uid TEXT NOT NULL DEFAULT '';
      UPDATE ${name} SET uid = coachbook_uid();
      CREATE UNIQUE INDEX ${name}_uid ON ${name} (uid);`)
  }
  const builtIn = sqlite.prepare('UPDATE engagement_kinds SET uid = ? WHERE id = ?')
  for (const id of sqlite.prepare('SELECT id FROM engagement_kinds WHERE built_in = 1').pluck().all() as number[]) {
    builtIn.run(builtInKindUid(id), id)
  }
}
