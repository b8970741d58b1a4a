import { BrowserWindow, dialog, shell } from 'electron'
import type { Platform } from './platform'

/** The real platform: native dialogs attached to the app's window, the OS file manager. */
export function electronPlatform(): Platform {
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
    }
  }
}
