import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { Channel, ChannelOutput } from '../shared/contract'
import type { FirstRunAnswer, FirstRunChoice } from '../shared/firstRun'
import { CHOOSE_BACKUP_DIALOG, restoreOverProblem, type OpenedPractice } from './backup'
import { DATABASE_FILE_NAME } from './db/connection'
import type { ReadOptions } from './db/diagnose'
import { seedPractice, type Caller } from './demo'
import { AppError, storageErrorFor } from './errors'
import type { Dispatch } from './ipc/registry'
import type { Logger } from './logging/logger'
import type { Platform } from './platform'
import type { PracticeChoice } from './practiceChoice'

/**
 * The first run: before any practice exists on this computer, the coach chooses how to
 * begin (an empty practice, the demo, a backup restored, a client imported) and only
 * then is a practice file made. The Electron app and the test bridge both run it; each
 * hands in how it opens a practice file (with the keychain's key, or the development key).
 */

/** The demo practice lives apart from the coach's own, in a folder of its own in the data folder. */
export function demoPracticeFile(dataDir: string): string {
  return join(dataDir, 'demo', DATABASE_FILE_NAME)
}

/** No practice yet: none in the data folder and none chosen before (practice.json). */
export function isFirstRun(dataDir: string, choice: PracticeChoice): boolean {
  return choice.current === null && choice.pending === null && !existsSync(join(dataDir, DATABASE_FILE_NAME))
}

export interface FirstRunOptions {
  dataDir: string
  platform: Platform
  log: Logger
  /** Opens (or makes) a practice file; null when it cannot be opened and the coach gave up (said by the opener). */
  open(file: string): Promise<OpenedPractice | null>
  /** How a backup is read to check it before it is restored. */
  readOptions?: ReadOptions
  now?: () => Date
}

/** What came of a choice: the answer for the window, and the practice now open (a demo still to be written). */
export interface FirstRunOutcome {
  answer: FirstRunAnswer
  opened: OpenedPractice | null
  demo: boolean
}

const CANCELLED: FirstRunOutcome = { answer: { status: 'cancelled' }, opened: null, demo: false }

function failed(message: string): FirstRunOutcome {
  return { answer: { status: 'failed', message }, opened: null, demo: false }
}

const COULD_NOT_OPEN = 'Coachbook could not make a practice in its data folder. Nothing was changed; choose again.'

async function opened(options: FirstRunOptions, file: string, demo: boolean, next: 'importClient' | null): Promise<FirstRunOutcome> {
  const practice = await options.open(file)
  if (!practice) return failed(COULD_NOT_OPEN)
  options.log.info('practice.firstRun', { demo, next })
  return { answer: { status: 'opened', next }, opened: practice, demo }
}

/** A fresh demo each time it is chosen: its folder (the demo, its key, its backups) holds nothing of the coach's own. */
function freshDemoFile(dataDir: string): string {
  const file = demoPracticeFile(dataDir)
  rmSync(dirname(file), { recursive: true, force: true })
  mkdirSync(dirname(file), { recursive: true })
  return file
}

/**
 * The backup the coach picks in the open dialog, checked in full (a whole, undamaged
 * Coachbook practice this version can open) and put in the data folder as the practice.
 */
async function restoreFirstBackup(options: FirstRunOptions): Promise<FirstRunOutcome> {
  const source = await options.platform.chooseOpenFile(CHOOSE_BACKUP_DIALOG)
  if (source === null) return CANCELLED
  const file = join(options.dataDir, DATABASE_FILE_NAME)
  try {
    restoreOverProblem(file, source, { now: options.now?.() ?? new Date(), stillOpens: false }, options.readOptions)
  } catch (error) {
    options.log.error('practice.firstRestoreFailed', error)
    // The restore's own words assume a practice it would replace; here there is none yet.
    if (error instanceof AppError) return failed(error.message.replace('Your practice was not changed.', 'No practice was made.'))
    const storage = storageErrorFor(error, 'no practice was made', options.dataDir)
    return failed(storage?.message ?? `${basename(source)} could not be restored. No practice was made.`)
  }
  options.log.info('practice.firstRunRestored', {})
  return opened(options, file, false, null)
}

/** Opens (or makes) the practice the coach chose on the first run. */
export async function openFirstRunChoice(choice: FirstRunChoice, options: FirstRunOptions): Promise<FirstRunOutcome> {
  const ownPractice = join(options.dataDir, DATABASE_FILE_NAME)
  switch (choice) {
    case 'empty':
      return opened(options, ownPractice, false, null)
    case 'importClient':
      // The import itself is the app's own (a preview, then the coach's confirmation), once the practice is open.
      return opened(options, ownPractice, false, 'importClient')
    case 'demo':
      return opened(options, freshDemoFile(options.dataDir), true, null)
    case 'restore':
      return restoreFirstBackup(options)
  }
}

/** The app's channels as the demo writes through them: each call's data, a refusal thrown. */
function callerOf(dispatch: Dispatch): Caller {
  return {
    ok: async <C extends Channel>(channel: C, input: unknown) => {
      const result = await dispatch(channel, input)
      if (!result.ok) throw new AppError(result.error.code, result.error.message)
      return result.data as ChannelOutput<C>
    }
  }
}

/** Writes the demo's made-up clients and their work into the demo practice, through the app's own channels. */
export async function writeDemoPractice(dispatch: Dispatch): Promise<void> {
  await seedPractice(callerOf(dispatch), { size: 'tour', seed: 1 })
}
