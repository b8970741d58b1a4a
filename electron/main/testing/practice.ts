import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import { openPractice } from '../backup'
import { DATABASE_FILE_NAME } from '../db/connection'
import type { DoorHook } from '../db/door'
import type { MainContext } from '../ipc/handlers'
import { silentLogger, type Logger } from '../logging/logger'
import { startPracticeRuntime } from '../runtime'
import { caller } from './calls'
import { developmentKeysAsync, openDevelopmentPractice } from './developmentKey'
import { RESOURCES_DIR } from './db'
import { standInPlatform } from './platform'
import { repositoryFacts } from './facts'

export function temporaryFolder(prefix = 'coachbook-practice-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

/**
 * A practice in a file, opened the way the app opens it (so it can be backed up and
 * restored), with the app's dispatcher on top. The stand-in folder dialog answers
 * `<folder>/chosen`.
 */
/**
 * `encrypted: false`: a practice as it was before encryption (to check what erasure leaves in the file's bytes).
 * `keychain: false`: on a computer with no keychain, where a practice is made unencrypted unless a passphrase keeps its key.
 */
export function practiceInFolder(options: { folder?: string; log?: Logger; doorHooks?: DoorHook[]; encrypted?: boolean; keychain?: boolean } = {}) {
  const folder = options.folder ?? temporaryFolder()
  const file = join(folder, DATABASE_FILE_NAME)
  const withKeychain = options.keychain !== false
  const { opening, readOptions } = withKeychain
    ? openDevelopmentPractice(file, { encrypted: options.encrypted })
    : { opening: openPractice(file), readOptions: {} }
  if (!opening.ok) throw new Error(opening.problem.message)
  const platform = standInPlatform(join(folder, 'chosen'))
  const log = options.log ?? silentLogger
  const { practice, dispatch } = startPracticeRuntime({
    file,
    database: opening.database,
    platform,
    log,
    resourcesDir: RESOURCES_DIR,
    readOptions,
    keeper: withKeychain ? developmentKeysAsync : undefined,
    checkOutputs: true,
    facts: repositoryFacts(folder),
    doorHooks: options.doorHooks
  })
  return {
    folder,
    file,
    /** The practice's key (development-only, see developmentKey.ts). */
    key: readOptions.key,
    /** How it was opened: created, or upgraded from an older version (with the backup made first). */
    opened: { created: opening.created, upgrade: opening.upgrade },
    practice,
    platform,
    log,
    dispatch,
    call: caller(dispatch),
    /** The handlers' context on the current connection, to build a dispatcher of one's own. */
    context: (): MainContext => ({ resourcesDir: RESOURCES_DIR, platform, practice, log, facts: repositoryFacts(folder) }),
    close: async () => {
      await practice.close()
      rmSync(folder, { recursive: true, force: true })
    }
  }
}

export type Rows = Record<string, unknown[]>

/** Every row of every table, in a stable order: two practices are the same when these are equal. */
export function everyRow(sqlite: Database.Database, skip: (table: string, row: Record<string, unknown>) => boolean = () => false): Rows {
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
    .pluck()
    .all() as string[]
  return Object.fromEntries(
    tables.map((table) => {
      const rows = sqlite.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]
      const sorted = rows.map((row) => JSON.stringify(row)).sort()
      return [table, sorted.map((row) => JSON.parse(row) as Record<string, unknown>).filter((row) => !skip(table, row))]
    })
  )
}

/** The bytes of a file and the names beside it: what "left exactly as it was" means. */
export function snapshotOf(file: string, folder: string): { bytes: Buffer; names: string[] } {
  return { bytes: readFileSync(file), names: readdirSync(folder).sort() }
}

/** Every row but the record of the last backup (which encrypting and rekeying make), its entries in the change log and the clock they moved on. */
export const withoutBackupRecord = (table: string, row: Record<string, unknown>) =>
  (table === 'settings' && String(row.key).startsWith('backup.')) ||
  (table === 'change_log' && row.table_name === 'settings') ||
  table === 'change_clock'
