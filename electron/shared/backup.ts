import { z } from 'zod'
import { choice, text, wholeNumber } from './text'

/**
 * Why a backup was made: on the coach's schedule, when they asked, or as a safety copy
 * before Coachbook updated or replaced the practice.
 */
export const BACKUP_KINDS = ['scheduled', 'manual', 'before-upgrade', 'before-restore'] as const
export type BackupKind = (typeof BACKUP_KINDS)[number]

/** How often the automatic backup runs; 'off' leaves only the backups the coach asks for (and the safety copies). */
export const BACKUP_INTERVALS = ['daily', 'weekly', 'off'] as const
export type BackupInterval = (typeof BACKUP_INTERVALS)[number]

export const BACKUP_KEEP = { min: 1, max: 365, default: 14 } as const

export const backupSchema = z.object({
  /** The backup's file name in the backup folder; names the backup in `backup:restore`. */
  id: z.string(),
  kind: z.enum(BACKUP_KINDS),
  /** When it was made (UTC ISO). */
  createdAt: z.string(),
  sizeBytes: z.number()
})
export type Backup = z.infer<typeof backupSchema>

export const backupStatusSchema = z.object({
  folder: z.string(),
  /** True while backups go to `backups` next to the practice file. */
  isDefaultFolder: z.boolean(),
  keep: z.number(),
  interval: z.enum(BACKUP_INTERVALS),
  /** The last backup that was made and checked; null before the first. */
  lastBackupAt: z.string().nullable(),
  /** When the next automatic backup is due (it runs when Coachbook is open); null when automatic backups are off. */
  nextBackupDueAt: z.string().nullable(),
  /** The last backup that failed, if none has succeeded since. */
  lastFailure: z.object({ at: z.string(), message: z.string() }).nullable()
})
export type BackupStatus = z.infer<typeof backupStatusSchema>

export const backupContract = {
  'backup:status': { input: z.strictObject({}), output: backupStatusSchema },
  /** The backups Coachbook made in the backup folder, newest first. */
  'backup:list': { input: z.strictObject({}), output: z.object({ items: z.array(backupSchema) }) },
  /** Makes a backup now, checks it and keeps the newest `keep`; fails with a plain message if it cannot. */
  'backup:now': { input: z.strictObject({}), output: backupSchema },
  /** Opens the system's folder dialog; the chosen folder is checked for writing. Cancelling changes nothing. */
  'backup:chooseFolder': { input: z.strictObject({}), output: backupStatusSchema },
  'backup:updateSettings': {
    input: z.strictObject({
      keep: wholeNumber('How many backups to keep', BACKUP_KEEP.min, BACKUP_KEEP.max),
      interval: choice(BACKUP_INTERVALS, 'Choose how often to back up: daily, weekly or off.')
    }),
    output: backupStatusSchema
  },
  /**
   * Replaces the practice with a backup: the one named, or one the coach picks in the
   * system's open dialog when no id is given. The backup is checked first and the
   * current practice is backed up; afterwards the window must reload.
   */
  'backup:restore': {
    input: z.strictObject({
      backupId: text('The backup', 200).nullish()
    }),
    output: z.object({
      /** False when the coach cancelled the open dialog: nothing changed. */
      restored: z.boolean(),
      /** The copy of the practice as it was just before, to go back to. */
      safetyBackup: backupSchema.nullable()
    })
  }
} as const
