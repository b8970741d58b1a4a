import { BrowserWindow, dialog, nativeTheme, Notification, shell } from 'electron'
import type { RecordLink } from '../shared/links'
import type { OpenedFiles } from './openedFiles'
import type { DesktopNotification, Platform } from './platform'

/** Notifications on show: Electron drops the click of one no longer referenced (Windows), so each is held until it goes. */
const onShow = new Set<Notification>()

function showNotification({ title, body, link }: DesktopNotification, opened: (link: RecordLink | null) => void): void {
  if (!Notification.isSupported()) return
  const notification = new Notification({ title, body })
  onShow.add(notification)
  notification.on('click', () => opened(link))
  notification.on('close', () => onShow.delete(notification))
  notification.show()
}

/**
 * The real platform: native dialogs attached to the app's window, the OS file manager,
 * the OS's notifications (`opened` gets the record a clicked one names), and the client
 * export files the OS handed over (`files`).
 */
export function electronPlatform(opened: (link: RecordLink | null) => void, files: OpenedFiles): Platform {
  const window = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
  const withWindow = <T>(show: (window: BrowserWindow) => Promise<T>, showAlone: () => Promise<T>) => {
    const parent = window()
    return parent ? show(parent) : showAlone()
  }
  return {
    chooseSaveFile: async ({ title, defaultName, filters }) => {
      const options = { title, defaultPath: defaultName, filters }
      const result = await withWindow((w) => dialog.showSaveDialog(w, options), () => dialog.showSaveDialog(options))
      return result.canceled || !result.filePath ? null : result.filePath
    },
    chooseOpenFile: async ({ title, filters }) => {
      const options = { title, filters, properties: ['openFile' as const] }
      const result = await withWindow((w) => dialog.showOpenDialog(w, options), () => dialog.showOpenDialog(options))
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    takeOpenedFile: () => files.take(),
    chooseFolder: async ({ title, defaultPath }) => {
      const options = { title, defaultPath, properties: ['openDirectory' as const, 'createDirectory' as const] }
      const result = await withWindow((w) => dialog.showOpenDialog(w, options), () => dialog.showOpenDialog(options))
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    openPath: async (path) => {
      const failure = await shell.openPath(path)
      if (failure) throw new Error(failure)
    },
    showInFolder: (path) => shell.showItemInFolder(path),
    // macOS and Windows honour it; Linux has no way to keep a window out of a capture (Settings says so).
    protectContent: (hidden) => {
      for (const each of BrowserWindow.getAllWindows()) each.setContentProtection(hidden)
    },
    applyTheme: (theme) => {
      nativeTheme.themeSource = theme
    },
    notify: (notification) => showNotification(notification, opened)
  }
}
