import { closeSync, constants, copyFileSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import type { Backup, BackupKind } from '../../shared/backup'
import { openSqlite } from '../db/engine'
import { storedPagesAreSound, storedTables, withReadOnly, type ReadOptions } from '../db/diagnose'
import { schemaVersion } from '../db/migrator'
import { errorCodeOf, storageTroubleOf } from '../errors'
import { freeBackupName, parseBackupName, partialPathFor, removePartialBackups } from './files'

/** A backup that could not be made or did not check out; `reason` is plain words for the coach. */
export class BackupError extends Error {
  constructor(
    readonly reason: string,
    cause?: unknown
  ) {
    super(reason, { cause })
    this.name = 'BackupError'
  }
}

export type TableCounts = Record<string, number>

/** Rows per stored table: what a copy must hold to be the same practice (the search index is counted in its own tables). */
export function tableCounts(sqlite: Database.Database): TableCounts {
  const tables = storedTables(sqlite).filter((table) => !table.startsWith('sqlite_'))
  return Object.fromEntries(
    tables.map((table) => [table, sqlite.prepare(`SELECT count(*) FROM "${table.replaceAll('"', '""')}"`).pluck().get() as number])
  )
}

export interface Expected {
  version: number
  counts: TableCounts
}

/** Why a copy is not the practice it was made from, or null when it is. */
export function differenceFrom(sqlite: Database.Database, expected: Expected): string | null {
  if (!storedPagesAreSound(sqlite)) return 'the copy is damaged'
  if (schemaVersion(sqlite) !== expected.version) return 'the copy has another data version'
  const counts = tableCounts(sqlite)
  const tables = new Set([...Object.keys(counts), ...Object.keys(expected.counts)])
  for (const table of tables) {
    if (counts[table] !== expected.counts[table]) return 'the copy does not hold the same number of records'
  }
  return null
}

/** Plain words for what went wrong writing into a folder. */
export function reasonFor(error: unknown, folder: string): string {
  const code = errorCodeOf(error)
  const trouble = storageTroubleOf(error)
  if (trouble === 'disk_full') return `the disk holding ${folder} is full`
  if (trouble === 'storage_failure') return `the disk holding ${folder} failed to write it (a storage failure)`
  if (['EACCES', 'EPERM', 'EROFS', 'SQLITE_READONLY', 'SQLITE_CANTOPEN'].includes(code)) {
    return `Coachbook is not allowed to write to ${folder}`
  }
  if (code === 'EEXIST' || code === 'ENOTDIR') return `${folder} is a file, not a folder: choose another backup folder`
  if (code === 'ENOENT') return `the folder ${folder} cannot be reached (is its drive connected?)`
  return `the copy could not be written to ${folder}`
}

/** Forces a file (or a folder's list of files) onto the disk, so a power cut cannot undo it. */
export function flushToDisk(path: string): void {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch {
    return // Windows cannot open a folder this way; its renames are already durable.
  }
  try {
    fsyncSync(fd)
  } catch {
    // Some file systems do not sync folders; the file itself was synced.
  } finally {
    closeSync(fd)
  }
}

interface Checkpoint {
  busy: number
  log: number
  checkpointed: number
}

/**
 * Writes a copy of the database to `destination`, a file complete in itself (no journal
 * beside it, ever). A practice in a file is copied as the file, once its journal is
 * folded into it: at the speed of the disk, or at once where the file system clones
 * files; the copy is then switched out of the journal mode the practice uses. If another
 * program holds the journal open, so that not all of it could be folded in, VACUUM INTO
 * writes the copy from the database instead.
 */
function copyDatabase(sqlite: Database.Database, destination: string, options: ReadOptions): void {
  if (!sqlite.memory) {
    const [checkpoint] = sqlite.pragma('wal_checkpoint(PASSIVE)') as Checkpoint[]
    if (checkpoint && checkpoint.busy === 0 && checkpoint.log === checkpoint.checkpointed) {
      copyFileSync(sqlite.name, destination, constants.COPYFILE_FICLONE)
      const copy = openSqlite(destination, { fileMustExist: true }, options)
      try {
        copy.pragma('journal_mode = DELETE')
      } finally {
        copy.close()
      }
      return
    }
  }
  sqlite.prepare('VACUUM INTO ?').run(destination)
}

export interface BackupTarget {
  folder: string
  kind: BackupKind
  now: Date
}

/**
 * Copies the open database into the folder and keeps the copy only if it checks out:
 * written under a temporary name, verified (every stored page, data version, rows in
 * every table), flushed to disk and only then renamed into place. A copy that
 * fails the check is deleted and a BackupError says why. Synchronous from the counts to
 * the copy, so no write can slip in between.
 */
export function writeVerifiedBackup(sqlite: Database.Database, target: BackupTarget, options: ReadOptions = {}): Backup {
  const { folder, kind, now } = target
  let partial: string | null = null
  try {
    mkdirSync(folder, { recursive: true })
    removePartialBackups(folder)
    const name = freeBackupName(folder, kind, now)
    partial = partialPathFor(folder, name)
    const expected: Expected = { version: schemaVersion(sqlite), counts: tableCounts(sqlite) }
    copyDatabase(sqlite, partial, options)
    const difference = withReadOnly(partial, options, (copy) => differenceFrom(copy, expected))
    if (difference) throw new BackupError(`${difference} when checked, so it was deleted. Your practice itself is unchanged`)
    flushToDisk(partial)
    const final = join(folder, name)
    renameSync(partial, final)
    partial = null
    flushToDisk(folder)
    return { id: name, ...parseBackupName(name)!, sizeBytes: statSync(final).size }
  } catch (error) {
    if (partial) rmSync(partial, { force: true })
    if (error instanceof BackupError) throw error
    throw new BackupError(reasonFor(error, folder), error)
  }
}
