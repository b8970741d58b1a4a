import { dirname } from 'node:path'
import type { Statement } from 'better-sqlite3-multiple-ciphers'
import type { AppDatabase } from '../electron/main/db/connection'
import { openPractice } from '../electron/main/backup'
import type { Dispatch } from '../electron/main/ipc/registry'
import { silentLogger } from '../electron/main/logging/logger'
import { startPracticeRuntime } from '../electron/main/runtime'
import { RESOURCES_DIR } from '../electron/main/testing/db'
import { standInPlatform } from '../electron/main/testing/platform'
import { repositoryFacts } from '../electron/main/testing/facts'
import { temporaryFolder } from './fixture'

/** The practice opened the way the app opens it, with the app's dispatcher (no output checks, as when packaged). */
export interface OpenPractice {
  database: AppDatabase
  dispatch: Dispatch
  /** Every statement a call runs, with its values, for replaying it raw. */
  statementsOf(work: () => Promise<unknown>): Promise<Ran[]>
  /** Runs recorded statements straight through better-sqlite3 (prepared once) and serialises their rows. */
  replay(statements: Ran[]): string
  close(): Promise<void>
}

export interface Ran {
  sql: string
  args: unknown[]
}

/** With `key`, the practice is encrypted with it. */
export function openForBench(file: string, key?: Buffer): OpenPractice {
  const opening = openPractice(file, { key })
  if (!opening.ok) throw new Error(opening.problem.message)
  const { database } = opening
  const { dispatch } = startPracticeRuntime({
    file,
    database,
    platform: standInPlatform(temporaryFolder('files')),
    log: silentLogger,
    resourcesDir: RESOURCES_DIR,
    readOptions: { key },
    checkOutputs: false,
    facts: repositoryFacts(dirname(file))
  })
  const { sqlite } = database
  const prepared = new Map<string, Statement>()
  return {
    database,
    dispatch,
    async statementsOf(work) {
      // Statements are kept compiled by the app, so what they run is caught on the statements themselves.
      const methods = Object.getPrototypeOf(sqlite.prepare('SELECT 1')) as Record<'all' | 'run', (...args: unknown[]) => unknown>
      const original = { all: methods.all, run: methods.run }
      const ran: Ran[] = []
      for (const name of ['all', 'run'] as const) {
        methods[name] = function (this: Statement, ...args: unknown[]) {
          ran.push({ sql: this.source, args: args.flat() })
          return original[name].apply(this, args)
        }
      }
      try {
        await work()
      } finally {
        Object.assign(methods, original)
      }
      return ran
    },
    replay(statements) {
      const rows = statements.map(({ sql, args }) => {
        let statement = prepared.get(sql)
        if (!statement) {
          statement = sqlite.prepare(sql)
          prepared.set(sql, statement)
        }
        // A search runs in a read transaction: its BEGIN and COMMIT are replayed as well.
        return statement.reader ? statement.all(...args) : statement.run(...args)
      })
      return JSON.stringify(rows)
    },
    close: () => database.close()
  }
}
