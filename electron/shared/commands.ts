import { z } from 'zod'
import type { UnlockRequest } from './encryption'
import type { FirstRunAnswer, FirstRunChoice, PracticeState } from './firstRun'
import type { RecordLink } from './links'

/**
 * The commands the application menu offers, with the key each is pressed with (with
 * Ctrl, or ⌘ on macOS). Main builds the menu from this list and sends a chosen item to
 * the window as its id; the renderer's command registry runs it, the same command its
 * keyboard shortcut, the palette and the context menus run.
 */
export const MENU_COMMANDS = {
  'client.new': { title: 'New client', key: 'N' },
  'engagement.new': { title: 'New engagement' },
  'session.new': { title: 'New session' },
  'practice.openAnother': { title: 'Open another practice…' },
  'client.export': { title: 'Export client data…' },
  'backup.now': { title: 'Back up now' },
  'app.lock': { title: 'Lock Coachbook', key: 'L' },
  'edit.undo': { title: 'Undo', key: 'Z' },
  'view.today': { title: 'Today', key: 'T' },
  'view.clients': { title: 'Clients', key: '1' },
  'view.sponsors': { title: 'Sponsors', key: '2' },
  'view.search': { title: 'Search…', key: 'K' },
  'view.settings': { title: 'Settings…', key: ',' },
  'help.shortcuts': { title: 'Keyboard shortcuts', key: '/' },
  'help.about': { title: 'About and diagnostics' }
} as const satisfies Record<string, { title: string; key?: string }>

export type MenuCommand = keyof typeof MENU_COMMANDS
// The ids alone; MENU_COMMANDS above is their map of words.
const MENU_COMMAND_IDS = Object.keys(MENU_COMMANDS) as MenuCommand[]
export const menuCommandSchema = z.enum(MENU_COMMAND_IDS as [MenuCommand, ...MenuCommand[]])
/** What the window says it can do now: the menu items to enable. */
export const enabledCommandsSchema = z.array(menuCommandSchema).max(MENU_COMMAND_IDS.length)

/**
 * The messages beside the contract's calls: a menu item chosen (main → window), what is
 * enabled (window → main), and a record link clicked outside the app (main → window, once
 * the window says it listens).
 */
export const DESKTOP_CHANNELS = {
  command: 'app:command',
  enabledCommands: 'app:enabledCommands',
  openLink: 'app:openLink',
  listenForLinks: 'app:listenForLinks',
  openAnotherPractice: 'app:openAnotherPractice',
  unlockRequest: 'app:unlockRequest',
  unlockAnswer: 'app:unlockAnswer',
  practiceState: 'app:practiceState',
  firstRun: 'app:firstRun',
  leaveDemo: 'app:leaveDemo',
  listenForOpenedFiles: 'app:listenForOpenedFiles',
  openedClientExport: 'app:openedClientExport'
} as const

/** `window.coachbookDesktop`, set by the preload script (or the test bridge's shim). */
export interface DesktopApi {
  /** Calls `listener` with each menu command chosen; returns the function that stops listening. */
  onCommand(listener: (command: MenuCommand) => void): () => void
  /** Tells main which menu commands can run now, so the others are greyed out. */
  setEnabledCommands(commands: MenuCommand[]): void
  /** Calls `listener` with each record link the coach clicked outside the app (links.ts), the one that started it first. */
  onOpenLink(listener: (link: RecordLink) => void): () => void
  /**
   * Asks main to let the coach choose another practice file and open it. Only the desktop
   * app can (it starts again on that practice); the browser has no such function.
   */
  openAnotherPractice?(): void
  /**
   * In the unlock window main opens at start-up, before the practice is open: what it
   * asks for (the recovery key), and the coach's answer (null: cancelled). Desktop only.
   */
  unlockRequest?(): Promise<UnlockRequest | null>
  answerUnlock?(answer: string | null): void
  /**
   * Calls `listener` with the name of each client export file (.coachbook-client) the coach
   * opened from outside the app, the one that started it first; its import takes the file
   * from main (`privacy:previewImport` with `opened`). Only the desktop app has one.
   */
  onOpenedClientExport?(listener: (name: string) => void): () => void
  /** Whether a practice is open, and whether it is the demo practice. */
  practiceState(): Promise<PracticeState>
  /** The first run's choice: main opens or makes that practice, then the window reloads onto it. */
  chooseFirstRun(choice: FirstRunChoice): Promise<FirstRunAnswer>
  /** Leaves the demo practice for the first run's choices again (the demo is made afresh if chosen again). */
  leaveDemo(): Promise<void>
}
