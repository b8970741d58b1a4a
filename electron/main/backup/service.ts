import { randomUUID } from 'node:crypto'
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { ChannelArgs, ChannelOutput } from '../../shared/contract'
import type { Backup, BackupKind, BackupStatus } from '../../shared/backup'
import type { DoorFor, Reader, Writer } from '../db/door'
import type { PracticeSession } from '../db/session'
import { AppError, storageErrorFor } from '../errors'
import type { Logger } from '../logging/logger'
import type { Platform } from '../platform'
import { writeSetting } from '../settings'
import { backupFileDetails, CHOOSE_BACKUP_DIALOG, isBackupName, listBackupFiles, pruneBackups } from './files'
import { adoptRecoveryKey, isLockedBackup, keepBackupsRecoverable } from './recoveryKey'
import { discardStaged, installStaged, refuseUnrestorable, stageBackupCopy } from './restore'
import { isBackupDue, nextBackupDue } from './schedule'
import {
  backupFolderOf,
  backupPreferences,
  backupRecord,
  defaultBackupFolder,
  readPreferences,
  readRecord,
  updateRecord
} from './settings'
import { BackupError, writeVerifiedBackup } from './snapshot'

export interface BackupContext {
  practice: PracticeSession
  platform: Platform
  log: Logger
  now?: () => Date
}

const nowOf = (context: BackupContext) => context.now?.() ?? new Date()

async function currentFolder(db: Reader, context: BackupContext): Promise<string> {
  return backupFolderOf(await readPreferences(db), context.practice.dataDir)
}

export async function backupStatus(db: Reader, context: BackupContext): Promise<BackupStatus> {
  const [preferences, record] = await Promise.all([readPreferences(db), readRecord(db)])
  return {
    practiceFile: context.practice.file,
    folder: backupFolderOf(preferences, context.practice.dataDir),
    isDefaultFolder: preferences.folder === null,
    keep: preferences.keep,
    interval: preferences.interval,
    lastBackupAt: record.lastBackupAt,
    nextBackupDueAt: nextBackupDue(record.lastBackupAt, preferences.interval)?.toISOString() ?? null,
    lastFailure: record.lastFailure
  }
}

export async function listBackups(db: Reader, context: BackupContext): Promise<{ items: Backup[] }> {
  return { items: listBackupFiles(await currentFolder(db, context)) }
}

/**
 * Makes a verified backup of the open practice, keeps the newest `keep` and records
 * the outcome for the settings screen. A failure is recorded and thrown as a message
 * the coach can act on.
 */
export async function backUp(door: DoorFor, context: BackupContext, kind: BackupKind): Promise<Backup> {
  const { practice, log } = context
  const preferences = await readPreferences(door.reader)
  const folder = backupFolderOf(preferences, practice.dataDir)
  const started = performance.now()
  let backup: Backup
  try {
    // Outside any transaction, so the copy never starts inside another call's.
    backup = await door.outsideTransaction((connection) =>
      writeVerifiedBackup(connection, { folder, kind, now: nowOf(context) }, practice.readOptions)
    )
  } catch (error) {
    const cause = error instanceof BackupError && error.cause ? error.cause : error
    const failure =
      storageErrorFor(cause, 'no backup was made', folder) ??
      new AppError(
        'internal',
        error instanceof BackupError
          ? `The backup did not work: ${error.reason}.`
          : 'The backup did not work, for a reason Coachbook did not expect.'
      )
    log.error('backup.failed', cause, { kind })
    await recordFailure(door, context, failure.message)
    throw failure
  }
  keepRecoverable(context, folder)
  await door.write((writer) => updateRecord(writer, { lastBackupAt: backup.createdAt, lastFailure: null }))
  log.info('backup.made', { kind, bytes: backup.sizeBytes, ms: Math.round(performance.now() - started), pruned: prune(context, folder, preferences.keep) })
  return backup
}

/**
 * Keeps the failure for the settings screen. On a full or failing disk even that write
 * may fail: the coach is still told why the backup failed, and the log says it was not kept.
 */
async function recordFailure(door: DoorFor, context: BackupContext, message: string): Promise<void> {
  try {
    await door.write((writer) => updateRecord(writer, { lastFailure: { at: nowOf(context).toISOString(), message } }))
  } catch (error) {
    context.log.error('backup.failureNotRecorded', error)
  }
}

/** A recovery file that cannot be written is logged: the backup itself is made and checked, and opens on this computer. */
function keepRecoverable(context: BackupContext, folder: string): void {
  try {
    keepBackupsRecoverable(folder, context.practice)
  } catch (error) {
    context.log.error('backup.recoveryFileFailed', error)
  }
}

/** Old backups that cannot be deleted are only logged: the new one is made and checked. */
function prune(context: BackupContext, folder: string, keep: number): number {
  try {
    return pruneBackups(folder, keep)
  } catch (error) {
    context.log.error('backup.pruneFailed', error)
    return 0
  }
}

/** The check the main process runs at start and every hour: backs up if the coach's schedule says so. Never throws. */
export async function runScheduledBackup(context: BackupContext): Promise<Backup | null> {
  try {
    const door = context.practice.database.door.for('backup:schedule')
    const [preferences, record] = await Promise.all([readPreferences(door.reader), readRecord(door.reader)])
    if (!isBackupDue(nowOf(context), record.lastBackupAt, preferences.interval)) return null
    return await backUp(door, context, 'scheduled')
  } catch {
    // Already recorded and logged by backUp; the schedule tries again in an hour.
    return null
  }
}

