import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { listBackupFiles, openPractice } from '../backup'
import { temporaryFolder } from '../testing/practice'
import { DATABASE_FILE_NAME } from './connection'
import { MIGRATIONS } from './migrations'
import { migrate, schemaVersion, type Migration } from './migrator'

// This version of the app has one more migration, and it fails part-way.
vi.mock('./migrations', async (importOriginal) => {
  const real = (await importOriginal<{ MIGRATIONS: readonly Migration[] }>()).MIGRATIONS
  const next = real.length + 1
  const failing: Migration = {
    version: next,
    name: 'fails part-way',
    up: (sqlite) => {
      sqlite.exec('CREATE TABLE half_done (id INTEGER)')
      sqlite.exec('ALTER TABLE missing ADD COLUMN x TEXT')
    }
  }
  return { MIGRATIONS: [...real, failing] }
})

let folder: string
let file: string
beforeEach(() => {
  folder = temporaryFolder('coachbook-upgrade-')
  file = join(folder, DATABASE_FILE_NAME)
})
afterEach(() => rmSync(folder, { recursive: true, force: true }))

it('leaves the practice byte for byte as it was when an update fails part-way, with its backup kept', () => {
  const landed = MIGRATIONS.slice(0, -1)
  const sqlite = new Database(file)
  sqlite.pragma('journal_mode = WAL')
  migrate(sqlite, landed)
  sqlite.exec("INSERT INTO organisations (name, created_at, updated_at) VALUES ('Nordlys AS', 'x', 'x')")
  sqlite.close()
  const before = readFileSync(file)

  const opening = openPractice(file)
  expect(opening.ok).toBe(false)
  if (opening.ok) return
  expect(opening.problem).toMatchObject({ kind: 'upgrade_failed', message: expect.stringContaining(file) })
  expect(readFileSync(file).equals(before)).toBe(true)

  const after = new Database(file, { readonly: true })
  expect(schemaVersion(after)).toBe(landed.length)
  after.close()
  expect(listBackupFiles(join(folder, 'backups')).map((backup) => backup.kind)).toEqual(['before-upgrade'])
})
