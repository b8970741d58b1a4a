import { randomBytes } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { AppError, errorCodeOf, storageErrorFor } from './errors'

/* Saving a file the coach exports (a PDF report, a calendar file) where they chose in the save dialog. */

/** What went wrong while saving, in words a coach can act on. Nothing was written in any case. */
function saveFailure(error: unknown, path: string, what: string): AppError {
  const storage = storageErrorFor(error, `the ${what} was not saved`, dirname(path))
  if (storage) return storage
  const code = errorCodeOf(error)
  const nothingSaved = 'No file was saved.'
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new AppError('not_found', `The folder you chose is no longer there. ${nothingSaved} Export again and choose another folder.`)
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new AppError(
        'forbidden',
        `Coachbook is not allowed to save in that folder. ${nothingSaved} Export again and choose a folder you can write to, such as Documents.`
      )
    case 'EBUSY':
      return new AppError('conflict', `A file with that name is open in another app. ${nothingSaved} Close it there, or export under another name.`)
    case 'EISDIR':
      return new AppError('invalid_input', `That name belongs to a folder. ${nothingSaved} Export again and choose a file name.`)
    case 'ENAMETOOLONG':
      return new AppError('invalid_input', `That file name or folder path is too long. ${nothingSaved} Choose a shorter name.`)
    default:
      return new AppError('internal', `Coachbook could not save the ${what}${code ? ` (${code})` : ''}. ${nothingSaved} Try again, or choose another folder.`)
  }
}

/**
 * Writes a file so that it is either complete or absent: the bytes go to a temporary file
 * in the same folder (a dot file, which the folder's readers pass over), are flushed to
 * disk, and only then take the final name. On any failure the temporary file is removed,
 * an existing file of that name is untouched, and the system's error is thrown as it came.
 */
export async function writeWhole(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.coachbook-${randomBytes(6).toString('hex')}.tmp`)
  let handle: Awaited<ReturnType<typeof open>> | null = null
  try {
    handle = await open(temporary, 'wx')
    await handle.writeFile(bytes)
    await handle.sync()
    await handle.close()
    handle = null
    await rename(temporary, path)
  } catch (error) {
    await handle?.close().catch(() => undefined)
    await rm(temporary, { force: true }).catch(() => undefined)
    throw error
  }
}

/**
 * A file the coach exports, written whole (writeWhole), with a failure said in words they
 * can act on. `what` names the file in the messages: 'PDF', 'calendar file'.
 */
export async function writeAtomically(path: string, bytes: Uint8Array, what: string): Promise<void> {
  try {
    await writeWhole(path, bytes)
  } catch (error) {
    throw saveFailure(error, path, what)
  }
}
