import { existsSync, renameSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { LOSING_BOTH } from '../../shared/encryption'
import { formatMoment } from '../clock'
import { DATABASE_FILE_NAME } from '../db/connection'
import { diagnosePractice, problem, type PracticeProblem } from '../db/diagnose'
import { keepRecoveredKey, practiceKey, replacedName, type AsyncKeyKeeper } from '../db/keys'
import { hasPassphrase, passphraseFileOf } from '../db/passphrase'
import { parseRecoveryKey } from '../db/recoveryKey'
import { keysOpenedBy, recoveryFileIn } from '../db/recoveryRecords'
import { AppError, storageErrorFor } from '../errors'
import type { Logger } from '../logging/logger'
import type { Platform } from '../platform'
import { backupFileDetails, CHOOSE_BACKUP_DIALOG } from './files'
import { openPractice, type PracticeOpening, type PracticeOptions } from './practice'
import { restoreOverProblem } from './restore'
import { errorFrom, type UpgradeOutcome } from './upgradeJob'
import { keepRecoveredKeyByPassphrase, keyByPassphrase, newKeyByPassphrase } from './unlockAtStart'

export type ProblemChoice = 'restore' | 'another' | 'retry' | 'quit' | 'recoveryKey'

export interface ChoiceButton {
  label: string
  choice: ProblemChoice
}

const QUIT: ChoiceButton = { label: 'Quit', choice: 'quit' }
const ANOTHER: ChoiceButton = { label: 'Open another…', choice: 'another' }

/**
 * What the coach may do about a practice that cannot be opened. A file another program
 * holds, or on a disk that is full or failing, is not damaged: waiting or making room is
 * the fix, and restoring over it would lose it for nothing.
 */
export function choicesFor(problem: PracticeProblem, canEnterRecoveryKey = false, lockedByPassphrase = false): readonly ChoiceButton[] {
  if (['locked', 'disk_full', 'storage_failure'].includes(problem.kind)) return [{ label: 'Try again', choice: 'retry' }, ANOTHER, QUIT]
  const restore: ChoiceButton = { label: 'Restore from backup…', choice: 'restore' }
  if (problem.kind !== 'cannot_decrypt') return [restore, ANOTHER, QUIT]
  return [
    ...(lockedByPassphrase ? [{ label: 'Type the passphrase again', choice: 'retry' } as const] : []),
    ...(canEnterRecoveryKey ? [{ label: 'Enter recovery key…', choice: 'recoveryKey' } as const] : []),
    restore,
    ANOTHER,
    QUIT
  ]
}

export interface RecoveryIO {
  /** Shows the problem with the buttons and answers the one pressed. */
  ask(problem: PracticeProblem, buttons: readonly ChoiceButton[]): Promise<ProblemChoice>
  /** Tells the coach something that happened (a restore, or why it could not be done). */
  inform(title: string, message: string): Promise<void>
  /** Asks before something that cannot be undone; true when the coach goes ahead with `goAhead`, false to cancel. */
  confirm(title: string, message: string, goAhead: string): Promise<boolean>
  /** Asks the coach to type the practice's recovery key; null when they cancel. Absent where nothing can be typed. */
  askRecoveryKey?(title: string, message: string): Promise<string | null>
  /** Asks the coach to type (or choose) the practice's passphrase, hidden as typed; null when they cancel. */
  askPassphrase?(title: string, message: string): Promise<string | null>
  platform: Platform
  log: Logger
  now?: () => Date
}

/** `key`: the practice's key, also while the practice is not yet encrypted (to encrypt it with). */
export type OpenedPractice = Extract<PracticeOpening, { ok: true }> & { file: string; key?: Buffer }

export interface RecoveryOptions extends PracticeOptions {
  /** Keeps each practice's key beside it (the OS keychain); without one, practices are opened and made unencrypted. */
  keeper?: AsyncKeyKeeper
  /** Updates an older practice before it opens, showing how far it has got (upgrade.ts); without it, the update runs as the practice opens. */
  upgradeAside?: (file: string, options: PracticeOptions) => Promise<UpgradeOutcome | null>
}

/** The key of the practice at `file`; one that cannot be had is the problem the coach is shown, the file untouched. */
async function keyOf(file: string, options: RecoveryOptions, io: RecoveryIO, known?: Buffer): Promise<{ key?: Buffer } | { problem: PracticeProblem }> {
  // Just opened by the recovery key (and checked against the practice): not asked again.
  if (known) return { key: known }
  // A passphrase, where the coach chose one, comes before the keychain (which then keeps nothing).
  if (hasPassphrase(file)) return keyByPassphrase(file, io, options)
  if (!options.keeper) return { key: (await newKeyByPassphrase(file, io)) ?? undefined }
  try {
    return { key: await practiceKey(file, options.keeper, options) }
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'cannot_unlock') throw error
    return { problem: { ...problem('cannot_decrypt', file), message: error.message } }
  }
}

