import { existsSync, statSync, unlinkSync } from 'node:fs'
import type Database from 'better-sqlite3-multiple-ciphers'
import { errorCodeOf, storageTroubleOf } from '../errors'
import { openSqlite, type EngineOptions } from './engine'
import { MIGRATIONS } from './migrations'
import { DatabaseTooNewError, latestVersion, migrate, schemaVersion } from './migrator'

/** Why a practice file cannot be opened. Every kind leaves the file exactly as it was. */
export type ProblemKind =
  | 'empty'
  | 'not_sqlite'
  | 'not_coachbook'
  | 'damaged'
  | 'locked'
  | 'disk_full'
  | 'storage_failure'
  | 'too_new'
  | 'unreadable'
  | 'missing_with_journal'
  | 'cannot_create'
  | 'backup_failed'
  | 'upgrade_failed'
  | 'cannot_decrypt'

export interface PracticeProblem {
  kind: ProblemKind
  /** The practice file, named in the message. */
  file: string
  /** One line for a dialog's title. */
  title: string
  /** What is wrong and what the coach can do, naming the file. */
  message: string
}

export type Diagnosis =
  | { state: 'missing' }
  /** `encrypted` false: a practice from before encryption, read without the key. */
  | { state: 'healthy'; version: number; encrypted: boolean }
  | { state: 'problem'; problem: PracticeProblem }

export interface ReadOptions extends EngineOptions {
  /** How long to wait for another program to let go of the file. */
  busyTimeoutMs?: number
}

export interface DiagnoseOptions extends ReadOptions {
  /** 'quick' (every stored table's pages, on every open) or 'full' (integrity_check, for restoring a backup). */
  check?: 'quick' | 'full'
}

const UNCHANGED = 'Coachbook has not changed it.'
const NEXT_STEPS = 'Restore your practice from a backup, or open another practice.'

export function problem(kind: ProblemKind, file: string, detail?: string): PracticeProblem {
  const say = (title: string, message: string): PracticeProblem => ({ kind, file, title, message })
  switch (kind) {
    case 'empty':
      return say('Your practice file is empty', `The practice file ${file} is empty (0 bytes): what it held was lost, perhaps when the disk filled up or the computer lost power. ${UNCHANGED} ${NEXT_STEPS}`)
    case 'not_sqlite':
      return say('This is not a Coachbook practice', `The file ${file} is not a Coachbook practice: it is not a database at all, perhaps another file saved under this name, or its beginning was overwritten. ${UNCHANGED} ${NEXT_STEPS}`)
    case 'not_coachbook':
      return say('This is not a Coachbook practice', `The file ${file} is a database, but not a Coachbook practice: it does not hold Coachbook's tables. ${UNCHANGED} ${NEXT_STEPS}`)
    case 'damaged':
      return say('Your practice file is damaged', `The practice file ${file} is damaged: the database cannot read it whole, or its own check found errors in it (its end may have been cut off while it was copied or synced). ${UNCHANGED} ${NEXT_STEPS}`)
    case 'locked':
      return say('Your practice is in use', `The practice file ${file} is in use by another program (another copy of Coachbook, a backup or a sync tool?), which did not let go of it in time. ${UNCHANGED} Close that program and try again.`)
    case 'disk_full':
      return say('The disk is full', `The disk that holds ${file} is full, and Coachbook needs a little space beside the practice to open or update it. ${UNCHANGED} Free some space on that disk, then try again.`)
    case 'storage_failure':
      return say('The disk failed to read your practice', `The disk that holds ${file} failed to read or write it (a storage failure). ${UNCHANGED} Check that the drive is connected and working, then try again; if it keeps failing, copy the practice and your backups to another drive.`)
    case 'too_new':
      return say('Your practice needs a newer Coachbook', `${file}: ${detail ?? 'This data file was written by a newer version of Coachbook.'}`)
    case 'unreadable':
      return say('Your practice file cannot be read', `Coachbook cannot read the practice file ${file}: it may not have permission to, or the drive it is on is not connected. ${UNCHANGED} Check the file and its drive, then try again.`)
    case 'missing_with_journal':
      return say('Your practice file is missing', `The practice file ${file} is missing, but its journal (${file}-wal) is still there: the file was probably moved or deleted while Coachbook had it open. Coachbook has not created a new one over it. Put the file back, restore from a backup, or open another practice.`)
    case 'cannot_create':
      return say('A new practice cannot be created here', `Coachbook cannot create a practice file at ${file}: the folder cannot be written to, or its drive is not connected. Check the folder, or open another practice.`)
    case 'backup_failed':
      return say('Your practice could not be copied before updating it', `Coachbook needs to update ${file} for this version and copies it first, but the copy could not be made: ${detail ?? 'the backup folder could not be written to'}. ${UNCHANGED} Free some space or choose another backup folder, then try again.`)
    case 'cannot_decrypt':
      return say('Your practice cannot be unlocked', `Coachbook cannot read the practice file ${file} with this computer's key for it: the file is encrypted with another key (a practice copied from another computer opens only with its own key), or it is not a Coachbook practice at all. ${UNCHANGED} ${NEXT_STEPS}`)
    case 'upgrade_failed':
      return say('Your practice could not be updated', `Coachbook could not update ${file} for this version. ${UNCHANGED} A copy was saved in the backup folder before trying. Restart Coachbook to try again; if it keeps failing, restore from a backup or contact support.`)
  }
}

