import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { openWithRecovery, type OpenedPractice, type RecoveryIO, type RecoveryOptions } from './backup'
import { DATABASE_FILE_NAME } from './db/connection'
import { errorCodeOf, storageErrorFor } from './errors'
import { fileLogger, logProblem, unwritableLogger, type Logger } from './logging/logger'
import type { Platform } from './platform'
import type { UnlockRequest } from '../shared/encryption'

/**
 * Starting the app up to an open practice, with every failure on the way said in a
 * native dialog (what is wrong, where, what to do) instead of a silent exit. Electron's
 * dialogs are handed in by index.ts; tests hand in stand-ins.
 */

/** A native message box: `title` is its headline, `message` the words under it. */
export interface MessageBox {
  type: 'error' | 'warning' | 'info'
  title: string
  message: string
  buttons: string[]
  /** The button Enter presses, and the one Esc (or closing the box) presses. */
  defaultId: number
  cancelId: number
}

/** Shows a message box and answers the index of the button pressed. */
export type ShowMessage = (box: MessageBox) => Promise<number>

type StartupChoice = 'another' | 'retry' | 'continue' | 'quit'

interface StartupProblem {
  title: string
  message: string
  choices: readonly { label: string; choice: StartupChoice }[]
}

const ANOTHER = { label: 'Choose another folder…', choice: 'another' } as const
const RETRY = { label: 'Try again', choice: 'retry' } as const
const QUIT = { label: 'Quit', choice: 'quit' } as const

const folderSays = (title: string, message: string): StartupProblem => ({ title, message, choices: [ANOTHER, RETRY, QUIT] })

function isAFile(dir: string): StartupProblem {
  return folderSays(
    "Coachbook's data folder is a file",
    `Coachbook keeps your practice in the folder ${dir}, but a file stands where that folder should be. Coachbook has not changed it. Choose another folder, or move the file away and try again.`
  )
}

/** What is wrong with the data folder, from what the system answered when Coachbook tried to use it. */
function folderProblem(error: unknown, dir: string): StartupProblem {
  const storage = storageErrorFor(error, `Coachbook cannot keep your practice in ${dir}`, dir)
  if (storage) return { title: 'Coachbook cannot use its data folder', message: storage.message, choices: [RETRY, ANOTHER, QUIT] }
  switch (errorCodeOf(error)) {
    case 'EROFS':
      return folderSays(
        "Coachbook's data folder is read-only",
        `${dir} is on a disk that can only be read, so Coachbook cannot keep your practice there. Choose another folder, or make the disk writable and try again.`
      )
    case 'EACCES':
    case 'EPERM':
      return folderSays(
        'Coachbook is not allowed to use its data folder',
        `Coachbook does not have permission to read and write in ${dir}. Fix the folder's permissions (your user must be allowed to read and write in it) and try again, or choose another folder.`
      )
    case 'ENOTDIR':
    case 'EEXIST':
      return isAFile(dir)
    case 'ENOENT':
      return folderSays(
        "Coachbook's data folder cannot be reached",
        `The folder ${dir} cannot be reached or created: is its drive connected? Connect it and try again, or choose another folder.`
      )
    default:
      return folderSays('Coachbook cannot use its data folder', `Coachbook cannot read and write in ${dir}. Choose another folder, or check this one and try again.`)
  }
}

/**
 * Checks the data folder by doing what the app will do there: make it if it is not
 * there yet, list it, and create and delete a file in it. Null when all of that works.
 */
export function dataFolderProblem(dir: string): StartupProblem | null {
  try {
    if (!statSync(dir, { throwIfNoEntry: false })) mkdirSync(dir, { recursive: true })
    if (!statSync(dir).isDirectory()) return isAFile(dir)
    readdirSync(dir)
    const probe = join(dir, `.coachbook-write-check-${process.pid}`)
    closeSync(openSync(probe, 'wx'))
    rmSync(probe)
    return null
  } catch (error) {
    return folderProblem(error, dir)
  }
}

function logCannotStart(file: string, error: unknown): StartupProblem {
  return {
    title: 'Coachbook cannot write its log',
    message:
      `${logProblem(error, dirname(file))} The log records what Coachbook does (never what you write about your clients), ` +
      'to find out what went wrong if something does. Coachbook can open your practice without it, and Settings will show ' +
      "that the log is not written. To keep a log again, fix the folder's permissions and restart Coachbook.",
    choices: [
      { label: 'Continue without a log', choice: 'continue' },
      { label: 'Quit', choice: 'quit' }
    ]
  }
}

async function ask(show: ShowMessage, problem: StartupProblem): Promise<StartupChoice> {
  const labels = problem.choices.map((choice) => choice.label)
  const pressed = await show({
    type: 'error',
    title: problem.title,
    message: problem.message,
    buttons: labels,
    defaultId: 0,
    cancelId: problem.choices.findIndex((choice) => choice.choice === 'quit')
  })
  return problem.choices[pressed]?.choice ?? 'quit'
}

/** Asks the coach to type a secret (the unlock window); null when they cancel. */
export type AskSecret = (request: UnlockRequest) => Promise<string | null>

