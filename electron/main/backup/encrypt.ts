import { randomBytes } from 'node:crypto'
import { copyFileSync, existsSync, linkSync, renameSync, rmSync, statfsSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Backup, EncryptionStatus } from '../../shared/backup'
import type { ChannelArgs } from '../../shared/contract'
import { withReadOnly, type ReadOptions } from '../db/diagnose'
import type { DoorFor } from '../db/door'
import { encryptInPlace, KEY_BYTES, openSqlite, removeDatabaseFiles } from '../db/engine'
import { keyFileOf } from '../db/keys'
import { forgetPassphrase, hasPassphrase, keepKeyByPassphrase } from '../db/passphrase'
import { schemaVersion } from '../db/migrator'
import { AppError } from '../errors'
import { backUp, type BackupContext } from './service'
import { differenceFrom, flushToDisk, tableCounts, type Expected } from './snapshot'

/** The practice as it was before it was encrypted, kept beside it until the coach has seen the encrypted one work. */
export const beforeEncryptionFile = (file: string) => `${file}.before-encryption`
const encryptingFile = (file: string) => `${file}.encrypting`

const NOT_CHANGED = 'Your practice was not changed.'

function sizeOf(file: string): number {
  return existsSync(file) ? statSync(file).size : 0
}

const megabytes = (bytes: number) => `${Math.ceil(bytes / 1024 / 1024)} MB`

/** The encrypted copy is made beside the practice and the old file kept: about twice the practice must be free. */
export function assertRoomToEncrypt(file: string, free = freeBytesBeside(file)): void {
  const needed = 2 * (sizeOf(file) + sizeOf(`${file}-wal`))
  if (free >= needed) return
  throw new AppError(
    'disk_full',
    `Encrypting your practice needs about ${megabytes(needed)} free on the disk that holds it (${dirname(file)}), and ${megabytes(free)} is free. Free some space, then try again. ${NOT_CHANGED}`
  )
}

export function freeBytesBeside(file: string): number {
  const stats = statfsSync(dirname(file))
  return stats.bavail * stats.bsize
}

export function encryptionStatus(context: BackupContext): EncryptionStatus {
  const { practice } = context
  const canEncrypt = practice.canReplaceFile && practice.database.key === null
  return {
    encrypted: practice.database.key !== null,
    canEncrypt,
    keychainReady: canEncrypt && keychainKeyOf(context) !== undefined,
    previousFileKept: practice.canReplaceFile && existsSync(beforeEncryptionFile(practice.file))
  }
}

/** The key this computer's keychain keeps ready for a practice from before encryption (a passphrase file left beside it keeps it instead). */
function keychainKeyOf({ practice }: BackupContext): Buffer | undefined {
  return hasPassphrase(practice.file) ? undefined : practice.key
}

/** The key to encrypt with, and where it is kept: written before the practice is encrypted with it, and undone if it is not. */
interface KeyToEncryptWith {
  key: Buffer
  keep(): Promise<void>
  afterEncrypting(): void
  ifNotEncrypted(): void
}

function keyToEncryptWith(context: BackupContext, input: ChannelArgs<'backup:encrypt'>): KeyToEncryptWith {
  const { practice } = context
  if (!practice.canReplaceFile) throw new AppError('conflict', 'This practice is not stored in a file, so it cannot be encrypted.')
  if (practice.database.key) throw new AppError('conflict', 'Your practice is already encrypted.')
  if (input.passphrase === undefined) {
    const key = keychainKeyOf(context)
    if (!key) {
      throw new AppError('invalid_input', 'This computer offers no keychain to keep the practice key in: choose a passphrase to keep it instead.', 'passphrase')
    }
    return { key, keep: async () => {}, afterEncrypting: () => {}, ifNotEncrypted: () => {} }
  }
  const { passphrase } = input
  if (passphrase !== input.repeated) throw new AppError('invalid_input', 'The two passphrases are not the same: type the same one twice.', 'repeated')
  const key = practice.key ?? randomBytes(KEY_BYTES)
  return {
    key,
    // Written first: at start-up a passphrase file comes before the keychain, and a practice still plain opens as it is.
    keep: () => keepKeyByPassphrase(practice.file, key, passphrase),
    // As moving the key to a passphrase does: the keychain keeps it no more.
    afterEncrypting: () => {
      if (practice.keeper) rmSync(keyFileOf(practice.file, practice.keeper), { force: true })
    },
    ifNotEncrypted: () => forgetPassphrase(practice.file)
  }
}

/**
 * Writes an encrypted copy of the (closed) plain practice beside it and checks it: the
 * same data version, the same rows in every table, SQLite's whole integrity check, read
 * with the key. A copy that does not check out is deleted. Returns the copy's path.
 */