/** What SQLite or the system said when the file could not be opened or read, as the problem the coach is shown. */
export function kindOfOpenError(error: unknown): ProblemKind {
  const code = errorCodeOf(error)
  const trouble = storageTroubleOf(error)
  if (trouble === 'busy' || code.startsWith('SQLITE_LOCKED')) return 'locked'
  if (trouble) return trouble
  if (code === 'SQLITE_NOTADB') return 'not_sqlite'
  if (code.startsWith('SQLITE_CORRUPT')) return 'damaged'
  if (/^SQLITE_(CANTOPEN|PERM|READONLY|AUTH)|^E(ACCES|PERM|NXIO|ROFS|ISDIR)$/.test(code)) return 'unreadable'
  return 'damaged'
}

const expectedTablesByVersion = new Map<number, Set<string>>()

function userTables(sqlite: Database.Database): Set<string> {
  const rows = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
    .pluck()
    .all() as string[]
  return new Set(rows)
}

/** The tables a practice at this version has, found by running its migrations on an empty database. */
function expectedTables(version: number, options: ReadOptions): Set<string> {
  const known = expectedTablesByVersion.get(version)
  if (known) return known
  const scratch = openSqlite(':memory:', {}, { nativeBinding: options.nativeBinding })
  try {
    migrate(scratch, MIGRATIONS.slice(0, version))
    const tables = userTables(scratch)
    expectedTablesByVersion.set(version, tables)
    return tables
  } finally {
    scratch.close()
  }
}

function isCoachbookPractice(sqlite: Database.Database, version: number, options: ReadOptions): boolean {
  if (version < 1) return false
  const present = userTables(sqlite)
  return [...expectedTables(version, options)].every((table) => present.has(table))
}

const COMPANIONS = ['-wal', '-shm'] as const

/**
 * Opens a file read-only, with no way to create it, and afterwards removes the empty
 * -wal and -shm files SQLite makes beside a WAL database even when only reading, so
 * the folder is left as it was found.
 */
export function withReadOnly<T>(file: string, options: ReadOptions, use: (sqlite: Database.Database) => T): T {
  const existed = COMPANIONS.filter((suffix) => existsSync(file + suffix))
  const sqlite = openSqlite(file, { readonly: true, fileMustExist: true, timeout: options.busyTimeoutMs ?? 5000 }, options)
  try {
    return use(sqlite)
  } finally {
    sqlite.close()
    removeCompanionsWeMade(file, existed)
  }
}

function removeCompanionsWeMade(file: string, existed: readonly string[]): void {
  const wal = file + '-wal'
  // A journal with content holds committed writes: it is never ours to remove.
  if (!existed.includes('-wal') && existsSync(wal) && statSync(wal).size > 0) return
  for (const suffix of COMPANIONS) {
    if (!existed.includes(suffix) && existsSync(file + suffix)) unlinkSync(file + suffix)
  }
}

function saysOk(rows: unknown): boolean {
  const found = rows as Record<string, string>[]
  return found.length === 1 && Object.values(found[0] ?? {})[0] === 'ok'
}

/** Every table that is stored in the file (the schema's own included); not the search index's virtual tables. */
export function storedTables(sqlite: Database.Database): string[] {
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")
    .pluck()
    .all() as string[]
  return ['sqlite_schema', ...tables]
}

/**
 * Every page of every stored table and index read and its structure checked, one table
 * at a time: on every open, and for every backup. A whole-file quick_check would also
 * re-read the search index word by word against its text (FTS5's own check), which is
 * most of the time it takes on a large practice (1.3 s of 1.5 s) and guards only data
 * that can be rebuilt; the index's pages are still checked here, as the tables they are
 * stored in.
 */
export function storedPagesAreSound(sqlite: Database.Database): boolean {
  return storedTables(sqlite).every((table) => saysOk(sqlite.pragma(`quick_check("${table.replaceAll('"', '""')}")`)))
}

