import { copyFileSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { afterAll, describe, expect, it } from 'vitest'
import { listBackupFiles } from '../backup'
import { everyRow, practiceInFolder, temporaryFolder } from '../testing/practice'
import { DATABASE_FILE_NAME } from './connection'
import { MIGRATIONS } from './migrations'
import { latestVersion, migrate, schemaVersion } from './migrator'

/** Databases as each schema version of the app left them, built by test/fixtures/build.ts. */
const FIXTURES = resolve(import.meta.dirname, '../../../test/fixtures')
const fixtureOf = (version: number) => join(FIXTURES, `v${version}.sqlite`)
const LATEST = latestVersion(MIGRATIONS)
const results: { from: number; to: number; ms: number; rows: number; tables: number }[] = []

function schemaOf(sqlite: Database.Database): unknown[] {
  return sqlite.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name').all()
}

/** The rows of a table, only the columns the older version had, in a stable order. */
function rowsWithColumns(sqlite: Database.Database, table: string, columns: string[]): string[] {
  const list = columns.map((column) => `"${column}"`).join(', ')
  return (sqlite.prepare(`SELECT ${list} FROM "${table}"`).all() as unknown[]).map((row) => JSON.stringify(row)).sort()
}

/**
 * The full-text index's own storage: derived from the records' text, which it may be
 * rebuilt from by a migration (011). The text it indexes (`_content`) is compared like
 * any table but for its row numbers, which are the index's own (014 renumbered them),
 * and SQLite's full check proves the index is in step with it.
 */
function indexStorageOf(sqlite: Database.Database): { derived: Set<string>; texts: Set<string> } {
  const indexes = sqlite.prepare("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE % USING fts5(%'").pluck().all() as string[]
  return {
    derived: new Set(indexes.flatMap((index) => ['data', 'idx', 'config', 'docsize'].map((part) => `${index}_${part}`))),
    texts: new Set(indexes.map((index) => `${index}_content`))
  }
}

function readOnly(file: string): Database.Database {
  return new Database(file, { readonly: true, fileMustExist: true })
}

afterAll(() => {
  // The figures for the record: how long each upgrade took and how much it carried.
  console.info(
    ['Fixture upgrades:', ...results.map((r) => `  v${r.from} → v${r.to}: ${r.rows} rows in ${r.tables} tables intact, ${r.ms} ms`)].join('\n')
  )
})

describe('fixtures', () => {
  it.each(MIGRATIONS.map((migration) => migration.version))('exist for schema version %i', (version) => {
    expect(
      existsSync(fixtureOf(version)),
      `No fixture for schema version ${version}: add its data to test/fixtures/seeds.ts and run npx tsx test/fixtures/build.ts`
    ).toBe(true)
  })
})

describe.each(MIGRATIONS.map((migration) => migration.version))('the practice as schema version %i left it', (version) => {
  const fixture = fixtureOf(version)

  it('has exactly the schema migrations 1..N make today: a landed migration is never edited', () => {
    const reference = new Database(':memory:')
    migrate(reference, MIGRATIONS.slice(0, version))
    const stored = readOnly(fixture)
    expect(
      schemaOf(stored),
      `test/fixtures/v${version}.sqlite no longer matches migrations 1..${version}. A landed migration must never change; ` +
        `if migration ${version} has not landed yet, delete the fixture and run npx tsx test/fixtures/build.ts`
    ).toEqual(schemaOf(reference))
    expect(schemaVersion(stored)).toBe(version)
    stored.close()
    reference.close()
  })

  it('upgrades to the current version with every row intact, after a verified backup', async () => {
    const before = readOnly(fixture)
    const rowsBefore = everyRow(before)
    const { derived, texts } = indexStorageOf(before)
    before.close()

    const folder = temporaryFolder('coachbook-fixture-')
    copyFileSync(fixture, join(folder, DATABASE_FILE_NAME))
    const started = performance.now()
    const practice = practiceInFolder({ folder })
    const ms = Math.round(performance.now() - started)
    try {
      const sqlite = practice.practice.database.sqlite
      expect(schemaVersion(sqlite)).toBe(LATEST)
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(sqlite.pragma('foreign_key_check')).toEqual([])

      let rows = 0
      for (const [table, oldRows] of Object.entries(rowsBefore)) {
        const columns = Object.keys(oldRows[0] ?? {}).filter((column) => !(texts.has(table) && column === 'id'))
        if (columns.length === 0 || derived.has(table)) continue
        const projected = oldRows.map((row) => JSON.stringify(Object.fromEntries(columns.map((column) => [column, (row as Record<string, unknown>)[column]]))))
        expect(rowsWithColumns(sqlite, table, columns), `rows of ${table}`).toEqual(projected.sort())
        rows += oldRows.length
      }

      if (version === LATEST) {
        expect(practice.opened.upgrade).toBeNull()
      } else {
        expect(practice.opened.upgrade).toMatchObject({ from: version, to: LATEST, backup: { kind: 'before-upgrade' } })
        const [backup] = listBackupFiles(join(folder, 'backups'))
        const copy = readOnly(join(folder, 'backups', backup!.id))
        expect(everyRow(copy)).toEqual(rowsBefore)
        copy.close()
      }

      // The app reads the upgraded records through its own channels.
      const clients = await practice.call.ok('clients:list', { archived: 'all' })
      expect(clients.items).toHaveLength(rowsBefore.clients?.length ?? 0)
      if (version >= 8) {
        const summary = await practice.call.ok('reviews:summary', { engagementId: 1, audience: 'sponsor' })
        expect(summary).toBeTruthy()
      }
      results.push({ from: version, to: LATEST, ms, rows, tables: Object.keys(rowsBefore).length })
    } finally {
      await practice.close()
    }
  })
})
