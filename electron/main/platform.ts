/**
 * What the handlers need from the desktop around them: native file dialogs, the OS
 * file manager, the windows' protection from screen capture and desktop notifications. Electron provides them in the app (platform-electron.ts); the test
 * bridge provides stand-ins, so the same handlers run in tests without Electron.
 * A path that reaches a handler comes from here, never from the renderer.
 */
import type { RecordLink } from '../shared/links'
import type { Theme } from '../shared/preferences'

export interface FileFilter {
  name: string
  extensions: string[]
}

export interface Platform {
  /** Where to save a new file; null when the coach cancels. */
  chooseSaveFile(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>
  /** An existing file to open; null when the coach cancels. */
  chooseOpenFile(options: { title: string; filters: FileFilter[] }): Promise<string | null>
  /** The client export file the coach opened from outside the app (a double-click), taken once; null when none waits. */
  takeOpenedFile(): string | null
  /** A folder; null when the coach cancels. */
  chooseFolder(options: { title: string; defaultPath?: string }): Promise<string | null>
  /** Opens a file with the OS's default app. */
  openPath(path: string): Promise<void>
  /** Shows a file selected in the OS file manager. */
  showInFolder(path: string): void
  /** Hides every window's content from screen sharing and screenshots (true), or stops hiding it. */
  protectContent(hidden: boolean): void
  /** Draws the app and what the system draws for it (menus, dialogs, title bar) light, dark, or as the system is. */
  applyTheme(theme: Theme): void
  /** Shows a desktop notification; a click on it opens the record (or brings the window forward). */
  notify(notification: DesktopNotification): void
}

export interface DesktopNotification {
  title: string
  body: string
  /** The record a click opens; null: the window as it was. */
  link: RecordLink | null
}

export interface AppFacts {
  appVersion: string
  /** Coachbook's data folder (the log's home); the practice may have been opened from another. */
  dataDir: string
}
