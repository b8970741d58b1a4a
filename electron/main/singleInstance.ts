import type { App, BrowserWindow } from 'electron'

/** The parts of Coachbook's window that bringing it forward needs. */
export type ForegroundWindow = Pick<BrowserWindow, 'isDestroyed' | 'isMinimized' | 'restore' | 'isVisible' | 'show' | 'focus'>

/** Shows the window in front of the others: restored if minimised, shown if hidden. A closed window is left alone. */
export function bringForward(window: ForegroundWindow | null): void {
  if (!window || window.isDestroyed()) return
  if (window.isMinimized()) window.restore()
  if (!window.isVisible()) window.show()
  window.focus()
}

/**
 * One Coachbook at a time: two copies writing one practice file is never wanted. The
 * first copy holds the lock and comes forward whenever another is started, and is handed
 * that copy's arguments (a clicked record link, on Windows and Linux); a second copy
 * quits at once, before it opens anything. Returns whether this copy is the one.
 */
export function holdSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>,
  currentWindow: () => ForegroundWindow | null,
  onSecondCopy: (argv: readonly string[]) => void = () => undefined
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return false
  }
  app.on('second-instance', (_event, argv) => {
    onSecondCopy(argv)
    bringForward(currentWindow())
  })
  return true
}
