import { z } from 'zod'
import { backupFileDetailsSchema } from './backup'
import { passphraseText, text } from './text'

/** Said wherever the recovery key is made or asked for: what losing it means, plainly. */
export const LOSING_BOTH =
  'If this computer’s keychain (or your passphrase) and the recovery key are both lost, your practice and its backups are gone: nobody, Coachbook included, can open them.'

/** The recovery key as the coach types it: checked in main (groups, checksum), so only its length is limited here. */
const typedRecoveryKey = text('The recovery key', 100).refine((typed) => typed.length > 0, 'Type the recovery key.')


export const encryptionStateSchema = z.object({
  /** The practice file is encrypted with its key. */
  encrypted: z.boolean(),
  /** When the practice's recovery key was made; null while it has none. */
  recoveryKeyMadeAt: z.string().nullable(),
  /** What keeps the practice key on this computer: its keychain, or a passphrase the coach types at every start. */
  keptBy: z.enum(['keychain', 'passphrase']).nullable(),
  /** Whether this computer offers a real keychain to keep the key in. */
  keychainAvailable: z.boolean()
})
export type EncryptionState = z.infer<typeof encryptionStateSchema>

/** The idle times the app lock offers, in minutes. */
export const APP_LOCK_MINUTES = [5, 15, 30, 60] as const

/** The app lock: off (null) by default, or the minutes without a key pressed or the pointer moved before the window locks. */
export const appLockSchema = z.object({
  afterMinutes: z.literal(APP_LOCK_MINUTES, { error: 'Choose 5, 15, 30 or 60 minutes, or never.' }).nullable()
})
export type AppLock = z.output<typeof appLockSchema>

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
  /**
   * Keeps the practice key sealed by a passphrase instead of (or in place of an earlier
   * passphrase, or) the keychain: only the small key file beside the practice is written,
   * never the practice. The passphrase is asked at every start from then on.
   */
  'encryption:usePassphrase': {
    input: z.strictObject({ passphrase: passphraseText, repeated: passphraseText }),
    output: encryptionStateSchema
  },
  /** Moves the practice key back to this computer's keychain; the passphrase opens nothing from then on. */
  'encryption:useKeychain': { input: z.strictObject({}), output: encryptionStateSchema },
  'encryption:appLock': { input: z.strictObject({}), output: appLockSchema },
  'encryption:setAppLock': { input: appLockSchema.strict(), output: appLockSchema },
  /**
   * Unlocks the locked window. With a passphrase keeping the key, main checks the typed
   * one against the sealed key file; with the keychain (or no encryption) the press alone
   * unlocks, since anyone at this computer's account could open the practice anyway.
   */
  'encryption:unlockApp': {
    input: z.strictObject({ passphrase: passphraseText.optional() }),
    output: z.object({ unlocked: z.literal(true) })
  },
  /**
   * Gives the practice a new random key: the whole file is rewritten with it (a checked
   * copy, swapped in), then the key file beside it. The recovery key opens the practice no
   * more (a recovery key seals one practice key): make a new one. Backups made before keep
   * the old key, and open with the old recovery key. Where a passphrase keeps the key,
   * the coach types it (main checks it) and the new key is sealed by it.
   */
  'encryption:rekey': { input: z.strictObject({ passphrase: passphraseText.optional() }), output: encryptionStateSchema },
  'encryption:unlockBackup': {
    input: z.strictObject({ fileId: text('The picked file', 100), recoveryKey: typedRecoveryKey }),
    output: z.object({ fileId: z.string(), backup: backupFileDetailsSchema })
  }
} as const

/** What the unlock window asks for, at start-up: main's words, shown as they are. */
export const unlockRequestSchema = z.object({
  title: z.string().max(200),
  message: z.string().max(2000),
  label: z.string().max(100),
  /** Typed unseen (a passphrase); a recovery key is shown as typed, to be checked against the printed one. */
  hidden: z.boolean()
})
export type UnlockRequest = z.infer<typeof unlockRequestSchema>

/** The route of the unlock window, a page of the app's own renderer with nothing else in it. */
export const UNLOCK_ROUTE = '#/unlock'
