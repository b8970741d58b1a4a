import { screenSharingSchema, type ScreenSharing } from '../../shared/privacy'
import type { DoorFor, Reader } from '../db/door'
import type { Platform } from '../platform'
import { defineSetting, readSetting, writeSetting } from '../settings'

/**
 * Privacy while sharing the screen: on unless the coach turns it off, since a client's
 * notes on a shared screen cannot be taken back. It lives in the practice, so it
 * follows the practice to another computer.
 */
export const screenSharingSetting = defineSetting('privacy.screenSharing', screenSharingSchema, { hideWhileSharing: true })

export function readScreenSharing(reader: Reader): Promise<ScreenSharing> {
  return readSetting(reader, screenSharingSetting)
}

/** Saves the choice, then applies it to every window at once. */
export async function setScreenSharing(door: DoorFor, platform: Platform, choice: ScreenSharing): Promise<ScreenSharing> {
  const saved = await door.write((writer) => writeSetting(writer, screenSharingSetting, choice))
  platform.protectContent(saved.hideWhileSharing)
  return saved
}