/** The update run aside, if there is a way to; when that way fails, the practice is updated as it opens, as it would be without it. */
async function updatedAside(file: string, options: RecoveryOptions, log: Logger): Promise<UpgradeOutcome | null> {
  if (!options.upgradeAside) return null
  try {
    return await options.upgradeAside(file, options)
  } catch (error) {
    log.error('practice.upgradeAsideFailed', error)
    return null
  }
}

async function openWithKey(file: string, options: RecoveryOptions, io: RecoveryIO, known?: Buffer): Promise<PracticeOpening & { key?: Buffer }> {
  const keyed = await keyOf(file, options, io, known)
  if ('problem' in keyed) return { ok: false, problem: keyed.problem }
  const withKey = { ...options, key: keyed.key }
  const aside = await updatedAside(file, withKey, io.log)
  if (aside?.state === 'failed') return { ok: false, problem: aside.problem, cause: aside.cause && errorFrom(aside.cause), key: keyed.key }
  const opening = openPractice(file, withKey)
  if (opening.ok && aside?.state === 'upgraded') return { ...opening, upgrade: aside.upgrade, key: keyed.key }
  return { ...opening, key: keyed.key }
}

/** A practice folder the coach chose: its practice file, which may not exist yet (a new practice). */
function practiceFileIn(folder: string): string {
  return join(folder, DATABASE_FILE_NAME)
}

/** A file SQLite reads whole and finds undamaged (one from a newer Coachbook included): still a practice, just not openable here and now. */
function stillOpens(file: string, options: PracticeOptions): boolean {
  const diagnosis = diagnosePractice(file, options)
  return diagnosis.state === 'healthy' || (diagnosis.state === 'problem' && diagnosis.problem.kind === 'too_new')
}

/** What restoring over a practice that still opens will do, for the coach to confirm. */
function replacingMessage(file: string, source: string): string {
  const backup = backupFileDetails(source)
  const made = backup.createdAt
    ? `the backup ${backup.name}, made on ${formatMoment(backup.createdAt)}`
    : `${backup.name}, a file last changed on ${formatMoment(backup.changedAt)}`
  return (
    `Your practice ${file} is not damaged: Coachbook can still read all of it. Restoring replaces all of it with ${made}; ` +
    'whatever was recorded after that will not be in the restored practice. The current file is kept, unchanged, beside it.'
  )
}

async function restoreChosenBackup(file: string, io: RecoveryIO, options: PracticeOptions): Promise<void> {
  const source = await io.platform.chooseOpenFile(CHOOSE_BACKUP_DIALOG)
  if (source === null) return
  try {
    const sound = stillOpens(file, options)
    if (sound && !(await io.confirm('Replace a practice that still opens?', replacingMessage(file, source), 'Replace it'))) return
    const aside = restoreOverProblem(file, source, { now: io.now?.() ?? new Date(), stillOpens: sound }, options)
    io.log.info('practice.restoredOverProblem', { keptAside: aside !== null, stillOpened: sound })
    const kept = aside ? ` The file it replaced was kept, unchanged, as ${aside}.` : ''
    await io.inform('Your practice was restored', `Your practice was restored from ${basename(source)}.${kept}`)
  } catch (error) {
    io.log.error('practice.restoreOverProblemFailed', error)
    const unchanged = `${basename(source)} could not be restored. Your practice was not changed.`
    const message =
      error instanceof AppError ? error.message : (storageErrorFor(error, 'your practice was not changed', dirname(file))?.message ?? unchanged)
    await io.inform('That backup cannot be restored', message)
  }
}

/**
 * Whether the coach can be asked for the recovery key of the practice at `file`: one with
 * its recovery file beside it, where something can keep the key it opens (the keychain,
 * or a new passphrase typed in the unlock window).
 */
function canAskRecoveryKey(file: string, io: RecoveryIO, options: RecoveryOptions): boolean {
  const canKeepKey = options.keeper !== undefined || io.askPassphrase !== undefined
  return io.askRecoveryKey !== undefined && canKeepKey && existsSync(recoveryFileIn(dirname(file)))
}