function assertWritable(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true })
    accessSync(folder, constants.W_OK)
  } catch {
    throw new AppError('invalid_input', `Coachbook cannot write to ${folder}. Choose a folder you can save files in.`)
  }
}

export async function chooseBackupFolder(door: DoorFor, context: BackupContext): Promise<BackupStatus> {
  const preferences = await readPreferences(door.reader)
  const chosen = await context.platform.chooseFolder({
    title: 'Choose where to keep backups',
    defaultPath: backupFolderOf(preferences, context.practice.dataDir)
  })
  if (chosen !== null) {
    assertWritable(chosen)
    const folder = chosen === defaultBackupFolder(context.practice.dataDir) ? null : chosen
    await door.write((writer) => writeSetting(writer, backupPreferences, { ...preferences, folder }))
    context.log.info('backup.folderChanged', { isDefault: folder === null })
  }
  return backupStatus(door.reader, context)
}

export async function updateBackupSettings(
  db: Writer,
  context: BackupContext,
  input: ChannelArgs<'backup:updateSettings'>
): Promise<BackupStatus> {
  await writeSetting(db, backupPreferences, { ...(await readPreferences(db)), ...input })
  return backupStatus(db, context)
}

/**
 * Files the coach picked to restore, by the id the screen names them with: only this run
 * of Coachbook's. One encrypted with another key carries it once its recovery key opened it.
 */
export type PickedFiles = Map<string, { file: string; key?: Buffer; recoverySecret?: Buffer }>

/**
 * The coach picks a backup file; it is read (never changed) and refused at once if it
 * is not a whole Coachbook practice. What it is and when it was made go back to the
 * screen, which asks the coach to confirm before `restoreBackup` names it by its id.
 */
export async function chooseBackupFile(context: BackupContext, picked: PickedFiles): Promise<ChannelOutput<'backup:chooseFile'>> {
  const file = await context.platform.chooseOpenFile(CHOOSE_BACKUP_DIALOG)
  if (file === null) return { status: 'cancelled' }
  let locked = false
  try {
    refuseUnrestorable(file, basename(file), { ...context.practice.readOptions, check: 'quick' })
  } catch (error) {
    // Made with another key, with its recovery file beside it: its recovery key opens it.
    locked = isLockedBackup(file, context)
    if (!locked) throw error
  }
  const fileId = randomUUID()
  picked.clear()
  picked.set(fileId, { file })
  return { status: locked ? 'locked' : 'chosen', fileId, backup: backupFileDetails(file) }
}

async function backupFileFor(
  db: Reader,
  context: BackupContext,
  picked: PickedFiles,
  input: ChannelArgs<'backup:restore'>
): Promise<{ file: string; key?: Buffer; recoverySecret?: Buffer }> {
  const { backupId, fileId } = input
  if ((backupId === undefined) === (fileId === undefined)) {
    throw new AppError('invalid_input', 'Choose one backup to restore: one from the list, or a file you picked.')
  }
  if (fileId !== undefined) {
    const entry = picked.get(fileId)
    if (!entry) throw new AppError('not_found', 'Pick the backup file again: Coachbook no longer has it in hand.', 'fileId')
    return entry
  }
  const file = join(await currentFolder(db, context), backupId!)
  if (!isBackupName(backupId!) || !existsSync(file)) {
    throw new AppError('not_found', 'That backup is no longer in the backup folder. It may have been moved or deleted.', 'backupId')
  }
  return { file }
}

/**
 * Replaces the practice with a backup. The backup is checked in full first, then the
 * current practice is itself backed up; only then is the file swapped and reopened.
 * The coach's backup settings are theirs, not the data's: they survive the restore.
 */
export async function restoreBackup(
  door: DoorFor,
  context: BackupContext,
  picked: PickedFiles,
  input: ChannelArgs<'backup:restore'>
): Promise<{ safetyBackup: Backup }> {
  const { practice, log } = context
  const source = await backupFileFor(door.reader, context, picked, input)
  if (!practice.canReplaceFile) throw new AppError('conflict', 'This practice is not stored in a file, so it cannot be restored.')

  const staged = stageBackupCopy(source.file, practice.file, practice.readOptions, source.key)
  try {
    const [preferences, record] = await Promise.all([readPreferences(door.reader), readRecord(door.reader)])
    // Opened with its recovery key: from now on that key opens the practice too.
    if (source.recoverySecret) await adoptRecoveryKey(door.reader, context, source.recoverySecret)
    const safetyBackup = await backUp(door, context, 'before-restore')
    const safetyFile = join(backupFolderOf(preferences, practice.dataDir), safetyBackup.id)
    await practice.replaceFile(
      () => installStaged(staged, practice.file),
      () => installStaged(stageBackupCopy(safetyFile, practice.file, practice.readOptions), practice.file)
    )
    // Through the restored practice's own door: the one this call came in by is closed.
    await practice.database.door.write(door.origin, async (restored) => {
      await writeSetting(restored, backupPreferences, preferences)
      await writeSetting(restored, backupRecord, { ...record, lastBackupAt: safetyBackup.createdAt, lastFailure: null })
    })
    log.info('backup.restored', { fromList: Boolean(input.backupId) })
    return { safetyBackup }
  } catch (error) {
    log.error('backup.restoreFailed', error)
    throw error
  } finally {
    discardStaged(staged)
  }
}
