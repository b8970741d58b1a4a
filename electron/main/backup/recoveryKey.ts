import { existsSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import type { ChannelArgs, ChannelOutput } from '../../shared/contract'
import type { EncryptionState } from '../../shared/encryption'
import { diagnosePractice } from '../db/diagnose'
import type { Reader } from '../db/door'
import type { PracticeSession } from '../db/session'
import { formatRecoveryKey, newRecoverySecret, parseRecoveryKey } from '../db/recoveryKey'
import { keepRecoveryRecord, keysOpenedBy, recoveryFileIn, recoveryRecordOf, sealForRecovery } from '../db/recoveryRecords'
import { AppError } from '../errors'
import { backupFileDetails } from './files'
import { keptBy } from './passphrase'
import type { BackupContext, PickedFiles } from './service'
import { backupFolderOf, readPreferences } from './settings'

/**
 * The practice's recovery key: made once and shown once, it opens the practice and its
 * backups on another computer (db/recoveryRecords.ts keeps the practice key sealed by it
 * beside the practice and in the backup folder).
 */

function practiceKeyOf(practice: PracticeSession): Buffer | null {
  return practice.canReplaceFile ? practice.database.key : null
}

export function encryptionState(context: BackupContext): EncryptionState {
  const key = practiceKeyOf(context.practice)
  return {
    encrypted: context.practice.database.key !== null,
    recoveryKeyMadeAt: key ? (recoveryRecordOf(context.practice.dataDir, key)?.createdAt ?? null) : null,
    keptBy: keptBy(context),
    keychainAvailable: context.practice.keeper !== undefined
  }
}

/**
 * A new recovery key for the practice: the practice key sealed by it is kept beside the
 * practice (in place of the one before) and in the backup folder, and the key itself is
 * answered, never kept.
 */
export async function makeRecoveryKey(db: Reader, context: BackupContext): Promise<ChannelOutput<'encryption:makeRecoveryKey'>> {
  const { practice, log } = context
  const key = practiceKeyOf(practice)
  if (!key) throw new AppError('conflict', 'Your practice is not encrypted yet: encrypt it first, then make its recovery key.')
  const secret = newRecoverySecret()
  const record = await sealForRecovery(key, secret, context.now?.() ?? new Date())
  keepRecoveryRecord(practice.dataDir, record, { only: true })
  keepRecoveryRecord(backupFolderOf(await readPreferences(db), practice.dataDir), record)
  log.info('encryption.recoveryKeyMade')
  return { recoveryKey: formatRecoveryKey(secret), madeAt: record.createdAt }
}

/**
 * After each backup: the backup folder's recovery file holds the practice key's record,
 * so the backups in it open with the recovery key alone (a folder chosen since, too).
 */
export function keepBackupsRecoverable(folder: string, practice: PracticeSession): void {
  const key = practiceKeyOf(practice)
  const record = key ? recoveryRecordOf(practice.dataDir, key) : null
  if (!key || !record) return
  const kept = recoveryRecordOf(folder, key)
  if (kept?.sealed === record.sealed && kept.kdf.salt === record.kdf.salt) return
  keepRecoveryRecord(folder, record)
}

/** A picked backup this practice's key does not open, with a recovery file beside it. */
export function isLockedBackup(file: string, context: BackupContext): boolean {
  if (!existsSync(recoveryFileIn(dirname(file)))) return false
  const diagnosis = diagnosePractice(file, { ...context.practice.readOptions, check: 'quick' })
  return diagnosis.state === 'problem' && diagnosis.problem.kind === 'cannot_decrypt'
}

/**
 * Opens a picked backup with its recovery key: the records beside it that the key opens,
 * and of their practice keys the one that reads the backup. Kept with the picked file,
 * with the recovery key, for the restore.
 */
export async function unlockBackup(
  context: BackupContext,
  picked: PickedFiles,
  input: ChannelArgs<'encryption:unlockBackup'>
): Promise<ChannelOutput<'encryption:unlockBackup'>> {
  const entry = picked.get(input.fileId)
  if (!entry) throw new AppError('not_found', 'Pick the backup file again: Coachbook no longer has it in hand.', 'fileId')
  const secret = parseRecoveryKey(input.recoveryKey)
  const folder = dirname(entry.file)
  const keys = await keysOpenedBy(folder, secret)
  if (keys.length === 0) {
    throw new AppError(
      'invalid_input',
      `This recovery key does not open the backups in ${folder}: it is another practice's, or one made before this practice was given a new recovery key. Nothing was changed.`,
      'recoveryKey'
    )
  }
  const key = keys.find((candidate) => diagnosePractice(entry.file, { ...context.practice.readOptions, key: candidate, check: 'quick' }).state === 'healthy')
  if (!key) {
    throw new AppError(
      'invalid_input',
      `The recovery key is right, but ${basename(entry.file)} does not open with it: it is damaged, or from another practice. Nothing was changed.`,
      'recoveryKey'
    )
  }
  picked.set(input.fileId, { ...entry, key, recoverySecret: secret })
  context.log.info('encryption.backupUnlocked')
  return { fileId: input.fileId, backup: backupFileDetails(entry.file) }
}

/**
 * Once a backup opened with a recovery key takes the practice's place, the same recovery
 * key opens the practice from then on: the practice key is sealed by it, in place of the
 * recovery key it had.
 */
export async function adoptRecoveryKey(db: Reader, context: BackupContext, secret: Buffer): Promise<void> {
  const key = practiceKeyOf(context.practice)
  if (!key) return
  const record = await sealForRecovery(key, secret, context.now?.() ?? new Date())
  keepRecoveryRecord(context.practice.dataDir, record, { only: true })
  keepRecoveryRecord(backupFolderOf(await readPreferences(db), context.practice.dataDir), record)
}
