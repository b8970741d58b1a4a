import type { Kysely } from 'kysely'
import type { DB } from './db/schema'
import type { PracticeSession } from './db/session'
import type { Logger } from './logging/logger'

/**
 * What the handlers need from the desktop around them: native file dialogs and the
 * OS file manager. Electron provides them in the app (platform-electron.ts); the test
 * bridge provides stand-ins, so the same handlers run in tests without Electron.
 * A path that reaches a handler comes from here, never from the renderer.
 */
export interface FileFilter {
  name: string
  extensions: string[]
}

export interface Platform {
  /** Where to save a new file; null when the coach cancels. */
  chooseSaveFile(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>
  /** An existing file to open; null when the coach cancels. */
  chooseOpenFile(options: { title: string; filters: FileFilter[] }): Promise<string | null>
  /** A folder; null when the coach cancels. */
  chooseFolder(options: { title: string; defaultPath?: string }): Promise<string | null>
  /** Opens a file with the OS's default app. */
  openPath(path: string): Promise<void>
  /** Shows a file selected in the OS file manager. */
  showInFolder(path: string): void
}

export interface MainContext {
  db: Kysely<DB>
  /** The folder holding the practice database (and, by default, its backups). */
  dataDir: string
  /** The app's bundled resources (fonts for the PDF reports). */
  resourcesDir: string
  platform: Platform
  /** The open practice: its file, and the connection to use even after a restore replaced it. */
  practice: PracticeSession
  /** The main-process log: events and error codes, never what the coach typed. */
  log: Logger
  /** What this run of Coachbook is and where it keeps its data, for Settings' diagnostics. */
  facts: AppFacts
}

export interface AppFacts {
  appVersion: string
  /** Coachbook's data folder (the log's home); the practice may have been opened from another. */
  dataDir: string
}
