import {
  CamelCasePlugin,
  CompiledQuery,
  Kysely,
  SqliteAdapter,
  SqliteDriver,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection
} from 'kysely'
import { join } from 'node:path'
import { DATABASE_FILE_NAME, type AppDatabase } from '../../main/db/connection'
import { WriteDoor } from '../../main/db/door'
import type { DB } from '../../main/db/schema'
import { PracticeSession } from '../../main/db/session'
import { withStatementCache } from '../../main/db/statements'
import { createHandlers } from '../../main/ipc/handlers'
import { createDispatcher } from '../../main/ipc/registry'
import { silentLogger } from '../../main/logging/logger'
import { caller, type Caller } from '../../main/testing/calls'
import { RESOURCES_DIR } from '../../main/testing/db'
import { standInPlatform } from '../../main/testing/platform'
import { repositoryFacts } from '../../main/testing/facts'

/**
 * Each write goes through the door in a transaction of its own; here it becomes a
 * savepoint inside one larger transaction, so writing a large practice commits (and syncs to disk) once per
 * batch of calls instead of once per record. What is stored is exactly what the same
 * calls would store one by one.
 */
class SavepointDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('SAVEPOINT service_call'))
  }

  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('RELEASE service_call'))
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('ROLLBACK TO service_call'))
    await connection.executeQuery(CompiledQuery.raw('RELEASE service_call'))
  }
}

export interface BatchedCaller {
  call: Caller
  /** Counts a call; commits the batch every `batchSize` calls. */
  afterCall(): void
  /** Commits what is left. */
  finish(): void
}

/** The app's channels over `database`, committed every `batchSize` calls. */
export function batchedCaller(database: AppDatabase, dataDir: string, batchSize = 2_000): BatchedCaller {
  const { sqlite } = database
  const db = new Kysely<DB>({
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => new SavepointDriver({ database: withStatementCache(sqlite) }),
      createIntrospector: (kysely) => new SqliteIntrospector(kysely),
      createQueryCompiler: () => new SqliteQueryCompiler()
    },
    plugins: [new CamelCasePlugin()]
  })
  const door = new WriteDoor(db, sqlite)
  const batched = { ...database, reader: door.reader, door }
  const practice = new PracticeSession({ file: join(dataDir, DATABASE_FILE_NAME), dataDir, database: batched, reopen: () => batched })
  const platform = standInPlatform(dataDir)
  const handlers = createHandlers({ resourcesDir: RESOURCES_DIR, platform, practice, log: silentLogger, facts: repositoryFacts(dataDir) })
  const dispatch = createDispatcher(handlers, door, {
    onUnexpectedError: (channel, error) => console.error(`${channel} failed:`, error)
  })
  let calls = 0
  sqlite.pragma('cache_size = -131072')
  sqlite.exec('BEGIN')
  return {
    call: caller(dispatch),
    afterCall() {
      if (++calls % batchSize !== 0) return
      sqlite.exec('COMMIT')
      sqlite.exec('BEGIN')
    },
    finish() {
      sqlite.exec('COMMIT')
    }
  }
}
