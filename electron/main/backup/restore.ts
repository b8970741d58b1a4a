import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import { diagnosePractice, type ProblemKind, type ReadOptions } from '../db/diagnose'
import { AppError } from '../errors'
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
  unreadable: 'Coachbook cannot read it'
}

function removeWithCompanions(file: string): void {
  for (const suffix of ['', ...COMPANIONS]) rmSync(file + suffix, { force: true })
}

/**
 * Copies a backup beside the practice file (so the final rename stays on one disk) and
 * checks the copy in full: a whole, undamaged Coachbook practice this version can open.
 * The chosen file itself is only read. Returns the staged copy.
 */
export function stageBackupCopy(source: string, practiceFile: string, options: ReadOptions = {}): string {
  const staged = `${practiceFile}.restoring`
  removeWithCompanions(staged)
  try {
    copyFileSync(source, staged)
  } catch {
    throw new AppError('not_found', `Coachbook cannot read ${basename(source)}. Check that it is still there and its drive is connected.`)
  }
  const diagnosis = diagnosePractice(staged, { ...options, check: 'full' })
  if (diagnosis.state === 'healthy') return staged
  removeWithCompanions(staged)
  const reason = diagnosis.state === 'problem' ? (CANNOT_RESTORE[diagnosis.problem.kind] ?? 'it cannot be opened') : 'it is missing'
  throw new AppError('invalid_input', `${basename(source)} cannot be restored: ${reason}. Your practice was not changed.`)
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
 * Restores over a practice that cannot be opened: the damaged file (and its journal) is
 * first copied aside byte for byte, as `<file>.damaged-<time>`, for a specialist to
 * recover what they can. Returns that copy's path, or null when there was no file.
 */
export function restoreOverDamaged(practiceFile: string, source: string, now: Date, options: ReadOptions = {}): string | null {
  const staged = stageBackupCopy(source, practiceFile, options)
  try {
    const aside = `${practiceFile}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`
    let keptAside = false
    for (const suffix of ['', '-wal', '-shm'] as const) {
      if (!existsSync(practiceFile + suffix)) continue
      copyFileSync(practiceFile + suffix, aside + suffix)
      flushToDisk(aside + suffix)
      keptAside = true
    }
    installStaged(staged, practiceFile)
    return keptAside ? aside : null
  } finally {
    discardStaged(staged)
  }
}
