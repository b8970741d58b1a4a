import { safeStorage } from 'electron'
import type { AsyncKeyKeeper } from './db/keys'

/**
 * The practice key wrapped by the OS keychain (Keychain on macOS, DPAPI on Windows,
 * the Secret Service or KWallet on Linux) through Electron's safeStorage, and kept
 * wrapped in `coachbook.key` beside the practice: the file alone opens nothing.
 * Null where the OS offers no keychain, or only Chromium's fixed-password fallback on
 * Linux ('basic_text'), which would protect nothing: the practice then stays unencrypted.
 */
export async function keychainKeeper(): Promise<AsyncKeyKeeper | null> {
  if (!(await safeStorage.isAsyncEncryptionAvailable())) return null
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return null
  return {
    fileName: 'coachbook.key',
    wrap: (key) => safeStorage.encryptStringAsync(key.toString('hex')),
    unwrap: async (stored) => {
      const { result } = await safeStorage.decryptStringAsync(stored)
      if (!/^[0-9a-f]*$/.test(result)) throw new Error('not a wrapped practice key')
      return Buffer.from(result, 'hex')
    }
  }
}
