import { z } from 'zod'
import { choice, passphraseText, text, wholeNumber } from './text'

/**
 * Why a backup was made: on the coach's schedule, when they asked, or as a safety copy
 * before Coachbook updated or replaced the practice.
 */
export const BACKUP_KINDS = ['scheduled', 'manual', 'before-upgrade', 'before-restore', 'before-encryption', 'before-rekey'] as const
export type BackupKind = (typeof BACKUP_KINDS)[number]

export const BACKUP_KIND_LABELS: Record<BackupKind, string> = {
  scheduled: 'Automatic',
  manual: 'Made on request',
  'before-upgrade': 'Before an update of Coachbook',
  'before-restore': 'Before a restore',
  'before-encryption': 'Before encrypting the practice',
  'before-rekey': 'Before giving the practice a new key'
}

/** How often the automatic backup runs; 'off' leaves only the backups the coach asks for (and the safety copies). */
export const BACKUP_INTERVALS = ['daily', 'weekly', 'off'] as const
export type BackupInterval = (typeof BACKUP_INTERVALS)[number]

export const BACKUP_INTERVAL_LABELS: Record<BackupInterval, string> = { daily: 'Daily', weekly: 'Weekly', off: 'Off (only when I ask)' }

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

/** A backup file the coach picked, before it is restored. */
export const backupFileDetailsSchema = z.object({
  name: z.string(),
  /** When Coachbook made it, read from its name; null for a file named otherwise. */
  createdAt: z.string().nullable(),
  /** When the file was last changed on disk (UTC ISO). */
  changedAt: z.string(),
  sizeBytes: z.number()
})
export type BackupFileDetails = z.infer<typeof backupFileDetailsSchema>

export const backupStatusSchema = z.object({
  /** The practice file that is open, which a restore would replace. */
  practiceFile: z.string(),
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

export const encryptionStatusSchema = z.object({
  /** The practice file is encrypted with its key. */
  encrypted: z.boolean(),
  /** A practice from before encryption, in a file: it can be encrypted, its key kept by a passphrase or the keychain. */
  canEncrypt: z.boolean(),
  /** This computer's keychain keeps a key ready to encrypt it with (else only a passphrase can keep the key). */
  keychainReady: z.boolean(),
  /** The file as it was before it was encrypted is still beside it, until the coach says the encrypted one works. */
  previousFileKept: z.boolean()
})
export type EncryptionStatus = z.infer<typeof encryptionStatusSchema>

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
   * Opens the system's open dialog to pick a backup file, and reads it (only reads it):
   * a file that is not a whole Coachbook practice is refused at once. The answer says
   * when it was made, for the coach to confirm, and names it for `backup:restore`.
   */
  'backup:chooseFile': {
    input: z.strictObject({}),
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('cancelled') }),
      z.object({
        status: z.literal('chosen'),
        /** Names the picked file in `backup:restore`, until Coachbook quits. */
        fileId: z.string(),
        backup: backupFileDetailsSchema
      }),
      /**
       * Encrypted with another key than this practice's, with the recovery file beside it:
       * `encryption:unlockBackup` opens it with its recovery key.
       */
      z.object({ status: z.literal('locked'), fileId: z.string(), backup: backupFileDetailsSchema })
    ])
  },
  /**
   * Replaces the practice with a backup, once the coach has confirmed: one from the
   * list (`backupId`) or the file picked with `backup:chooseFile` (`fileId`). The backup
   * is checked in full first and the current practice is backed up; afterwards the
   * window must reload.
   */
  'backup:restore': {
    input: z.strictObject({
      backupId: text('The backup', 200).optional(),
      fileId: text('The picked file', 100).optional()
    }),
    output: z.object({
      /** The copy of the practice as it was just before, to go back to. */
      safetyBackup: backupSchema
    })
  },
  'backup:encryption': { input: z.strictObject({}), output: encryptionStatusSchema },
  /**
   * Encrypts a practice from before encryption: checks there is room, backs it up,
   * writes an encrypted copy, checks it against the practice and swaps it in. The
   * old file stays beside it until `backup:forgetPlainPractice`. The window must reload.
   * With a passphrase (typed twice), the new key is sealed by it instead of kept by the
   * keychain: for a computer with no keychain, or a coach who prefers it.
   */
  'backup:encrypt': {
    input: z.strictObject({ passphrase: passphraseText.optional(), repeated: passphraseText.optional() }),
    output: z.object({ backup: backupSchema })
  },
  /** Deletes the file kept from before encryption, once the coach has seen the encrypted practice work. */
  'backup:forgetPlainPractice': { input: z.strictObject({}), output: encryptionStatusSchema }
} as const
