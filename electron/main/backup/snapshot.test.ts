import { readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { PracticeClock, registerChangeFunctions } from '../changes'
import * as diagnose from '../db/diagnose'
import { openDatabase, type AppDatabase } from '../db/connection'
import { temporaryFolder } from '../testing/practice'
import { BackupError, differenceFrom, tableCounts, writeVerifiedBackup } from './snapshot'

// The copy is checked through withReadOnly; a test can make that check see a damaged copy.
vi.mock('../db/diagnose', async (importOriginal) => {
  const real = await importOriginal<typeof diagnose>()
  return { ...real, withReadOnly: vi.fn(real.withReadOnly) }
})

let folder: string
let database: AppDatabase
beforeEach(() => {
  folder = temporaryFolder('coachbook-snapshot-')
  database = openDatabase(join(folder, 'practice.sqlite'))
  database.sqlite.exec(`
    INSERT INTO clients (name, created_at, updated_at) VALUES ('Ann', 'x', 'x'), ('Ben', 'x', 'x');
    INSERT INTO organisations (name, created_at, updated_at) VALUES ('Acme', 'x', 'x');`)
})
afterEach(async () => {
  await database.close()
  rmSync(folder, { recursive: true, force: true })
})

const target = () => ({ folder: join(folder, 'backups'), kind: 'manual' as const, now: new Date('2026-03-14T09:30:00.000Z') })

describe('a verified backup', () => {
  it('is a copy with the same data version and the same rows in every table', () => {
    const backup = writeVerifiedBackup(database.sqlite, target())
    expect(backup).toMatchObject({ id: 'coachbook-backup-2026-03-14T09-30-00-000Z-manual.sqlite', createdAt: '2026-03-14T09:30:00.000Z' })
    const copy = new Database(join(folder, 'backups', backup.id), { readonly: true })
    expect(tableCounts(copy)).toEqual(tableCounts(database.sqlite))
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete')
    copy.close()
  })

  it('holds every committed write even while another program reads the practice and keeps its journal from being folded in', () => {
    const reader = new Database(join(folder, 'practice.sqlite'), { readonly: true })
    reader.exec('BEGIN')
    reader.prepare('SELECT count(*) FROM clients').get()
    database.sqlite.exec("INSERT INTO clients (name, created_at, updated_at) VALUES ('Cem', 'x', 'x')")
    try {
      const backup = writeVerifiedBackup(database.sqlite, target())
      const copy = new Database(join(folder, 'backups', backup.id), { readonly: true })
      expect(copy.prepare('SELECT name FROM clients ORDER BY id').pluck().all()).toEqual(['Ann', 'Ben', 'Cem'])
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete')
      copy.close()
    } finally {
      reader.close()
    }
  })

  it('gets a name of its own when two are made in the same millisecond', () => {
    const first = writeVerifiedBackup(database.sqlite, target())
    const second = writeVerifiedBackup(database.sqlite, target())
    expect(second.id).not.toBe(first.id)
    expect(readdirSync(join(folder, 'backups')).sort()).toEqual([first.id, second.id].sort())
  })

  it('is deleted and reported when the copy does not check out', () => {
    vi.mocked(diagnose.withReadOnly).mockImplementationOnce((file, options, use) => {
      // A row lost on the way to the disk.
      const copy = new Database(file)
      registerChangeFunctions(copy, PracticeClock.of(copy))
      copy.exec("DELETE FROM organisations WHERE name = 'Acme'").close()
      return diagnose.withReadOnly(file, options, use)
    })
    expect(() => writeVerifiedBackup(database.sqlite, target())).toThrow(
      new BackupError('the copy does not hold the same number of records when checked, so it was deleted. Your practice itself is unchanged')
    )
    expect(readdirSync(join(folder, 'backups'))).toEqual([])
  })

  it('says what differs: damage, another version, missing rows', () => {
    const expected = { version: 10_000, counts: tableCounts(database.sqlite) }
    expect(differenceFrom(database.sqlite, expected)).toBe('the copy has another data version')
    const counts = { ...tableCounts(database.sqlite), clients: 3 }
    expect(differenceFrom(database.sqlite, { version: database.sqlite.pragma('user_version', { simple: true }) as number, counts })).toBe(
      'the copy does not hold the same number of records'
    )
  })
})
