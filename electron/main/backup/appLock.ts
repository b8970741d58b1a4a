import { timingSafeEqual } from 'node:crypto'
import type { ChannelArgs } from '../../shared/contract'
import { appLockSchema, type AppLock } from '../../shared/encryption'
import type { DoorFor, Reader } from '../db/door'
import { keyFromPassphrase } from '../db/passphrase'
import { AppError } from '../errors'
import { defineSetting, readSetting, writeSetting } from '../settings'
import { keptBy } from './passphrase'
import type { BackupContext } from './service'

/**
 * The app lock after idle time: off unless the coach turns it on. It lives in the
 * practice, as the other privacy choices do, so it follows the practice to another computer.
 */
export const appLockSetting = defineSetting('encryption.appLock', appLockSchema, { afterMinutes: null })

export function readAppLock(reader: Reader): Promise<AppLock> {
  return readSetting(reader, appLockSetting)
}

export function setAppLock(door: DoorFor, choice: AppLock): Promise<AppLock> {
  return door.write((writer) => writeSetting(writer, appLockSetting, choice))
}

/**
 * Unlocks the window. Where a passphrase keeps the key, the typed passphrase must open
 * the sealed key file and give this practice's own key; the renderer is never trusted to
 * say so. Elsewhere the keychain opens the practice for anyone at this account, so the
 * press alone unlocks: the lock hides the screen, it cannot keep this account out.
 */
export async function unlockApp(context: BackupContext, input: ChannelArgs<'encryption:unlockApp'>): Promise<{ unlocked: true }> {
  if (keptBy(context) !== 'passphrase') return { unlocked: true }
  if (!input.passphrase) throw new AppError('invalid_input', 'Type your passphrase to unlock Coachbook.', 'passphrase')
  const opened = await keyFromPassphrase(context.practice.file, input.passphrase)
  const key = context.practice.database.key
  if (!key || opened.length !== key.length || !timingSafeEqual(opened, key)) {
    throw new AppError('invalid_input', 'That passphrase does not unlock this practice. Check it (capitals, spaces) and try again.', 'passphrase')
  }
  context.log.info('encryption.appUnlocked')
  return { unlocked: true }
}
