import { existsSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { AppError } from '../errors'
import { writeWholeFile } from './keys'
import { openSealedKey, PASSPHRASE_SCRYPT, sealedKeySchema, sealKey, type ScryptParams } from './sealedKey'

/**
 * The practice key sealed by a passphrase the coach chooses, for a computer with no real
 * keychain (Linux with only Chromium's fixed-password fallback) or a coach who prefers
 * it: `coachbook.passphrase.json` beside the practice, scrypt (128 MiB) then AES-256-GCM,
 * the parameters stored with it. Changing the passphrase, or moving between it and the
 * keychain, writes this small file again and never the practice.
 */
export const PASSPHRASE_FILE_NAME = 'coachbook.passphrase.json'
export const MIN_PASSPHRASE_LENGTH = 10

export function passphraseFileOf(practiceFile: string): string {
  return join(dirname(practiceFile), PASSPHRASE_FILE_NAME)
}

export function hasPassphrase(practiceFile: string): boolean {
  return existsSync(passphraseFileOf(practiceFile))
}

function assertStrongEnough(passphrase: string): void {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) {
    throw new AppError('invalid_input', `Choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters: a few words you remember work well.`, 'passphrase')
  }
}

/** The practice key, or an error saying the passphrase is not this practice's. Only reads. */
export async function keyFromPassphrase(practiceFile: string, passphrase: string): Promise<Buffer> {
  const file = passphraseFileOf(practiceFile)
  let record
  try {
    record = sealedKeySchema.parse(JSON.parse(readFileSync(file, 'utf8')))
  } catch {
    throw new AppError('cannot_unlock', `${file} is damaged: it does not hold a sealed key Coachbook can read. Coachbook has not changed it. Put it back from a copy, or open the practice with its recovery key.`)
  }
  const key = await openSealedKey(record, Buffer.from(passphrase.normalize('NFC')))
  if (key) return key
  throw new AppError('invalid_input', 'That passphrase does not unlock this practice. Check it (capitals, spaces) and try again; no file was changed.', 'passphrase')
}

/**
 * Seals `key` by the passphrase beside the practice, in place of any passphrase file
 * there (written whole, then renamed over it). The practice itself is not touched.
 */
export async function keepKeyByPassphrase(practiceFile: string, key: Buffer, passphrase: string, params: ScryptParams = PASSPHRASE_SCRYPT): Promise<void> {
  assertStrongEnough(passphrase)
  writeWholeFile(passphraseFileOf(practiceFile), await sealedByPassphrase(key, passphrase, params), { replace: true })
}

/** What the passphrase file holds for `key` sealed by `passphrase` (a rekey writes it beside the file first, then renames it over). */
export async function sealedByPassphrase(key: Buffer, passphrase: string, params: ScryptParams = PASSPHRASE_SCRYPT): Promise<Buffer> {
  const record = await sealKey(key, Buffer.from(passphrase.normalize('NFC')), params)
  return Buffer.from(`${JSON.stringify({ about: 'The key of a Coachbook practice, sealed by its passphrase (scrypt, then AES-256-GCM).', ...record }, null, 2)}\n`)
}

/** Once the keychain keeps the key again: the passphrase no longer opens the practice. */
export function forgetPassphrase(practiceFile: string): void {
  rmSync(passphraseFileOf(practiceFile), { force: true })
}
