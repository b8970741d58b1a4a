import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase } from './connection'
import { MIGRATIONS } from './migrations'
import { DatabaseTooNewError, latestVersion, migrate, schemaVersion, type Migration } from './migrator'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'coachbook-migrate-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** Reads the database file once every write has been checkpointed into it. */
function bytesOf(file: string): Buffer {
  return readFileSync(file)
}

describe('migrations', () => {
  it('are numbered 1, 2, 3… in the order they are listed', () => {
    MIGRATIONS.forEach((migration, index) => expect(migration.version).toBe(index + 1))
  })

  it('bring a new database to the latest version with the pragmas set', async () => {
    const database = openDatabase(join(dir, 'practice.sqlite'))
    expect(schemaVersion(database.sqlite)).toBe(latestVersion(MIGRATIONS))
    expect(database.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(database.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(database.sqlite.pragma('synchronous', { simple: true })).toBe(2)
    expect(database.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000)
    await database.close()
  })

  it('leave the database exactly as it was when one fails part-way', () => {
    const file = join(dir, 'practice.sqlite')
    const sqlite = new Database(file)
    migrate(sqlite, MIGRATIONS)
    sqlite.prepare("INSERT INTO clients (name, created_at, updated_at) VALUES ('Ann', 'x', 'x')").run()
    sqlite.pragma('wal_checkpoint(TRUNCATE)')
    const before = bytesOf(file)

    const next = latestVersion(MIGRATIONS) + 1
    const broken: Migration[] = [
      ...MIGRATIONS,
      { version: next, name: 'adds a table', up: (db) => db.exec('CREATE TABLE extra (id INTEGER)') },
      { version: next + 1, name: 'fails', up: (db) => db.exec('ALTER TABLE missing ADD COLUMN x TEXT') }
    ]
    expect(() => migrate(sqlite, broken)).toThrow(/missing/)
    expect(schemaVersion(sqlite)).toBe(latestVersion(MIGRATIONS))
    expect(sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'extra'").get()).toBeUndefined()
    sqlite.close()
    expect(bytesOf(file).equals(before)).toBe(true)
  })

  it('refuse a database from a newer version of the app without touching it', () => {
    const file = join(dir, 'practice.sqlite')
    const newer = new Database(file)
    newer.pragma('journal_mode = DELETE')
    newer.exec('CREATE TABLE future (id INTEGER)')
    newer.pragma(`user_version = ${latestVersion(MIGRATIONS) + 5}`)
    newer.close()
    const before = bytesOf(file)

    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError)
    expect(() => openDatabase(file)).toThrow(/newer version of Coachbook.*has not been changed/)
    expect(bytesOf(file).equals(before)).toBe(true)
  })

  it('do nothing to a database that is already current', async () => {
    const file = join(dir, 'practice.sqlite')
    ;(await openDatabase(file).close())
    const again = openDatabase(file)
    expect(migrate(again.sqlite, MIGRATIONS)).toEqual({ from: latestVersion(MIGRATIONS), to: latestVersion(MIGRATIONS) })
    await again.close()
  })
})
