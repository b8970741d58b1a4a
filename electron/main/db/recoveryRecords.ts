import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { AppError } from '../errors'
import { writeWholeFile } from './keys'
import { keyIdOf, openSealedKey, RECOVERY_SCRYPT, sealedKeySchema, sealKey, type ScryptParams } from './sealedKey'

/**
 * The practice key sealed by the recovery key, in `coachbook.recovery.json`: one beside
 * the practice, and one in the backup folder, so that a backup copied to another
 * computer with that file beside it opens with the recovery key alone. The database's
 * own file cannot carry it: SQLCipher encrypts every page, its header included, and a
 * backup is that file, copied. The practice's file holds its key's record; the backup
 * folder's keeps one per key its backups were made with. Sealed, the file opens nothing
 * without the recovery key.
 */
export const RECOVERY_FILE_NAME = 'coachbook.recovery.json'

const recoveryRecordSchema = sealedKeySchema.extend({ createdAt: z.string() })
export type RecoveryRecord = z.infer<typeof recoveryRecordSchema>

const recoveryFileSchema = z.object({
  format: z.literal('coachbook-recovery'),
  version: z.literal(1),
  keys: z.array(recoveryRecordSchema)
})

const ABOUT =
  'The key of a Coachbook practice, sealed by its recovery key (scrypt, then AES-256-GCM). ' +
  'Keep this file with the practice and its backups: with the recovery key, it opens them on another computer.'

export function recoveryFileIn(folder: string): string {
  return join(folder, RECOVERY_FILE_NAME)
}

/** The records in the folder's recovery file; none when there is no such file. */
export function readRecoveryRecords(folder: string): RecoveryRecord[] {
  const file = recoveryFileIn(folder)
  if (!existsSync(file)) return []
  try {
    return recoveryFileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).keys
  } catch {
    throw new AppError('cannot_unlock', `${file} is damaged: it does not hold a recovery record Coachbook can read. Coachbook has not changed it.`)
  }
}

function writeRecoveryRecords(folder: string, keys: RecoveryRecord[]): void {
  const content = { about: ABOUT, format: 'coachbook-recovery', version: 1, keys }
  writeWholeFile(recoveryFileIn(folder), `${JSON.stringify(content, null, 2)}\n`, { replace: true })
}

/** Keeps `record` in the folder's file, in place of any record of the same practice key. */
export function keepRecoveryRecord(folder: string, record: RecoveryRecord, { only = false } = {}): void {
  const others = only ? [] : readRecoveryRecords(folder).filter((kept) => kept.keyId !== record.keyId)
  writeRecoveryRecords(folder, [...others, record])
}

/** The record of `key` in the folder, if there is one. */
export function recoveryRecordOf(folder: string, key: Buffer): RecoveryRecord | null {
  const keyId = keyIdOf(key)
  return readRecoveryRecords(folder).find((record) => record.keyId === keyId) ?? null
}

export async function sealForRecovery(key: Buffer, secret: Buffer, now: Date, params: ScryptParams = RECOVERY_SCRYPT): Promise<RecoveryRecord> {
  return { ...(await sealKey(key, secret, params)), createdAt: now.toISOString() }
}

/** Every practice key the recovery key opens among the folder's records. */
export async function keysOpenedBy(folder: string, secret: Buffer): Promise<Buffer[]> {
  const opened: Buffer[] = []
  for (const record of readRecoveryRecords(folder)) {
    const key = await openSealedKey(record, secret)
    if (key) opened.push(key)
  }
  return opened
}

