import { join } from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import { z } from 'zod'
import { BACKUP_INTERVALS, BACKUP_KEEP } from '../../shared/backup'
import type { Reader, Writer } from '../db/door'
import { defineSetting, readSetting, settingFromStored, writeSetting, type Setting } from '../settings'

/** What the coach chose: where backups go (null: next to the practice), how many to keep, how often. */
export const backupPreferences = defineSetting(
  'backup.preferences',
  z.object({
    folder: z.string().min(1).nullable(),
    keep: z.number().int().min(BACKUP_KEEP.min).max(BACKUP_KEEP.max),
    interval: z.enum(BACKUP_INTERVALS)
  }),
  { folder: null, keep: BACKUP_KEEP.default, interval: 'daily' }
)

/** What happened: the last good backup, and the last failure if none has succeeded since. */
export const backupRecord = defineSetting(
  'backup.record',
  z.object({
    lastBackupAt: z.string().nullable(),
    lastFailure: z.object({ at: z.string(), message: z.string() }).nullable()
  }),
  { lastBackupAt: null, lastFailure: null }
)

export type BackupPreferences = z.output<typeof backupPreferences.schema>
export type BackupRecord = z.output<typeof backupRecord.schema>

/** Every setting the backup domain owns: the coach's, not the data's, so a restore keeps them. */
export const BACKUP_SETTINGS: readonly Setting<z.ZodType>[] = [backupPreferences, backupRecord]

export function defaultBackupFolder(dataDir: string): string {
  return join(dataDir, 'backups')
}

export function backupFolderOf(preferences: BackupPreferences, dataDir: string): string {
  return preferences.folder ?? defaultBackupFolder(dataDir)
}

export const readPreferences = (db: Reader) => readSetting(db, backupPreferences)
export const readRecord = (db: Reader) => readSetting(db, backupRecord)

export async function updateRecord(db: Writer, change: Partial<BackupRecord>): Promise<BackupRecord> {
  return writeSetting(db, backupRecord, { ...(await readRecord(db)), ...change })
}

/**
 * The preferences read straight from a connection, before the app has set up Kysely:
 * opening an older practice, which may predate the settings table (schema version 9).
 */
export function preferencesFromConnection(sqlite: Database.Database): BackupPreferences {
  const hasSettings = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'").get()
  if (!hasSettings) return backupPreferences.defaultValue
  const json = sqlite.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(backupPreferences.key) as string | undefined
  return settingFromStored(backupPreferences, json)
}
