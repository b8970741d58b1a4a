import { randomBytes } from 'node:crypto'
import { writeEncryptedCopy } from '../electron/main/backup/encrypt'
import { KEY_BYTES } from '../electron/main/db/engine'
import { callAll, clientListScreens, engagementViewScreens, openActionsScreens, searchScreens, type Calls } from './handlers'
import { roundsFor, timed, sideBySide, type Timing } from './measure'
import { openForBench } from './practice'

export interface EncryptionComparison {
  name: string
  encrypted: Timing
  plain: Timing
}

/**
 * The same screens on the practice encrypted and as it was, both open at once and each
 * call made on one then the other (sideBySide), through the app's handlers: what
 * encryption costs a coach, reading pages through the cipher.
 */
export async function encryptionFigures(plainFile: string): Promise<{ migrationMs: number; comparisons: EncryptionComparison[] }> {
  const key = randomBytes(KEY_BYTES)
  // The one-time step an existing practice goes through: the encrypted copy, written and checked.
  let encryptedFile = ''
  const migrationMs = await timed(() => {
    encryptedFile = writeEncryptedCopy(plainFile, key)
  })
  const plain = openForBench(plainFile)
  const encrypted = openForBench(encryptedFile, key)
  try {
    const compare = async (name: string, screens: Calls[], rounds: number): Promise<EncryptionComparison> => {
      const { a, b } = await sideBySide(screens, roundsFor(screens.length, rounds), (calls) => callAll(encrypted, calls), (calls) => callAll(plain, calls))
      return { name, encrypted: a, plain: b }
    }
    const views = await engagementViewScreens(plain)
    return {
      migrationMs,
      comparisons: [
        await compare('Client list page (100 of 1,000)', await clientListScreens(plain), 10),
        await compare('Engagement view (contract + sessions)', views, 6),
        await compare('Open actions of an engagement', await openActionsScreens(plain), 6),
        await compare('Search, every type (5 of each)', searchScreens(), 6)
      ]
    }
  } finally {
    await encrypted.close()
    await plain.close()
  }
}
