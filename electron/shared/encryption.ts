import { z } from 'zod'
import { backupFileDetailsSchema } from './backup'
import { text } from './text'

/** Said wherever the recovery key is made or asked for: what losing it means, plainly. */
export const LOSING_BOTH =
  'If this computer’s keychain (or your passphrase) and the recovery key are both lost, your practice and its backups are gone: nobody, Coachbook included, can open them.'

/** The recovery key as the coach types it: checked in main (groups, checksum), so only its length is limited here. */
const typedRecoveryKey = text('The recovery key', 100).refine((typed) => typed.length > 0, 'Type the recovery key.')

export const encryptionStateSchema = z.object({
  /** The practice file is encrypted with its key. */
  encrypted: z.boolean(),
  /** When the practice's recovery key was made; null while it has none. */
  recoveryKeyMadeAt: z.string().nullable()
})
export type EncryptionState = z.infer<typeof encryptionStateSchema>

export const encryptionContract = {
  'encryption:status': { input: z.strictObject({}), output: encryptionStateSchema },
  /**
   * Makes the practice's recovery key (in place of the one it had, which then opens
   * nothing made from now on) and answers it, the one time it is ever shown: nine groups
   * of four letters and digits, the last a checksum. The practice key sealed by it is
   * kept beside the practice and in the backup folder.
   */
  'encryption:makeRecoveryKey': {
    input: z.strictObject({}),
    output: z.object({ recoveryKey: z.string(), madeAt: z.string() })
  },
  /**
   * A backup file picked with `backup:chooseFile` that this practice's key does not open
   * (made on another computer, or before the practice was given a new key), opened with
   * its recovery key and the `coachbook.recovery.json` beside it. Then restored by
   * `backup:restore` with the same `fileId`, after the coach confirms.
   */
  'encryption:unlockBackup': {
    input: z.strictObject({ fileId: text('The picked file', 100), recoveryKey: typedRecoveryKey }),
    output: z.object({ fileId: z.string(), backup: backupFileDetailsSchema })
  }
} as const

/** What the unlock window asks for, at start-up: main's words, shown as they are. */
export const unlockRequestSchema = z.object({
  title: z.string().max(200),
  message: z.string().max(2000),
  label: z.string().max(100)
})
export type UnlockRequest = z.infer<typeof unlockRequestSchema>

/** The route of the unlock window, a page of the app's own renderer with nothing else in it. */
export const UNLOCK_ROUTE = '#/unlock'
