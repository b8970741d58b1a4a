import { existsSync, rmSync } from 'node:fs'
import type { ChannelArgs } from '../../shared/contract'
import type { EncryptionState } from '../../shared/encryption'
import { keepKeyBy, keyFileOf } from '../db/keys'
import { forgetPassphrase, hasPassphrase, keepKeyByPassphrase } from '../db/passphrase'
import { AppError } from '../errors'
import { encryptionState } from './recoveryKey'
import type { BackupContext } from './service'

function encryptedKey(context: BackupContext): Buffer {
  const key = context.practice.canReplaceFile ? context.practice.database.key : null
  if (!key) throw new AppError('conflict', 'Your practice is not encrypted yet: encrypt it first.')
  return key
}

/**
 * The practice key sealed by a passphrase, in place of the keychain's key file (or of an
 * earlier passphrase). The passphrase file is written whole first; only then is the
 * keychain's file removed, so at every moment one of them opens the practice.
 */
export async function usePassphrase(context: BackupContext, input: ChannelArgs<'encryption:usePassphrase'>): Promise<EncryptionState> {
  const key = encryptedKey(context)
  if (input.passphrase !== input.repeated) throw new AppError('invalid_input', 'The two passphrases are not the same: type the same one twice.', 'repeated')
  const { practice } = context
  await keepKeyByPassphrase(practice.file, key, input.passphrase)
  if (practice.keeper) rmSync(keyFileOf(practice.file, practice.keeper), { force: true })
  context.log.info('encryption.passphraseSet')
  return encryptionState(context)
}

/** The key back in this computer's keychain, then the passphrase file removed. */
export async function useKeychain(context: BackupContext): Promise<EncryptionState> {
  const key = encryptedKey(context)
  const { practice } = context
  if (!practice.keeper) throw new AppError('conflict', 'This computer offers no keychain to keep the key in: the passphrase stays.')
  await keepKeyBy(practice.file, practice.keeper, key)
  forgetPassphrase(practice.file)
  context.log.info('encryption.keychainUsed')
  return encryptionState(context)
}

/** What keeps the key now: a passphrase file wins, as it does at start-up. */
export function keptBy(context: BackupContext): EncryptionState['keptBy'] {
  const { practice } = context
  if (!practice.canReplaceFile || !practice.database.key) return null
  if (hasPassphrase(practice.file)) return 'passphrase'
  return practice.keeper && existsSync(keyFileOf(practice.file, practice.keeper)) ? 'keychain' : null
}
