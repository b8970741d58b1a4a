import type Database from 'better-sqlite3-multiple-ciphers'
import {
  CamelCasePlugin,
  CompiledQuery,
  Kysely,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDialectConfig
} from 'kysely'
import { MIGRATIONS } from './migrations'
import { registerSearchFunctions } from '../search/functions'
import { PracticeClock, RecordUids, registerChangeFunctions, UndoHistory } from '../changes'
import { WriteDoor, type Reader } from './door'
import { openSqlite, type EngineOptions } from './engine'
import { registerConnection } from './prepared'
import { withStatementCache } from './statements'
import { latestVersion, migrate, refuseNewerDatabase, schemaVersion } from './migrator'
import type { DB } from './schema'

export const DATABASE_FILE_NAME = 'coachbook.sqlite'

export interface OpenOptions extends EngineOptions {
  /** Refuse to create the file: opening an existing practice must never make an empty one in its place. */
  fileMustExist?: boolean
  /** How long to wait for another program to let go of the file while opening it. */
  busyTimeoutMs?: number
  /** Runs before pending migrations are applied, on the database as it still is (to back it up). */
  beforeUpgrade?: (sqlite: Database.Database, fromVersion: number) => void
  /** Hears of each pending migration as it begins, and once more when all are done. */
  onUpgradeStep?: (done: number, total: number) => void
}

export interface AppDatabase {
  /** Every read goes through here. */
  reader: Reader
  /** Every write goes through here (door.ts). */
  door: WriteDoor
  /** The connection itself, for opening and checking the file: never for a change to its rows. */
  sqlite: Database.Database
  /** The key it was opened with; null for a practice that is not encrypted. */
  key: Buffer | null
  /** What Undo can take back of the writes made on this connection (changes/undo.ts). */
  undo: UndoHistory
  close(): Promise<void>
}

function applyPragmas(sqlite: Database.Database, inMemory: boolean): void {
  if (!inMemory) sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  // FULL: a write the coach saw succeed survives a power cut, not only a crash of the app.
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('busy_timeout = 5000')
  // Deleted records are overwritten with zeros rather than left readable in free pages:
  // a client's erased notes must not linger in the file (see privacy/erasure.ts).
  sqlite.pragma('secure_delete = ON')
}

/**
 * How the app's transactions begin and end: the door every write goes through
 * (door.ts) opens each of its transactions here.
 * - Each takes the write lock as it begins (BEGIN IMMEDIATE). A deferred transaction
 *   that reads first and then writes must upgrade its lock mid-way, and SQLite cannot
 *   wait for that: with another program holding the lock it fails at once, whatever
 *   the busy timeout. Taken at the start, the lock is waited for like any other.
 * - A full or failing disk (SQLITE_FULL, SQLITE_IOERR…) makes SQLite roll the
 *   transaction back itself. Rolling back again would fail ("no transaction is
 *   active") and that error would replace the one that says what happened.
 */
class WriteTransactionDriver extends SqliteDriver {
  readonly #sqlite: Database.Database

  constructor(config: SqliteDialectConfig, sqlite: Database.Database) {
    super(config)
    this.#sqlite = sqlite
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'))
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.#sqlite.inTransaction) await super.rollbackTransaction(connection)
  }
}

class PracticeDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig
  readonly #sqlite: Database.Database

  constructor(config: SqliteDialectConfig, sqlite: Database.Database) {
    super(config)
    this.#config = config
    this.#sqlite = sqlite
  }

  override createDriver(): Driver {
    return new WriteTransactionDriver(this.#config, this.#sqlite)
  }
}

/** Opens (or creates) the practice database, applies pragmas and runs pending migrations. */
export function openDatabase(file: string, options: OpenOptions = {}): AppDatabase {
  const sqlite = openSqlite(file, { fileMustExist: options.fileMustExist ?? false, timeout: options.busyTimeoutMs ?? 5000 }, options)
  let clock: PracticeClock
  try {
    // Before any pragma: switching to WAL would already rewrite the header of a newer file.
    refuseNewerDatabase(sqlite, MIGRATIONS)
    applyPragmas(sqlite, file === ':memory:')
    // Writes fire the search index's triggers, which call these (search/functions.ts).
    registerSearchFunctions(sqlite)
    const version = schemaVersion(sqlite)
    if (options.beforeUpgrade && version < latestVersion(MIGRATIONS)) options.beforeUpgrade(sqlite, version)
    migrate(sqlite, MIGRATIONS, options.onUpgradeStep)
    // …and the change log's, which stamp each change with this practice's clock (changes/). A
    // migration that writes rows registers them for itself, as 015 does: the clock is kept in a table it makes.
    clock = PracticeClock.of(sqlite)
    registerChangeFunctions(sqlite, clock)
  } catch (error) {
    sqlite.close()
    throw error
  }
  const db = new Kysely<DB>({
    // Statements stay compiled between calls (db/statements.ts).
    dialect: new PracticeDialect({ database: withStatementCache(sqlite) }, sqlite),
    plugins: [new CamelCasePlugin(), new RecordUids()]
  })
  // Prepared reads (db/prepared.ts) run on this connection directly.
  registerConnection(db, sqlite)
  const door = new WriteDoor(db, sqlite)
  // First of the hooks: whatever the others write is stamped with this write's timestamp.
  door.use(clock.hook)
  // Keeps what each write changed, for Undo, for as long as this connection is open.
  const undo = new UndoHistory(sqlite)
  door.use(undo.hook)
  return {
    reader: door.reader,
    door,
    sqlite,
    key: options.key ?? null,
    undo,
    // Kysely's destroy closes the connection only if a query ever ran through Kysely; closing twice is harmless.
    close: async () => {
      await db.destroy()
      sqlite.close()
    }
  }
}