/** 'quick' is storedPagesAreSound; 'full' (integrity_check, for restoring a backup) checks everything. */
function checkResult(sqlite: Database.Database, check: 'quick' | 'full'): boolean {
  return check === 'full' ? saysOk(sqlite.pragma('integrity_check')) : storedPagesAreSound(sqlite)
}

/** Reads the file without writing a byte and says whether it is a healthy practice Coachbook can open. */
function inspect(file: string, options: DiagnoseOptions): Diagnosis {
  return withReadOnly(file, options, (sqlite): Diagnosis => {
    const version = schemaVersion(sqlite)
    const appVersion = latestVersion(MIGRATIONS)
    if (version > appVersion) {
      return { state: 'problem', problem: problem('too_new', file, new DatabaseTooNewError(version, appVersion).message) }
    }
    if (!checkResult(sqlite, options.check ?? 'quick')) return { state: 'problem', problem: problem('damaged', file) }
    if (!isCoachbookPractice(sqlite, version, options)) return { state: 'problem', problem: problem('not_coachbook', file) }
    return { state: 'healthy', version, encrypted: options.key !== undefined }
  })
}

/**
 * A writer killed in the middle of a transaction in the rollback-journal mode (a restored
 * backup is in it until the app opens it) leaves a hot journal, which only a connection
 * that may write can roll back: read-only, SQLite answers SQLITE_READONLY_ROLLBACK. That
 * is SQLite's own crash recovery, which any program opening the file does first, and it
 * puts back the last committed state; it is the one change made before the file is judged.
 */
function inspectAfterRecovery(file: string, options: DiagnoseOptions): Diagnosis {
  try {
    return inspect(file, options)
  } catch (error) {
    if (errorCodeOf(error) !== 'SQLITE_READONLY_ROLLBACK') throw error
    recoverFromCrash(file, options)
    return inspect(file, options)
  }
}

function recoverFromCrash(file: string, options: ReadOptions): void {
  const sqlite = openSqlite(file, { fileMustExist: true, timeout: options.busyTimeoutMs ?? 5000 }, options)
  try {
    // The first read finds the hot journal and rolls it back.
    sqlite.pragma('schema_version')
  } finally {
    sqlite.close()
  }
}

function sizeOrMissing(file: string): number | 'missing' | 'not_a_file' {
  try {
    const stats = statSync(file)
    return stats.isFile() ? stats.size : 'not_a_file'
  } catch (error) {
    if (errorCodeOf(error) === 'ENOENT') return 'missing'
    throw error
  }
}

function hasJournal(file: string): boolean {
  const journal = file + '-wal'
  return existsSync(journal) && statSync(journal).size > 0
}

/**
 * Says what is at `file` without changing it: nothing yet, a healthy practice (and its
 * schema version), or a problem the coach can act on. Whether the file is sound is
 * SQLite's answer, never a reading of its bytes: the main file alone can be shorter
 * than the database (after a kill in the middle of a checkpoint, or a disk that filled
 * up) while its journal holds the rest, and SQLite reads the two as one. So a practice
 * is refused only when SQLite cannot open it or its page check fails.
 */
export function diagnosePractice(file: string, options: DiagnoseOptions = {}): Diagnosis {
  const fail = (kind: ProblemKind): Diagnosis => ({ state: 'problem', problem: problem(kind, file) })
  try {
    const size = sizeOrMissing(file)
    if (size === 'missing') return hasJournal(file) ? fail('missing_with_journal') : { state: 'missing' }
    if (size === 'not_a_file') return fail('unreadable')
    // SQLite would take an empty file for a new, empty database; it is a practice that lost everything.
    if (size === 0 && !hasJournal(file)) return fail('empty')
    return inspectWithKey(file, options)
  } catch (error) {
    return fail(kindOfOpenError(error))
  }
}

/**
 * With a key, a file the engine cannot read ("not a database") is tried once more
 * without it: a practice from before encryption opens as it is (and is offered
 * encryption). A file that neither reads is one the key does not open.
 */
function inspectWithKey(file: string, options: DiagnoseOptions): Diagnosis {
  if (!options.key) return inspectAfterRecovery(file, options)
  try {
    return inspectAfterRecovery(file, options)
  } catch (error) {
    if (errorCodeOf(error) !== 'SQLITE_NOTADB') throw error
    try {
      return inspectAfterRecovery(file, { ...options, key: undefined })
    } catch (plainError) {
      if (errorCodeOf(plainError) === 'SQLITE_NOTADB') return { state: 'problem', problem: problem('cannot_decrypt', file) }
      throw plainError
    }
  }
}
