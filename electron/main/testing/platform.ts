import { join } from 'node:path'
import type { Theme } from '../../shared/preferences'
import type { DesktopNotification, Platform } from '../platform'

/**
 * The platform for tests and the web bridge, where there are no native dialogs: a save
 * dialog answers `<folder>/<suggested name>`, a folder dialog answers the folder, and an
 * open dialog answers whatever a test queued with `answerNextOpen` (or cancels).
 * Requests to open or reveal files, to protect the window from capture or to show a
 * notification are recorded, not carried out.
 */
export interface StandInPlatform extends Platform {
  answerNextOpen(path: string | null): void
  /** A file the coach opens from outside the app, as the OS hands it over. */
  openFromOutside(path: string): void
  answerNextSave(path: string | null): void
  opened: string[]
  revealed: string[]
  /** Each protection from screen capture asked for, in order. */
  protections: boolean[]
  /** Each theme applied, in order. */
  themes: Theme[]
  /** Each desktop notification shown, in order. */
  notifications: DesktopNotification[]
}

export function standInPlatform(folder: string): StandInPlatform {
  const nextOpen: (string | null)[] = []
  const nextSave: (string | null)[] = []
  let openedFromOutside: string | null = null
  const opened: string[] = []
  const revealed: string[] = []
  const protections: boolean[] = []
  const notifications: DesktopNotification[] = []
  const themes: Theme[] = []
  return {
    chooseSaveFile: async ({ defaultName }) => (nextSave.length ? nextSave.shift()! : join(folder, defaultName)),
    chooseOpenFile: async () => (nextOpen.length ? nextOpen.shift()! : null),
    takeOpenedFile: () => {
      const path = openedFromOutside
      openedFromOutside = null
      return path
    },
    chooseFolder: async () => folder,
    openPath: async (path) => void opened.push(path),
    showInFolder: (path) => void revealed.push(path),
    protectContent: (hidden) => void protections.push(hidden),
    applyTheme: (theme) => void themes.push(theme),
    notify: (notification) => void notifications.push(notification),
    answerNextOpen: (path) => void nextOpen.push(path),
    answerNextSave: (path) => void nextSave.push(path),
    openFromOutside: (path) => void (openedFromOutside = path),
    opened,
    revealed,
    protections,
    themes,
    notifications
  }
}
