import { dirname } from 'node:path'
import { clearOpenedCopies, forgetUnusedContents } from './attachments'
import { reopenPractice } from './backup'
import { keepChangeLogBounded } from './changes'
import type { AppDatabase } from './db/connection'
import type { ReadOptions } from './db/diagnose'
import type { DoorHook } from './db/door'
import type { AsyncKeyKeeper } from './db/keys'
import { PracticeSession } from './db/session'
import { createHandlers } from './ipc/handlers'
import { loggedDispatch, logUnexpectedErrors } from './ipc/logging'
import { createDispatcher, dispatchOnCurrentDatabase, type Dispatch } from './ipc/registry'
import type { Logger } from './logging/logger'
import type { AppFacts, Platform } from './platform'
import { finishPendingScrub } from './privacy'

export interface PracticeRuntimeOptions {
  /** The practice file that was just opened, and its connection. */
  file: string
  database: AppDatabase
  platform: Platform
  log: Logger
  resourcesDir: string
  readOptions?: ReadOptions
  /** What keeps the practice key on this computer (the OS keychain); none where there is none. */
  keeper?: AsyncKeyKeeper
  /** Check every answer against the contract too (development and tests). */
  checkOutputs: boolean
  /** This run's version and data folder, for Settings' diagnostics. */
  facts: AppFacts
  /** Hooks for every write to every practice file this runtime opens (db/door.ts). */
  doorHooks?: readonly DoorHook[]
}

/**
 * What the Electron app and the test bridge both run once a practice is open: the
 * session holding it, and one dispatcher over every channel that follows the session
 * to the reopened file after a restore and logs refusals and failures (never inputs).
 * Each time a file is opened, the door's hooks are fitted, an erasure's unfinished
 * overwriting is finished and the change log compacted when due, before anything else runs.
 */
export function startPracticeRuntime(options: PracticeRuntimeOptions): { practice: PracticeSession; dispatch: Dispatch } {
  const { file, platform, log, resourcesDir, readOptions = {}, doorHooks = [] } = options
  const opened = (database: AppDatabase) => {
    for (const hook of doorHooks) database.door.use(hook)
    // An erasure whose freed space could not be overwritten is finished at every open, until it is.
    finishPendingScrub(database, log)
    // The change log keeps a year of history and the latest value of everything older.
    keepChangeLogBounded(database.door.for('practice:open'), database.sqlite)
    // Attachments deleted in an earlier run can no longer be undone: their bytes go.
    database.door.for('practice:open').writeOnConnection(forgetUnusedContents)
    return database
  }
  // Copies of attachments opened in an earlier run are no longer needed.
  clearOpenedCopies(options.facts.dataDir)
  // A rekey gives the practice a new key: every reopen after it (a restore too) uses that one.
  let keyNow = readOptions.key
  const practice = new PracticeSession({
    file,
    dataDir: dirname(file),
    database: opened(options.database),
    readOptions,
    keeper: options.keeper,
    reopen: (reopened, key) => {
      keyNow = key ?? keyNow
      return opened(reopenPractice(reopened, { ...readOptions, key: keyNow }))
    }
  })
  const build = (database: AppDatabase) =>
    createDispatcher(createHandlers({ resourcesDir, platform, practice, log, facts: options.facts }), database.door, {
      checkOutputs: options.checkOutputs,
      onUnexpectedError: logUnexpectedErrors(log)
    })
  return { practice, dispatch: loggedDispatch(dispatchOnCurrentDatabase(practice, build), log) }
}