/** The recovery dialogs (a practice that cannot be opened) on the same message boxes, and the unlock window where there is one. */
export function recoveryDialogs(show: ShowMessage, platform: Platform, log: Logger, askSecret?: AskSecret): RecoveryIO {
  return {
    platform,
    log,
    ...(askSecret
      ? {
          askRecoveryKey: (title: string, message: string) => askSecret({ title, message, label: 'Recovery key', hidden: false }),
          askPassphrase: (title: string, message: string) => askSecret({ title, message, label: 'Passphrase', hidden: true })
        }
      : {}),
    ask: async (problem, buttons) => {
      const pressed = await show({
        type: 'error',
        title: problem.title,
        message: problem.message,
        buttons: buttons.map((button) => button.label),
        defaultId: 0,
        cancelId: buttons.findIndex((button) => button.choice === 'quit')
      })
      return buttons[pressed]?.choice ?? 'quit'
    },
    inform: async (title, message) => void (await show({ type: 'info', title, message, buttons: ['OK'], defaultId: 0, cancelId: 0 })),
    // Cancel is what Enter and Esc press: replacing a practice takes a deliberate click.
    confirm: async (title, message, goAhead) =>
      (await show({ type: 'warning', title, message, buttons: [goAhead, 'Cancel'], defaultId: 1, cancelId: 1 })) === 0
  }
}

export interface StartupOptions {
  /** The data folder asked for (the OS's app-data folder, or --data-dir). */
  dataDir: string
  /** Another practice file to open than the data folder's own (File › Open another practice…). */
  practiceFile?: string | null
  platform: Platform
  show: ShowMessage
  readOptions?: RecoveryOptions
  /** Facts for the first log line. */
  version: string
  packaged: boolean
  /** Starts the log at this file; the file logger unless a test says otherwise. */
  startLog?: (file: string) => Logger
  /** The unlock window, to type the recovery key of a practice whose key this computer lost. */
  askSecret?: AskSecret
  /**
   * The first run, when no practice is chosen and the data folder holds none: the coach
   * chooses how to begin, and this answers the practice then opened (null: they quit).
   * Without it, an empty practice is made at once.
   */
  firstRun?: (dataDir: string, log: Logger) => Promise<FirstRunOpened | null>
}

/** The practice the first run opened, and whether it is the demo (still to be written). */
export interface FirstRunOpened {
  opened: OpenedPractice
  demo: boolean
}

export interface Started {
  /** The data folder in use: the one asked for, or the one the coach chose instead. */
  dataDir: string
  log: Logger
  opened: OpenedPractice
  /** The demo practice, just made by the first run: its made-up records are still to be written. */
  newDemo: boolean
}

/** A data folder Coachbook can read and write in, or null when the coach quits. */
async function usableDataFolder(options: StartupOptions): Promise<string | null> {
  let dir = options.dataDir
  for (;;) {
    const problem = dataFolderProblem(dir)
    if (!problem) return dir
    const choice = await ask(options.show, problem)
    if (choice === 'quit') return null
    if (choice === 'another') {
      const chosen = await options.platform.chooseFolder({ title: 'Choose a folder for your Coachbook practice' })
      if (chosen !== null) dir = chosen
    }
  }
}

/** The log in `<dataDir>/logs`; if it cannot start, the coach decides whether to carry on without it. */
async function startedLog(dataDir: string, options: StartupOptions): Promise<Logger | null> {
  const file = join(dataDir, 'logs', 'main.log')
  try {
    return (options.startLog ?? ((at) => fileLogger({ file: at })))(file)
  } catch (error) {
    const choice = await ask(options.show, logCannotStart(file, error))
    return choice === 'continue' ? unwritableLogger(file, error) : null
  }
}

/**
 * Everything between launching and an open practice: a usable data folder, the log,
 * and the practice itself (with its own recovery dialogs). Null when the coach quits.
 */
export async function startUp(options: StartupOptions): Promise<Started | null> {
  const dataDir = await usableDataFolder(options)
  if (dataDir === null) return null
  const log = await startedLog(dataDir, options)
  if (log === null) return null
  log.info('app.started', { version: options.version, packaged: options.packaged })
  const ownPractice = join(dataDir, DATABASE_FILE_NAME)
  // Nothing is made before the coach chooses: the first run decides what the first practice is.
  if (options.firstRun && !options.practiceFile && !existsSync(ownPractice)) {
    const chosen = await options.firstRun(dataDir, log)
    return chosen ? { dataDir, log, opened: chosen.opened, newDemo: chosen.demo } : null
  }
  const opened = await openWithRecovery(options.practiceFile ?? ownPractice, recoveryDialogs(options.show, options.platform, log, options.askSecret), options.readOptions)
  return opened ? { dataDir, log, opened, newDemo: false } : null
}

/** For a failure while starting that nothing above foresaw: said, never a silent exit. */
export function startupFailedBox(dataDir: string): MessageBox {
  return {
    type: 'error',
    title: 'Coachbook could not start',
    message:
      'Coachbook stopped while starting, for a reason it did not expect. Nothing in your practice was changed by it. ' +
      `Start Coachbook again; if this keeps happening, the log in ${join(dataDir, 'logs')} says where it stopped.`,
    buttons: ['Quit'],
    defaultId: 0,
    cancelId: 0
  }
}
