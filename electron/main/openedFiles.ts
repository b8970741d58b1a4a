import { basename, isAbsolute } from 'node:path'
import type { App, IpcMain, IpcMainEvent } from 'electron'
import { DESKTOP_CHANNELS } from '../shared/commands'
import { CLIENT_BUNDLE_EXTENSION } from '../shared/privacy'
import { whileThePageLives } from './recordLinks'

/** A client export file the OS may hand over: a whole path ending in .coachbook-client. Nothing else is taken. */
function isClientBundlePath(value: unknown): value is string {
  return typeof value === 'string' && isAbsolute(value) && value.toLowerCase().endsWith(`.${CLIENT_BUNDLE_EXTENSION}`)
}

/**
 * Client export files the coach opened from outside the app (a double-click, "Open
 * with"): on macOS as `open-file`, also before the app is ready; on Windows and Linux as
 * an argument of the copy the OS started (this copy's own, or a second copy's, handed
 * over). The path stays here, in main: the window is told only the file's name, and its
 * import (a preview, then the coach's confirmation) takes the path from here. Only the
 * latest waits: a coach who opened two files before the window came wants the second.
 */
export class OpenedFiles {
  private waiting: string | null = null
  private tell: ((name: string) => void) | null = null

  receivePath(path: unknown): boolean {
    if (!isClientBundlePath(path)) return false
    this.waiting = path
    this.tell?.(basename(path))
    return true
  }

  /** A started copy's arguments (the program itself first): the first client export among them, if any. */
  receiveArguments(argv: readonly string[]): boolean {
    return this.receivePath(argv.slice(1).find(isClientBundlePath))
  }

  /** The window listens: told now of a file waiting, and of each one opened later. */
  listen(tell: (name: string) => void): void {
    this.tell = tell
    if (this.waiting) tell(basename(this.waiting))
  }

  stopListening(): void {
    this.tell = null
  }

  /** The file waiting for its import, once: null when none waits (or it was taken already). */
  take(): string | null {
    const path = this.waiting
    this.waiting = null
    return path
  }
}

/** Takes client export files from the OS for the app, and tells the window of each once it listens. */
export function receiveOpenedFiles(options: {
  app: Pick<App, 'on'>
  ipc: Pick<IpcMain, 'on'>
  argv: readonly string[]
  isTrustedSender: (frameUrl: string) => boolean
  files: OpenedFiles
}): void {
  const { app, ipc, files } = options
  app.on('open-file', (event, path) => {
    if (files.receivePath(path)) event.preventDefault()
  })
  files.receiveArguments(options.argv)
  ipc.on(DESKTOP_CHANNELS.listenForOpenedFiles, (event: IpcMainEvent) => {
    if (!options.isTrustedSender(event.senderFrame?.url ?? '')) return
    whileThePageLives(event.sender, files, (name) => event.sender.send(DESKTOP_CHANNELS.openedClientExport, name))
  })
}
