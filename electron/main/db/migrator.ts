import type { Database as SqliteDatabase } from 'better-sqlite3-multiple-ciphers'

export interface Migration {
  version: number
  name: string
  /**
   * It drops and remakes a table other tables refer to (db/rebuild.ts). Foreign keys are
   * then off while its batch of migrations runs, so dropping the table cannot cascade into
   * the rows that refer to it, and every reference is checked before the batch commits.
   */
  rebuildsTables?: true
  up(sqlite: SqliteDatabase): void
}

/** Rows whose reference leads nowhere, as `PRAGMA foreign_key_check` lists them. */
export class BrokenReferencesError extends Error {
  constructor(readonly broken: unknown[]) {
    super(`The upgrade would leave ${broken.length} records referring to records that do not exist, so it was not made: ${JSON.stringify(broken.slice(0, 5))}`)
    this.name = 'BrokenReferencesError'
  }
}

function checkReferences(sqlite: SqliteDatabase): void {
  const broken = sqlite.pragma('foreign_key_check') as unknown[]
  if (broken.length > 0) throw new BrokenReferencesError(broken)
}

export class DatabaseTooNewError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly appVersion: number
  ) {
    super(
      `This data file was written by a newer version of Coachbook (data version ${fileVersion}; ` +
        `this version reads up to ${appVersion}). Update Coachbook to open it. The file has not been changed.`
    )
    this.name = 'DatabaseTooNewError'
  }
}

export function schemaVersion(sqlite: SqliteDatabase): number {
  return sqlite.pragma('user_version', { simple: true }) as number
}

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.at(-1)?.version ?? 0
}

function assertNumberedInOrder(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration "${migration.name}" is numbered ${migration.version}, expected ${index + 1}.`)
    }
  })
}

/** Reading the version writes nothing, so a newer file is refused before any byte of it changes. */
export function refuseNewerDatabase(sqlite: SqliteDatabase, migrations: readonly Migration[]): void {
  const fileVersion = schemaVersion(sqlite)
  const appVersion = latestVersion(migrations)
  if (fileVersion > appVersion) throw new DatabaseTooNewError(fileVersion, appVersion)
}

/**
 * Brings the database up to the latest schema. All pending migrations run in one
 * transaction, so a failure part-way leaves the file exactly as it was. A file from a
 * newer version of the app is refused before anything is written. `onStep` hears of
 * each migration as it begins, and once more when all are done (the update window's progress).
 *
 * When a pending migration rebuilds a table, foreign keys are turned off around the
 * transaction (SQLite ignores the pragma inside one) and back on after it, whatever
 * happened; before committing, `foreign_key_check` must find every reference whole, or
 * nothing is committed. No migration relies on a cascade, so none acts otherwise for it.
 */
export function migrate(
  sqlite: SqliteDatabase,
  migrations: readonly Migration[],
  onStep?: (done: number, total: number) => void
): { from: number; to: number } {
  assertNumberedInOrder(migrations)
  refuseNewerDatabase(sqlite, migrations)
  const from = schemaVersion(sqlite)
  const to = latestVersion(migrations)
  if (from === to) return { from, to }

  const pending = migrations.filter((migration) => migration.version > from)
  const rebuilds = pending.some((migration) => migration.rebuildsTables)
  const foreignKeysWereOn = sqlite.pragma('foreign_keys', { simple: true }) === 1
  if (rebuilds && foreignKeysWereOn) sqlite.pragma('foreign_keys = OFF')
  try {
    sqlite
      .transaction(() => {
        pending.forEach((migration, done) => {
          onStep?.(done, pending.length)
          migration.up(sqlite)
        })
        if (rebuilds) checkReferences(sqlite)
        onStep?.(pending.length, pending.length)
        // user_version lives in the file header, which SQLite journals like any page.
        sqlite.pragma(`user_version = ${to}`)
      })
      .immediate()
  } finally {
    if (rebuilds && foreignKeysWereOn) sqlite.pragma('foreign_keys = ON')
  }
  return { from, to }
}
