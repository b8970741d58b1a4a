import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, open, rename, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { AppError, errorCodeOf, storageErrorFor } from '../errors'

/** Writes a new file and waits until it is on the disk, not only in the OS's cache. */
async function writeDurably(path: string, content: string | Uint8Array): Promise<void> {
  const file = await open(path, 'wx')
  try {
    await file.writeFile(content)
    await file.sync()
  } finally {
    await file.close()
  }
}

/** Makes a rename inside `folder` durable. Windows cannot open a folder for this, and does not need to. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return
  const handle = await open(folder, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

function isTaken(error: unknown): boolean {
  return ['EEXIST', 'ENOTEMPTY', 'EPERM'].includes(errorCodeOf(error))
}

/** `name`, or `name (2)`, `name (3)`… whichever is free when the staged folder is renamed to it. */
async function moveToFreeName(staged: string, parent: string, name: string): Promise<string> {
  for (let attempt = 1; attempt < 1000; attempt += 1) {
    const target = join(parent, attempt === 1 ? name : `${name} (${attempt})`)
    if (existsSync(target)) continue
    try {
      await rename(staged, target)
      return target
    } catch (error) {
      if (!isTaken(error)) throw error
    }
  }
  throw new AppError('conflict', `The folder already holds too many exports called "${name}". Choose another folder.`)
}

/** What went wrong on the disk, in words the coach can act on. */
export function diskProblem(error: unknown, folder: string): AppError {
  const storage = storageErrorFor(error, 'the export was not saved', folder)
  if (storage) return storage
  const code = errorCodeOf(error)
  if (['EACCES', 'EPERM', 'EROFS'].includes(code)) {
    return new AppError('conflict', `Coachbook is not allowed to write in ${folder}. Choose another folder.`)
  }
  if (code === 'ENOENT') return new AppError('not_found', `The folder ${folder} is no longer there. Choose another folder.`)
  return new AppError('conflict', `Coachbook could not write in ${folder}. Choose another folder and try again.`)
}

/**
 * Creates `<parent>/<name>/` holding the given files (a name may hold a subfolder), all at once: they are written
 * into a hidden folder beside it and renamed into place only when complete, so the
 * coach never finds a half-written export, even after a crash.
 */
export async function writeFolderAtomically(
  parent: string,
  name: string,
  files: { name: string; content: string | Uint8Array }[]
): Promise<string> {
  const staged = join(parent, `.${name}.${randomBytes(6).toString('hex')}.partial`)
  try {
    await mkdir(staged)
    const folders = [...new Set(files.map((file) => dirname(join(staged, file.name))))]
    for (const folder of folders) await mkdir(folder, { recursive: true })
    for (const file of files) await writeDurably(join(staged, file.name), file.content)
    for (const folder of folders) await syncFolder(folder)
    const target = await moveToFreeName(staged, parent, name)
    await syncFolder(parent)
    return target
  } catch (error) {
    await rm(staged, { recursive: true, force: true })
    throw error instanceof AppError ? error : diskProblem(error, parent)
  }
}
