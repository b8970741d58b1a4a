import { randomBytes } from 'node:crypto'
import { copyFileSync, existsSync } from 'node:fs'
import { problem, type PracticeProblem, type ReadOptions } from '../db/diagnose'
import { KEY_BYTES } from '../db/engine'
import { hasPassphrase, keepKeyByPassphrase, keyFromPassphrase, MIN_PASSPHRASE_LENGTH, passphraseFileOf } from '../db/passphrase'
import { replacedName } from '../db/keys'
import { finishStoppedRekey } from '../db/rekeyJournal'
import { AppError } from '../errors'
import type { RecoveryIO } from './recovery'

/**
 * The passphrase at start-up: asked in the unlock window until it opens the practice or
 * the coach cancels. A wrong one is said and changes no file (it is only tried). A
 * rekey that was stopped is finished with the key it opens (db/rekeyJournal.ts).
 */
export async function keyByPassphrase(file: string, io: RecoveryIO, options: ReadOptions = {}): Promise<{ key: Buffer } | { problem: PracticeProblem }> {
  for (;;) {
    const typed = io.askPassphrase
      ? await io.askPassphrase('Enter your passphrase', `Your practice ${file} is locked with a passphrase. Type it to open the practice.`)
      : null
    if (typed === null) {
      const message = `Your practice ${file} is locked with a passphrase, and none was typed. Coachbook has not changed it. Type the passphrase again, or open the practice with its recovery key.`
      return { problem: { ...problem('cannot_decrypt', file), title: 'Your practice is locked', message } }
    }
    try {
      // A rekey stopped half-way is finished (or undone) here, with the key the passphrase opens, before the practice is opened.
      return { key: finishStoppedRekey(file, passphraseFileOf(file), await keyFromPassphrase(file, typed), options) }
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      if (error.code !== 'invalid_input') return { problem: { ...problem('cannot_decrypt', file), message: error.message } }
      await io.inform('That passphrase does not unlock your practice', error.message)
    }
  }
}

/**
 * A new practice on a computer with no real keychain: the coach chooses a passphrase
 * (typed twice), and the practice is encrypted from its first byte with a new key sealed
 * by it. Null when they would rather not: the practice is then made unencrypted, as
 * Settings says, and can be encrypted later.
 */
export async function newKeyByPassphrase(file: string, io: RecoveryIO): Promise<Buffer | null> {
  if (!io.askPassphrase || existsSync(file)) return null
  const key = randomBytes(KEY_BYTES)
  const chosen = await choosePassphrase(
    io,
    `This computer offers no keychain to keep your practice's key in, so a passphrase you choose protects it: you type it each time Coachbook starts. At least ${MIN_PASSPHRASE_LENGTH} characters; a few words you remember work well. Cancel makes the practice unencrypted.`,
    (passphrase) => keepKeyByPassphrase(file, key, passphrase)
  )
  return chosen ? key : null
}

/**
 * On a computer with no keychain, the key the recovery key opened (the passphrase was
 * forgotten) is kept by a new passphrase the coach chooses; the passphrase file it
 * replaces is first copied aside, never deleted. Says whether one was chosen, and where
 * the old file went.
 */
export async function keepRecoveredKeyByPassphrase(file: string, key: Buffer, io: RecoveryIO, now: Date): Promise<{ kept: boolean; aside: string | null }> {
  let aside: string | null = null
  const kept = await choosePassphrase(
    io,
    `The recovery key opened your practice. Choose a new passphrase to keep its key on this computer: you type it each time Coachbook starts. At least ${MIN_PASSPHRASE_LENGTH} characters. Cancel opens the practice this time only.`,
    async (passphrase) => {
      if (aside === null && hasPassphrase(file)) {
        aside = replacedName(passphraseFileOf(file), now)
        copyFileSync(passphraseFileOf(file), aside)
      }
      await keepKeyByPassphrase(file, key, passphrase)
    }
  )
  return { kept, aside }
}

/** A passphrase chosen in the unlock window, typed twice, until `keep` takes it (one too short is said); false when the coach cancels. */
async function choosePassphrase(io: RecoveryIO, message: string, keep: (passphrase: string) => Promise<void>): Promise<boolean> {
  if (!io.askPassphrase) return false
  for (;;) {
    const chosen = await io.askPassphrase('Choose a passphrase for your practice', message)
    if (chosen === null) return false
    const repeated = await io.askPassphrase('Type the passphrase again', 'Type the same passphrase once more, to be sure of it.')
    if (repeated === null) return false
    if (repeated !== chosen) {
      await io.inform('The two passphrases are not the same', 'Choose the passphrase again, and type the same one twice.')
      continue
    }
    try {
      await keep(chosen)
      return true
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'invalid_input') throw error
      await io.inform('Choose a longer passphrase', error.message)
    }
  }
}
