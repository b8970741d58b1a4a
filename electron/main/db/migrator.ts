import type { Database as SqliteDatabase } from 'better-sqlite3-multiple-ciphers'

export interface Migration {
  version: number
  name: string
  up(sqlite: SqliteDatabase): void
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
  sqlite
    .transaction(() => {
      pending.forEach((migration, done) => {
        onStep?.(done, pending.length)
        migration.up(sqlite)
      })
      onStep?.(pending.length, pending.length)
      // user_version lives in the file header, which SQLite journals like any page.
      sqlite.pragma(`user_version = ${to}`)
    })
    .immediate()
  return { from, to }
}