/** The key of the practice at `file` among those the recovery key opens, or an error saying why there is none. */
async function keyOpenedBy(file: string, secret: Buffer, options: RecoveryOptions): Promise<Buffer> {
  const keys = await keysOpenedBy(dirname(file), secret)
  const key = keys.find((candidate) => diagnosePractice(file, { ...options, key: candidate }).state === 'healthy')
  if (key) return key
  throw new AppError(
    'invalid_input',
    keys.length === 0
      ? `This recovery key does not open the practice ${file}: it is another practice's, or one it had before it was given a new recovery key. Nothing was changed.`
      : `The recovery key is right, but the practice ${file} does not open with it (it is damaged, or another practice's). Nothing was changed: restore it from a backup.`
  )
}

/**
 * The key file is missing, damaged or not this practice's, or the passphrase forgotten:
 * the coach types the recovery key, the practice key it opens is checked against the
 * practice, and only then kept by this computer's keychain (a key file that was there is
 * kept aside), or where there is none, by a new passphrase the coach chooses. A typo or
 * a key that opens nothing is said, and nothing is changed. Returns the key, to open the
 * practice with at once; null when there is none.
 */
async function unlockWithRecoveryKey(file: string, io: RecoveryIO, options: RecoveryOptions): Promise<Buffer | null> {
  const typed = await io.askRecoveryKey!(
    'Enter the recovery key',
    `Type the recovery key of the practice ${file}, as printed or written down when it was made: nine groups of four letters and digits. ${LOSING_BOTH}`
  )
  if (typed === null) return null
  const now = io.now?.() ?? new Date()
  try {
    const key = await keyOpenedBy(file, parseRecoveryKey(typed), options)
    if (!options.keeper) {
      const { kept, aside } = await keepRecoveredKeyByPassphrase(file, key, io, now)
      io.log.info('practice.unlockedWithRecoveryKey', { keptBy: kept ? 'passphrase' : null, keyFileKeptAside: aside !== null })
      const keptAside = aside ? ` The passphrase file it replaces was kept as ${aside}.` : ''
      await io.inform(
        'The recovery key opened your practice',
        kept
          ? `Your new passphrase keeps its key from now on.${keptAside}`
          : 'It opens this time only: choose a new passphrase in Settings › Encryption (Change the passphrase…), or type the recovery key again next time.'
      )
      return key
    }
    // A passphrase the coach lost gives way to the keychain; its file is kept aside, as a key file is.
    if (hasPassphrase(file)) renameSync(passphraseFileOf(file), replacedName(passphraseFileOf(file), now))
    const aside = await keepRecoveredKey(file, options.keeper, key, now)
    io.log.info('practice.unlockedWithRecoveryKey', { keptBy: 'keychain', keyFileKeptAside: aside !== null })
    const kept = aside ? ` The key file that did not open it was kept as ${aside}.` : ''
    await io.inform('The recovery key opened your practice', `This computer keeps its key from now on.${kept}`)
    return key
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'invalid_input') throw error
    await io.inform('That recovery key does not open your practice', error.message)
    return null
  }
}

/**
 * Opens the practice, and while it cannot be opened shows why and lets the coach
 * restore a backup over it, open another practice, try again or quit. Returns the
 * opened practice, or null when the coach quits.
 */
export async function openWithRecovery(file: string, io: RecoveryIO, options: RecoveryOptions = {}): Promise<OpenedPractice | null> {
  let current = file
  let recovered: Buffer | null = null
  for (;;) {
    const opening = await openWithKey(current, options, io, recovered ?? undefined)
    recovered = null
    if (opening.ok) {
      io.log.info('practice.opened', {
        created: opening.created,
        upgradedFrom: opening.upgrade?.from ?? null,
        upgradedTo: opening.upgrade?.to ?? null
      })
      return { ...opening, file: current }
    }
    io.log.warn('practice.cannotOpen', { kind: opening.problem.kind })
    if (opening.cause) io.log.error('practice.cannotOpenCause', opening.cause)
    const choice = await io.ask(opening.problem, choicesFor(opening.problem, canAskRecoveryKey(current, io, options), hasPassphrase(current)))
    if (choice === 'quit') return null
    if (choice === 'recoveryKey') recovered = await unlockWithRecoveryKey(current, io, options)
    if (choice === 'restore') await restoreChosenBackup(current, io, { ...options, key: opening.key })
    if (choice === 'another') {
      const folder = await io.platform.chooseFolder({ title: 'Choose a practice folder (an empty folder starts a new practice)' })
      if (folder !== null) current = practiceFileIn(folder)
    }
  }
}
