import { rmSync } from 'node:fs'
import Database from 'better-sqlite3-multiple-ciphers'

/** A practice key: 256 random bits, used as SQLCipher's raw key (no key derivation: it is random already). */
export const KEY_BYTES = 32

export interface EngineOptions {
  /** Path to a build of the engine for the running runtime (Electron in development). */
  nativeBinding?: string
  /** The practice's key; absent for a practice that is not encrypted (one from before encryption, or in memory). */
  key?: Buffer
}

function rawKey(key: Buffer): string {
  if (key.length !== KEY_BYTES) throw new RangeError(`A practice key is ${KEY_BYTES} bytes, not ${key.length}.`)
  return `"x'${key.toString('hex')}'"`
}

/**
 * SQLCipher's format (SQLCipher 4's defaults), the one every tool that reads SQLCipher
 * files understands. Set before the first read: the engine reads the file's header
 * through the cipher.
 */
function useCipher(sqlite: Database.Database, key: Buffer): void {
  sqlite.pragma("cipher = 'sqlcipher'")
  sqlite.pragma(`key = ${rawKey(key)}`)
}

/** Opens a connection to `file`; with a key, every page is read and written through the cipher. */
export function openSqlite(file: string, options: Database.Options, engine: EngineOptions): Database.Database {
  const sqlite = new Database(file, { ...options, ...(engine.nativeBinding ? { nativeBinding: engine.nativeBinding } : {}) })
  if (engine.key) {
    try {
      useCipher(sqlite, engine.key)
    } catch (error) {
      sqlite.close()
      throw error
    }
  }
  return sqlite
}

/**
 * Encrypts the database behind `sqlite` with `key`, page by page, in place: opened
 * without a key (a practice from before encryption), or with its old key (a copy given
 * another). In the rollback-journal mode: the engine cannot rewrite a database in WAL mode.
 */
export function encryptInPlace(sqlite: Database.Database, key: Buffer): void {
  sqlite.pragma("cipher = 'sqlcipher'")
  sqlite.pragma(`rekey = ${rawKey(key)}`)
}

/** Removes a database file and the journals the engine keeps beside it. */
export function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true })
}
