import { randomBytes } from 'node:crypto'
import { chmodSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { join } from 'node:path'
import { AppError, storageErrorFor } from '../errors'
import { safeFileName } from '../fileNames'
import type { Platform } from '../platform'

/**
 * Opening an attachment hands a copy of it to the app the computer uses for its type: the
 * copy is written in a folder of the data folder only the coach's account can read (0700,
 * the file 0600), and removed when no longer needed: copies older than a few minutes at
 * the next opening (the viewer has read it by then), and all of them at quit and start-up.
 */
export const OPENED_FOLDER = 'opened-attachments'

/** Long enough for the viewer to have read the copy; short enough that copies do not pile up. */
const KEEP_COPY_MS = 10 * 60 * 1000

export function openedFolderOf(dataDir: string): string {
  return join(dataDir, OPENED_FOLDER)
}

/** Removes the copies made before `before` (all of them by default). A copy still held open (Windows) stays for the next sweep. */
export function clearOpenedCopies(dataDir: string, before = Number.POSITIVE_INFINITY): void {
  const folder = openedFolderOf(dataDir)
  let entries: string[]
  try {
    entries = readdirSync(folder)
  } catch {
    return
  }
  for (const entry of entries) {
    const path = join(folder, entry)
    try {
      if (statSync(path).mtimeMs < before) rmSync(path, { recursive: true, force: true })
    } catch {
      // Held open by the viewer: the next sweep removes it.
    }
  }
}

/** The private folder, made if needed and made private again if its mode was changed. */
function privateFolder(dataDir: string): string {
  const folder = openedFolderOf(dataDir)
  mkdirSync(folder, { recursive: true, mode: 0o700 })
  chmodSync(folder, 0o700)
  return folder
}

/** Writes the copy under its own name, in a folder of its own (two files of one name can be open at once). */
async function writeCopy(folder: string, name: string, bytes: Uint8Array): Promise<string> {
  const own = join(folder, randomBytes(8).toString('hex'))
  mkdirSync(own, { mode: 0o700 })
  const path = join(own, safeFileName({ text: name, fallback: 'Attachment' }))
  const handle = await open(path, 'wx', 0o600)
  try {
    await handle.writeFile(bytes)
  } finally {
    await handle.close()
  }
  return path
}

export async function openCopy(platform: Platform, dataDir: string, name: string, bytes: Uint8Array, now = Date.now()): Promise<string> {
  clearOpenedCopies(dataDir, now - KEEP_COPY_MS)
  let path: string
  try {
    path = await writeCopy(privateFolder(dataDir), name, bytes)
  } catch (error) {
    throw (
      storageErrorFor(error, `“${name}” was not opened`) ??
      new AppError('conflict', `Coachbook could not make a copy of “${name}” to open. Check that its data folder can be written to, then try again.`)
    )
  }
  try {
    await platform.openPath(path)
  } catch {
    rmSync(path, { force: true })
    throw new AppError('conflict', `Your computer could not open “${name}”: it may have no app for this kind of file. Install one, then try again.`)
  }
  return path
}
