import { existsSync } from 'node:fs'
import { openPractice, type PracticeOptions } from '../backup'
import { practiceKeySync, type AsyncKeyKeeper, type SyncKeyKeeper } from '../db/keys'

/**
 * The practice key of the programs that run without Electron and so without the OS
 * keychain: the test bridge, seed, demo, bench and tests. It is kept in the clear, in a
 * file readable by its owner alone and marked as such, so a practice they make is
 * encrypted like the app's (its files hold no readable text) without a constant key.
 * Never used by the app: this folder is never bundled into it (test/built checks).
 */
export const developmentKeys: SyncKeyKeeper = {
  fileName: 'coachbook.development-key.json',
  wrap: (key) =>
    Buffer.from(
      `${JSON.stringify(
        {
          developmentOnly: true,
          about: 'The key of a practice made for development, demos or tests, kept in the clear. Coachbook itself keeps its key wrapped by the OS keychain.',
          key: key.toString('hex')
        },
        null,
        2
      )}\n`
    ),
  unwrap: (stored) => {
    const kept = JSON.parse(stored.toString('utf8')) as { developmentOnly?: unknown; key?: unknown }
    if (kept.developmentOnly !== true || typeof kept.key !== 'string' || !/^[0-9a-f]*$/.test(kept.key)) {
      throw new Error('not a development key file')
    }
    return Buffer.from(kept.key, 'hex')
  }
}

/** The same file, through the keychain's asynchronous interface (as the app's start-up uses it). */
export const developmentKeysAsync: AsyncKeyKeeper = {
  fileName: developmentKeys.fileName,
  wrap: async (key) => developmentKeys.wrap(key),
  unwrap: async (stored) => developmentKeys.unwrap(stored)
}

/**
 * Opens (or makes) the practice at `file` as the app would, with its development key.
 * `encrypted: false` makes a new one as Coachbook did before encryption (it then opens
 * as it is, with a key ready to encrypt it with).
 */
export function openDevelopmentPractice(file: string, options: PracticeOptions & { encrypted?: boolean } = {}) {
  if (options.encrypted === false && !existsSync(file)) {
    const made = openPractice(file, options)
    if (made.ok) made.database.sqlite.close()
  }
  const key = practiceKeySync(file, developmentKeys, options)
  return { opening: openPractice(file, { ...options, key }), readOptions: { ...options, key } }
}
