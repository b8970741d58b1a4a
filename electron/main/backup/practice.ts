import { mkdirSync, renameSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Backup } from '../../shared/backup'
import type { UpgradeProgress } from '../../shared/upgrade'
import { openDatabase, type AppDatabase } from '../db/connection'
import { diagnosePractice, problem, kindOfOpenError, type PracticeProblem, type ReadOptions } from '../db/diagnose'
import { MIGRATIONS } from '../db/migrations'
import { latestVersion } from '../db/migrator'
import { AppError, storageTroubleOf } from '../errors'
import { pruneBackups } from './files'
import { backupFolderOf, preferencesFromConnection } from './settings'
import { BackupError, flushToDisk, writeVerifiedBackup } from './snapshot'

export interface PracticeOptions extends ReadOptions {
  now?: () => Date
  /** Hears how far an update of the practice to this version has got (the copy first, then each step). */
  onProgress?: (progress: UpgradeProgress) => void
}

export type PracticeOpening =
  | {
      ok: true
      database: AppDatabase
      /** True when there was no file and a new, empty practice was made. */
      created: boolean
      /** Set when the file was brought up to this version, with the copy made just before. */
      upgrade: { from: number; to: number; backup: Backup } | null
    }
  | { ok: false; problem: PracticeProblem; cause?: unknown }

/**
 * A new practice is made under a temporary name and renamed into place, so a crash
 * part-way never leaves an empty or half-made file where the practice should be.
 */
function createPractice(file: string, options: PracticeOptions): AppDatabase {
  mkdirSync(dirname(file), { recursive: true })
  const fresh = `${file}.new`
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(fresh + suffix, { force: true })
  // With a key, encrypted from the first byte written.
  const engine = { nativeBinding: options.nativeBinding, key: options.key }
  const made = openDatabase(fresh, engine)
  // Closing the last connection folds the journal into the file and removes it.
  made.sqlite.close()
  renameSync(fresh, file)
  flushToDisk(dirname(file))
  return openDatabase(file, { ...engine, fileMustExist: true })
}

/** Old backups that cannot be deleted now stay until the next backup: not a reason to refuse the update. */
function keepNewest(folder: string, keep: number): void {
  try {
    pruneBackups(folder, keep)
  } catch {
    // Left for the next backup to prune.
  }
}

/**
 * Opens the practice at `file`, never harming what is there:
 * - no file yet: a new practice is created (the only case that creates anything);
 * - a healthy practice: opened; if it is from an older version, a verified backup is
 *   made into the backup folder before it is updated;
 * - anything else (empty, not SQLite, not Coachbook's, damaged, locked,
 *   from a newer version): the file is only ever read, and a problem naming it is returned.
 */
export function openPractice(file: string, options: PracticeOptions = {}): PracticeOpening {
  const diagnosis = diagnosePractice(file, options)
  if (diagnosis.state === 'problem') return { ok: false, problem: diagnosis.problem }
  if (diagnosis.state === 'missing') {
    try {
      return { ok: true, database: createPractice(file, options), created: true, upgrade: null }
    } catch (cause) {
      return { ok: false, problem: problem(storageTroubleOf(cause) ? kindOfOpenError(cause) : 'cannot_create', file), cause }
    }
  }

  const progress: { phase: 'open' | 'backup' | 'upgrade'; backup: Backup | null } = { phase: 'open', backup: null }
  // A practice from before encryption is opened (and backed up) as it is, without the key.
  const used: PracticeOptions = diagnosis.encrypted ? options : { ...options, key: undefined }
  try {
    const database = openDatabase(file, {
      nativeBinding: options.nativeBinding,
      key: used.key,
      busyTimeoutMs: options.busyTimeoutMs,
      fileMustExist: true,
      onUpgradeStep: (done, total) => options.onProgress?.({ phase: 'upgrade', done, total }),
      beforeUpgrade: (sqlite) => {
        progress.phase = 'backup'
        options.onProgress?.({ phase: 'backup' })
        const preferences = preferencesFromConnection(sqlite)
        const folder = backupFolderOf(preferences, dirname(file))
        progress.backup = writeVerifiedBackup(sqlite, { folder, kind: 'before-upgrade', now: options.now?.() ?? new Date() }, used)
        progress.phase = 'upgrade'
        keepNewest(folder, preferences.keep)
      }
    })
    const { backup } = progress
    const upgrade = backup ? { from: diagnosis.version, to: latestVersion(MIGRATIONS), backup } : null
    return { ok: true, database, created: false, upgrade }
  } catch (cause) {
    const { phase } = progress
    if (phase === 'backup') {
      const reason = cause instanceof BackupError ? cause.reason : 'the copy could not be written'
      return { ok: false, problem: problem('backup_failed', file, reason), cause }
    }
    // A full or failing disk is said as such: the update's one transaction left the file as it was.
    const kind = phase === 'upgrade' && !storageTroubleOf(cause) ? 'upgrade_failed' : kindOfOpenError(cause)
    return { ok: false, problem: problem(kind, file), cause }
  }
}

/** Opens a practice that must open (after a restore put a checked copy in place); a problem becomes an error. */
export function reopenPractice(file: string, options: PracticeOptions = {}): AppDatabase {
  const opening = openPractice(file, options)
  if (!opening.ok) throw new AppError('internal', opening.problem.message)
  return opening.database
}
