export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)

/** How a shortcut is written for this OS: "⌘N" on macOS, "Ctrl+N" elsewhere. */
export function shortcutLabel(key: string): string {
  return isMac ? `⌘${key.toUpperCase()}` : `Ctrl+${key.toUpperCase()}`
}

/** The shortcut as `aria-keyshortcuts` names it: "Meta+N" on macOS, "Control+N" elsewhere. */
export function ariaShortcut(key: string): string {
  return `${isMac ? 'Meta' : 'Control'}+${key.toUpperCase()}`
}

/** Whether a key press is Cmd/Ctrl + `key` (Alt+Ctrl is AltGr on many keyboards: it types characters). */
export function isModShortcut(event: KeyboardEvent, key: string): boolean {
  const mod = isMac ? event.metaKey : event.ctrlKey
  return mod && !event.altKey && event.key.toLowerCase() === key.toLowerCase()
}
