import type { Database as SqliteDatabase } from 'better-sqlite3-multiple-ciphers'

interface SchemaObject {
  type: 'index' | 'trigger' | 'view'
  name: string
  tblName: string
  sql: string
}

/** `text` with `from` replaced by `to`, which must occur exactly once: a schema not as expected stops the upgrade. */
export function replacedOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from)
  if (at === -1 || text.indexOf(from, at + from.length) !== -1) {
    throw new Error(`The schema does not read as this upgrade expects: “${from}” should occur exactly once.`)
  }
  return text.slice(0, at) + to + text.slice(at + from.length)
}

function mentions(sql: string, table: string): boolean {
  return new RegExp(`(^|[^A-Za-z0-9_])"?${table}"?($|[^A-Za-z0-9_])`).test(sql)
}

/**
 * Changes a table's definition where ALTER TABLE cannot (a CHECK widened), by SQLite's own
 * procedure (https://www.sqlite.org/lang_altertable.html#otheralter), inside the caller's
 * transaction: its indexes, and every trigger and view that names it (on any table), are
 * kept; a new table is made from its definition as `rewrite` changes it; every row is
 * copied with its id; the old table is dropped, the new one takes its name, and the indexes,
 * views and triggers are made again exactly as they were.
 *
 * Foreign keys must be off (a migration that calls this says `rebuildsTables`): with them
 * on, dropping the table would delete every row that refers to it.
 */
export function rebuildTable(sqlite: SqliteDatabase, table: string, rewrite: (sql: string) => string): void {
  if (sqlite.pragma('foreign_keys', { simple: true }) !== 0) {
    throw new Error(`Rebuilding ${table} with foreign keys on would delete the records that refer to it.`)
  }
  const definition = sqlite.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").pluck().get(table) as string | undefined
  if (definition === undefined) throw new Error(`There is no table ${table} to rebuild.`)
  const columns = (sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]).map((name) => `"${name}"`).join(', ')
  const kept = (
    sqlite
      .prepare("SELECT type, name, tbl_name AS tblName, sql FROM sqlite_master WHERE type IN ('index', 'trigger', 'view') AND sql IS NOT NULL ORDER BY rowid")
      .all() as SchemaObject[]
  ).filter((object) => object.tblName === table || mentions(object.sql, table))
  const rebuilt = `${table}_rebuilt`
  // A table renamed before is written with its name quoted.
  const named = new RegExp(`^CREATE TABLE "?${table}"? \\(`)
  const created = rewrite(definition)
  if (!named.test(created)) throw new Error(`The definition of ${table} does not begin as this upgrade expects.`)
  sqlite.exec(created.replace(named, `CREATE TABLE ${rebuilt} (`))
  sqlite.exec(`INSERT INTO ${rebuilt} (${columns}) SELECT ${columns} FROM ${table}`)
  // The table's own indexes and triggers go with it; the others that name it first, so the rename finds none naming a missing table.
  for (const object of kept.filter((each) => each.tblName !== table)) sqlite.exec(`DROP ${object.type.toUpperCase()} "${object.name}"`)
  sqlite.exec(`DROP TABLE ${table}`)
  sqlite.exec(`ALTER TABLE ${rebuilt} RENAME TO ${table}`)
  for (const type of ['index', 'view', 'trigger'] as const) {
    for (const object of kept.filter((each) => each.type === type)) sqlite.exec(object.sql)
  }
}
