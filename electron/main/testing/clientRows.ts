import type { Database } from 'better-sqlite3-multiple-ciphers'

/**
 * Every row about one client, found by following the schema's ON DELETE CASCADE foreign
 * keys down from the client (so a table added later is found without being named here),
 * in a form that compares across practices: each record's own id and every link to
 * another of the client's records become `#n`, the record's place among the client's
 * records of that table by id, and its uid is left out; a link to a record that is not the client's (a sponsor,
 * a kind of engagement) becomes that record's name. Rows are sorted, per table.
 */
export type ClientRows = Record<string, string[]>

interface ForeignKeyRow {
  id: number
  table: string
  from: string
  to: string | null
  on_delete: string
}

type Row = Record<string, unknown>

/** The tables that hold records: SQLite's own, virtual tables and their shadow tables, and the change log are left out. */
export function userTables(sqlite: Database): string[] {
  const tables = sqlite
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string; sql: string }[]
  const virtual = tables.filter((table) => table.sql.startsWith('CREATE VIRTUAL TABLE')).map((table) => table.name)
  return tables
    .map((table) => table.name)
    .filter((name) => !name.startsWith('change_') && !virtual.some((table) => name === table || name.startsWith(`${table}_`)))
}

function foreignKeys(sqlite: Database, table: string): ForeignKeyRow[] {
  return sqlite.pragma(`foreign_key_list(${table})`) as ForeignKeyRow[]
}

/** Rows of each table that belong to the client: reached from it through cascading foreign keys. */
function ownedRows(sqlite: Database, clientId: number): Map<string, Row[]> {
  const tables = userTables(sqlite)
  const owned = new Map<string, Row[]>([['clients', sqlite.prepare('SELECT * FROM clients WHERE id = ?').all(clientId) as Row[]]])
  let grew = true
  while (grew) {
    grew = false
    for (const table of tables) {
      if (owned.has(table)) continue
      const cascades = foreignKeys(sqlite, table).filter((key) => key.on_delete === 'CASCADE' && (key.to ?? 'id') === 'id')
      const parents = cascades.filter((key) => owned.has(key.table))
      if (parents.length === 0 || cascades.some((key) => !owned.has(key.table))) continue
      const rows = sqlite.prepare(`SELECT * FROM ${table}`).all() as Row[]
      owned.set(
        table,
        rows.filter((row) =>
          parents.some((key) => (owned.get(key.table) ?? []).some((parent) => parent.id === row[key.from]))
        )
      )
      grew = true
    }
  }
  return owned
}

function ranks(rows: Row[]): Map<unknown, string> {
  const ids = rows.map((row) => row.id).filter((id) => typeof id === 'number') as number[]
  return new Map(ids.sort((a, b) => a - b).map((id, index) => [id, `#${index}`]))
}

export function clientRows(sqlite: Database, clientId: number): ClientRows {
  const owned = ownedRows(sqlite, clientId)
  const rankOf = new Map([...owned].map(([table, rows]) => [table, ranks(rows)]))
  const result: ClientRows = {}
  for (const [table, rows] of owned) {
    const links = foreignKeys(sqlite, table).filter((key) => (key.to ?? 'id') === 'id')
    result[table] = rows
      .map((row) => {
        const canonical: Row = { ...row }
        if ('id' in row) canonical.id = rankOf.get(table)?.get(row.id)
        // An imported record is a new record, with a uid of its own (the export carries none).
        delete canonical.uid
        for (const key of links) {
          const value = row[key.from]
          if (value === null || value === undefined) continue
          canonical[key.from] =
            rankOf.get(key.table)?.get(value) ??
            sqlite.prepare(`SELECT name FROM ${key.table} WHERE id = ?`).pluck().get(value) ??
            `missing ${key.table} ${String(value)}`
        }
        return JSON.stringify(canonical)
      })
      .sort()
  }
  return result
}

/** How many rows each table holds, for "nothing else changed". */
export function tableCounts(sqlite: Database): Record<string, number> {
  return Object.fromEntries(
    userTables(sqlite).map((table) => [table, sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number])
  )
}
