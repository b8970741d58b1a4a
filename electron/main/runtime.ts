import { dirname } from 'node:path'
import type { AppDatabase } from './db/connection'
import type { ReadOptions } from './db/diagnose'
import { reopenPractice } from './db/practice'
import { dispatchOnCurrentDatabase, PracticeSession } from './db/session'
import { createHandlers } from './ipc/handlers'
import { createDispatcher, type Dispatch } from './ipc/registry'
import { loggedDispatch, logUnexpectedErrors } from './logging/dispatch'
import type { Logger } from './logging/logger'
import type { AppFacts, Platform } from './platform'
import { finishPendingScrub } from './privacy/scrub'

export interface PracticeRuntimeOptions {
  /** The practice file that was just opened, and its connection. */
  file: string
  database: AppDatabase
  platform: Platform
  log: Logger
  resourcesDir: string
  readOptions?: ReadOptions
  /** Check every answer against the contract too (development and tests). */
  checkOutputs: boolean
  /** This run's version and data folder, for Settings' diagnostics. */
  facts: AppFacts
}

/**
 * What the Electron app and the test bridge both run once a practice is open: the
 * session holding it, and one dispatcher over every channel that follows the session
 * to the reopened file after a restore and logs refusals and failures (never inputs).
 * Each time a file is opened, an erasure's unfinished overwriting is finished first.
 */
export function startPracticeRuntime(options: PracticeRuntimeOptions): { practice: PracticeSession; dispatch: Dispatch } {
  const { file, platform, log, resourcesDir, readOptions = {} } = options
  // An erasure whose freed space could not be overwritten is finished at every open, until it is.
  const opened = (database: AppDatabase) => {
    finishPendingScrub(database.sqlite, log)
    return database
  }
  const practice = new PracticeSession({
    file,
    dataDir: dirname(file),
    database: opened(options.database),
    readOptions,
    reopen: (reopened) => opened(reopenPractice(reopened, readOptions))
  })
  const build = (database: AppDatabase) =>
    createDispatcher(createHandlers({ db: database.db, dataDir: practice.dataDir, resourcesDir, platform, practice, log, facts: options.facts }), {
      checkOutputs: options.checkOutputs,
      onUnexpectedError: logUnexpectedErrors(log)
    })
  return { practice, dispatch: loggedDispatch(dispatchOnCurrentDatabase(practice, build), log) }
}