export function writeEncryptedCopy(file: string, key: Buffer, options: ReadOptions = {}): string {
  return writeCopyWithKey(file, encryptingFile(file), { from: undefined, to: key }, options)
}

/**
 * Writes `copy`, the (closed) practice at `file` read with the key `from` (none: a plain
 * practice) and rewritten page by page with the key `to`, and checks it against the
 * practice: the same data version, the same rows in every table, SQLite's whole integrity
 * check, read with `to`. A copy that does not check out is deleted.
 */
export function writeCopyWithKey(file: string, copy: string, keys: { from: Buffer | undefined; to: Buffer }, options: ReadOptions = {}): string {
  const before = { ...options, key: keys.from }
  removeDatabaseFiles(copy)
  try {
    const expected: Expected = withReadOnly(file, before, (sqlite) => ({ version: schemaVersion(sqlite), counts: tableCounts(sqlite) }))
    copyFileSync(file, copy)
    const sqlite = openSqlite(copy, { fileMustExist: true }, before)
    try {
      // The engine rewrites a database with a new key in the rollback-journal mode only.
      sqlite.pragma('journal_mode = DELETE')
      encryptInPlace(sqlite, keys.to)
    } finally {
      sqlite.close()
    }
    const difference = withReadOnly(copy, { ...options, key: keys.to }, (encrypted) => {
      if (encrypted.pragma('integrity_check', { simple: true }) !== 'ok') return 'the encrypted copy is damaged'
      return differenceFrom(encrypted, expected)
    })
    if (difference) throw new AppError('internal', `The encrypted copy did not check out (${difference}), so it was deleted. ${NOT_CHANGED}`)
    flushToDisk(copy)
    return copy
  } catch (error) {
    removeDatabaseFiles(copy)
    throw error
  }
}

/**
 * Swaps the checked encrypted copy in. The old file is first kept under another name
 * (a second link to it: nothing is copied), then the copy is renamed over the practice
 * in one step, so at every moment the practice's path holds a whole practice, plain or
 * encrypted, whatever stops the app.
 */
function swapIn(file: string, copy: string): void {
  const kept = beforeEncryptionFile(file)
  removeDatabaseFiles(kept)
  try {
    linkSync(file, kept)
  } catch {
    copyFileSync(file, kept) // A file system without hard links.
  }
  flushToDisk(dirname(file))
  for (const suffix of ['-wal', '-shm'] as const) rmSync(file + suffix, { force: true })
  renameSync(copy, file)
  flushToDisk(dirname(file))
}

/** Puts the plain practice back when the encrypted one would not open. */
function putBack(file: string): void {
  const kept = beforeEncryptionFile(file)
  if (existsSync(kept)) renameSync(kept, file)
  flushToDisk(dirname(file))
}

/**
 * Encrypts a practice from before encryption, in steps that each leave it whole: room on
 * the disk checked, a verified backup made, an encrypted copy written and checked
 * against the practice (rows in every table, integrity), swapped in, and the practice
 * reopened with its key. The old file is kept beside it until `forgetPlainPractice`.
 * The key is the keychain's, or one sealed by the passphrase the coach chose, written
 * before the practice is encrypted with it (and removed if it is not).
 */
export async function encryptPractice(door: DoorFor, context: BackupContext, input: ChannelArgs<'backup:encrypt'> = {}): Promise<{ backup: Backup }> {
  const { practice, log } = context
  const keeping = keyToEncryptWith(context, input)
  assertRoomToEncrypt(practice.file)
  const { key } = keeping
  let backup: Backup
  const started = performance.now()
  try {
    // The passphrase is checked (and its file written) before anything else is done.
    await keeping.keep()
    backup = await backUp(door, context, 'before-encryption')
    await practice.replaceFile(
      () => swapIn(practice.file, writeEncryptedCopy(practice.file, key, practice.readOptions)),
      () => putBack(practice.file),
      () => key
    )
    if (!practice.database.key) throw new AppError('internal', `The encrypted practice did not open, so the one before was put back. ${NOT_CHANGED}`)
  } catch (error) {
    if (!practice.database.key) keeping.ifNotEncrypted()
    throw error
  }
  keeping.afterEncrypting()
  log.info('practice.encrypted', { ms: Math.round(performance.now() - started), keptBy: input.passphrase === undefined ? 'keychain' : 'passphrase' })
  return { backup }
}

/** Once the coach has seen the encrypted practice work: the plain file kept beside it is deleted. */
export function forgetPlainPractice(context: BackupContext): EncryptionStatus {
  const { practice } = context
  if (!practice.database.key) throw new AppError('conflict', 'Your practice is not encrypted yet, so the file it replaces must stay.')
  removeDatabaseFiles(beforeEncryptionFile(practice.file))
  flushToDisk(dirname(practice.file))
  context.log.info('practice.plainCopyDeleted')
  return encryptionStatus(context)
}
