import Database from 'better-sqlite3'
import { CamelCasePlugin, Kysely, SqliteDialect } from 'kysely'
import { MIGRATIONS } from './migrations'
import { migrate, refuseNewerDatabase } from './migrator'
import type { DB } from './schema'

export const DATABASE_FILE_NAME = 'coachbook.sqlite'

export interface OpenOptions {
  /** Path to a better-sqlite3 addon built for the running runtime (Electron in development). */
  nativeBinding?: string
}

export interface AppDatabase {
  db: Kysely<DB>
  sqlite: Database.Database
  close(): Promise<void>
}

function applyPragmas(sqlite: Database.Database, inMemory: boolean): void {
  if (!inMemory) sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  // FULL: a write the coach saw succeed survives a power cut, not only a crash of the app.
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('busy_timeout = 5000')
}

/** Opens (or creates) the practice database, applies pragmas and runs pending migrations. */
export function openDatabase(file: string, options: OpenOptions = {}): AppDatabase {
  const sqlite = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  try {
    // Before any pragma: switching to WAL would already rewrite the header of a newer file.
    refuseNewerDatabase(sqlite, MIGRATIONS)
    applyPragmas(sqlite, file === ':memory:')
    migrate(sqlite, MIGRATIONS)
  } catch (error) {
    sqlite.close()
    throw error
  }
  const db = new Kysely<DB>({
    dialect: new SqliteDialect({ database: sqlite }),
    plugins: [new CamelCasePlugin()]
  })
  return {
    db,
    sqlite,
    // Kysely's destroy closes the underlying better-sqlite3 connection.
    close: () => db.destroy()
  }
}
