import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import { diagnosePractice, type DiagnoseOptions, type ProblemKind, type ReadOptions } from '../db/diagnose'
import { encryptInPlace, openSqlite } from '../db/engine'
import { AppError, storageErrorFor } from '../errors'
import { flushToDisk } from './snapshot'

const COMPANIONS = ['-wal', '-shm', '-journal'] as const

/** Why a chosen file cannot be restored, in the words of the restore dialog. */
const CANNOT_RESTORE: Partial<Record<ProblemKind, string>> = {
  empty: 'it is empty',
  not_sqlite: 'it is not a Coachbook backup',
  not_coachbook: 'it is not a Coachbook backup',
  damaged: 'it is damaged',
  too_new: 'it was made by a newer version of Coachbook: update Coachbook first',
  locked: 'another program is using it',
  storage_failure: 'the disk failed to read it',
  unreadable: 'Coachbook cannot read it',
  cannot_decrypt:
    "this practice's key does not open it (it is encrypted with another key), or it is not a Coachbook backup. To open it with its recovery key, put the coachbook.recovery.json of its backup folder beside it, and pick it again"
}

/**
 * Refuses, in the coach's words, a file that is not a whole Coachbook practice this
 * version can open. The file is only read. `check` 'quick' reads every stored page (to
 * refuse a wrong file at once); 'full' is SQLite's whole integrity check, run on the
 * copy that will take the practice's place. `name` is how the coach knows the file.
 */
export function refuseUnrestorable(file: string, name: string, options: DiagnoseOptions): void {
  const diagnosis = diagnosePractice(file, options)
  if (diagnosis.state === 'healthy') return
  const reason = diagnosis.state === 'problem' ? (CANNOT_RESTORE[diagnosis.problem.kind] ?? 'it cannot be opened') : 'it is missing'
  throw new AppError('invalid_input', `${name} cannot be restored: ${reason}. Your practice was not changed.`)
}

function removeWithCompanions(file: string): void {
  for (const suffix of ['', ...COMPANIONS]) rmSync(file + suffix, { force: true })
}

/**
 * Copies a backup beside the practice file (so the final rename stays on one disk) and
 * checks the copy in full: a whole, undamaged Coachbook practice this version can open.
 * The chosen file itself is only read. Returns the staged copy.
 */
export function stageBackupCopy(source: string, practiceFile: string, options: ReadOptions = {}, sourceKey?: Buffer): string {
  const staged = `${practiceFile}.restoring`
  removeWithCompanions(staged)
  try {
    copyFileSync(source, staged)
  } catch (error) {
    removeWithCompanions(staged)
    throw (
      storageErrorFor(error, `${basename(source)} could not be copied beside your practice, which was not changed`, dirname(practiceFile)) ??
      new AppError('not_found', `Coachbook cannot read ${basename(source)}. Check that it is still there and its drive is connected.`)
    )
  }
  try {
    if (sourceKey && !sourceKey.equals(options.key ?? Buffer.alloc(0))) {
      refuseUnrestorable(staged, basename(source), { ...options, key: sourceKey, check: 'quick' })
      rekeyCopy(staged, sourceKey, options)
    }
    refuseUnrestorable(staged, basename(source), { ...options, check: 'full' })
  } catch (error) {
    removeWithCompanions(staged)
    throw error
  }
  return staged
}

/**
 * A backup made with another key (on another computer, opened with its recovery key) is
 * given the practice's key, page by page, so the practice keeps the key this computer
 * keeps for it. Only the staged copy is rewritten; the backup itself is only read.
 */
function rekeyCopy(staged: string, sourceKey: Buffer, options: ReadOptions): void {
  if (!options.key) {
    throw new AppError('conflict', 'This practice is not encrypted on this computer, so a backup encrypted with another key cannot take its place here. Your practice was not changed.')
  }
  const sqlite = openSqlite(staged, { fileMustExist: true }, { ...options, key: sourceKey })
  try {
    // A backup is in the rollback-journal mode, the only one in which the engine rewrites a database with a new key.
    sqlite.pragma('journal_mode = DELETE')
    encryptInPlace(sqlite, options.key)
  } finally {
    sqlite.close()
  }
}

/**
 * Puts the staged copy in place of the practice file, with its connection closed. The
 * rename replaces the file in one step, so the path always holds a whole practice; the
 * old journal goes first, because SQLite would replay it into the new file.
 */
export function installStaged(staged: string, practiceFile: string): void {
  for (const suffix of COMPANIONS) rmSync(practiceFile + suffix, { force: true })
  renameSync(staged, practiceFile)
  flushToDisk(dirname(practiceFile))
}

export function discardStaged(staged: string): void {
  if (existsSync(staged)) removeWithCompanions(staged)
}

/**
 * Restores over a practice that was refused at start-up: the file (and its journal) is
 * first copied aside byte for byte, as `<file>.damaged-<time>` for a specialist to
 * recover what they can, or `<file>.replaced-<time>` when it still opened. Returns that
 * copy's path, or null when there was no file.
 */
export function restoreOverProblem(
  practiceFile: string,
  source: string,
  aside: { now: Date; stillOpens: boolean },
  options: ReadOptions = {}
): string | null {
  const staged = stageBackupCopy(source, practiceFile, options)
  try {
    const keptAs = `${practiceFile}.${aside.stillOpens ? 'replaced' : 'damaged'}-${aside.now.toISOString().replace(/[:.]/g, '-')}`
    let keptAside = false
    for (const suffix of ['', '-wal', '-shm'] as const) {
      if (!existsSync(practiceFile + suffix)) continue
      copyFileSync(practiceFile + suffix, keptAs + suffix)
      flushToDisk(keptAs + suffix)
      keptAside = true
    }
    installStaged(staged, practiceFile)
    return keptAside ? keptAs : null
  } finally {
    discardStaged(staged)
  }
}
