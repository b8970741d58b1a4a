import { randomBytes } from 'node:crypto'
import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { AppError, errorCodeOf } from '../errors'
import { withReadOnly, type ReadOptions } from './diagnose'
import { KEY_BYTES } from './engine'
import { finishStoppedRekey } from './rekeyJournal'

/**
 * Where the practice key is kept: a file beside the practice holding the key wrapped
 * by something that is not in the folder. In the app that is the OS keychain (Electron's
 * safeStorage); in the programs that run without Electron (the test bridge, seed, demo,
 * bench, tests) a development-only file that keeps it in the clear.
 */
export interface KeyKeeper<Stored> {
  /** The file in the practice's folder that holds the wrapped key. */
  fileName: string
  wrap(key: Buffer): Stored
  /** The key back; throws when the stored bytes are not a whole wrapped key. */
  unwrap(stored: Buffer): Stored
}

export type SyncKeyKeeper = KeyKeeper<Buffer>
export type AsyncKeyKeeper = KeyKeeper<Promise<Buffer>>

const UNCHANGED = 'Coachbook has not changed it.'

export function keyFileOf(file: string, keeper: { fileName: string }): string {
  return join(dirname(file), keeper.fileName)
}

/** A key that is not exactly 256 bits (a file cut short, edited, or from something else) is refused, never padded. */
function wholeKey(key: Buffer, file: string, keyFile: string): Buffer {
  if (key.length === KEY_BYTES) return key
  throw damagedKey(file, keyFile)
}

function damagedKey(file: string, keyFile: string, cause?: unknown): AppError {
  const error = new AppError(
    'cannot_unlock',
    `The key that unlocks the practice ${file} is damaged (${basename(keyFile)} does not hold a whole key, or this computer's keychain cannot read it). ${UNCHANGED} Put back the key file from a copy, or open another practice.`
  )
  if (cause !== undefined) error.cause = cause
  return error
}

/** True when a practice (or what is left of one) is at `file`. */
function practiceExists(file: string): boolean {
  return existsSync(file) || existsSync(`${file}-wal`)
}

/**
 * Whether a new key may be made for `file`: there is no practice yet, or there is one
 * from before encryption (read without a key), which the key will encrypt once the
 * coach asks. A file that cannot be read without a key is encrypted, and its key is
 * missing: making another would only hide that.
 */
function mayMakeKey(file: string, keyFile: string, options: ReadOptions): boolean {
  if (!practiceExists(file)) return true
  try {
    withReadOnly(file, { ...options, key: undefined }, (sqlite) => sqlite.pragma('schema_version'))
    return true
  } catch (error) {
    if (errorCodeOf(error) !== 'SQLITE_NOTADB') return true // Said by the practice's own check, which follows.
    throw new AppError(
      'cannot_unlock',
      `The practice ${file} is encrypted (or is not a database at all), and the key that unlocks it (${basename(keyFile)}, beside it) is missing. ${UNCHANGED} Put back the key file from a copy, or open another practice.`
    )
  }
}

/**
 * Writes `bytes` to `path` readable by its owner alone, flushed to disk, under another
 * name first: a crash never leaves half a file. Then linked into place, so a file already
 * there is never replaced (a key), or with `replace` renamed over it in one step.
 */
export function writeWholeFile(path: string, bytes: Buffer | string, { replace = false } = {}): void {
  const partial = `${path}.partial`
  mkdirSync(dirname(path), { recursive: true })
  rmSync(partial, { force: true })
  const fd = openSync(partial, 'wx', 0o600)
  try {
    writeSync(fd, typeof bytes === 'string' ? Buffer.from(bytes) : bytes)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  try {
    if (replace) renameSync(partial, path)
    else linkSync(partial, path)
  } finally {
    rmSync(partial, { force: true })
  }
  flushFolder(dirname(path))
}

/** The wrapped key, flushed to disk before the practice is encrypted with it; a key already there is never replaced. */
function writeKeyFile(keyFile: string, stored: Buffer): void {
  writeWholeFile(keyFile, stored)
}

/** Makes the names in `folder` (a rename, a new file) last through a power cut. */
export function flushFolder(folder: string): void {
  let fd: number
  try {
    fd = openSync(folder, 'r')
  } catch {
    return // Windows cannot open a folder; its file operations are already durable.
  }
  try {
    fsyncSync(fd)
  } catch {
    // Some file systems do not sync folders.
  } finally {
    closeSync(fd)
  }
}

function readKeyFile(keyFile: string): Buffer | null {
  return existsSync(keyFile) ? readFileSync(keyFile) : null
}

/** The key of the practice at `file`, made (and kept) first if it has none yet. */
export function practiceKeySync(file: string, keeper: SyncKeyKeeper, options: ReadOptions = {}): Buffer {
  const keyFile = keyFileOf(file, keeper)
  const stored = readKeyFile(keyFile)
  if (stored) {
    const key = wholeKey(unwrapOrDamaged(() => keeper.unwrap(stored), file, keyFile), file, keyFile)
    return finishStoppedRekey(file, keyFile, key, options)
  }
  mayMakeKey(file, keyFile, options)
  const key = randomBytes(KEY_BYTES)
  writeKeyFile(keyFile, keeper.wrap(key))
  return key
}

/** As practiceKeySync, for a keeper that answers later (the OS keychain). */
export async function practiceKey(file: string, keeper: AsyncKeyKeeper, options: ReadOptions = {}): Promise<Buffer> {
  const keyFile = keyFileOf(file, keeper)
  const stored = readKeyFile(keyFile)
  if (stored) {
    const unwrapped = await keeper.unwrap(stored).catch((error: unknown) => Promise.reject(damagedKey(file, keyFile, error)))
    return finishStoppedRekey(file, keyFile, wholeKey(unwrapped, file, keyFile), options)
  }
  mayMakeKey(file, keyFile, options)
  const key = randomBytes(KEY_BYTES)
  writeKeyFile(keyFile, await keeper.wrap(key))
  return key
}

function unwrapOrDamaged(unwrap: () => Buffer, file: string, keyFile: string): Buffer {
  try {
    return unwrap()
  } catch (error) {
    throw damagedKey(file, keyFile, error)
  }
}

/** Where a key file that gave way to another is kept aside: beside it, named for when. */
export function replacedName(keyFile: string, now: Date): string {
  return `${keyFile}.replaced-${now.toISOString().replace(/[:.]/g, '-')}`
}

/**
 * Keeps `key`, found with the recovery key, as the practice's key on this computer: a key
 * file there (one that did not open the practice) is kept aside under another name,
 * never deleted. Returns where, or null when there was none.
 */
export async function keepRecoveredKey(file: string, keeper: AsyncKeyKeeper, key: Buffer, now: Date): Promise<string | null> {
  const keyFile = keyFileOf(file, keeper)
  const wrapped = await keeper.wrap(key)
  let aside: string | null = null
  if (existsSync(keyFile)) {
    aside = replacedName(keyFile, now)
    renameSync(keyFile, aside)
  }
  writeKeyFile(keyFile, wrapped)
  return aside
}

/** The key kept by `keeper` in place of what its file held (moving the key back from a passphrase): the practice is not touched. */
export async function keepKeyBy(file: string, keeper: AsyncKeyKeeper, key: Buffer): Promise<void> {
  writeWholeFile(keyFileOf(file, keeper), await keeper.wrap(key), { replace: true })
}
