import { copyFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import { everyRow, practiceInFolder, temporaryFolder, withoutBackupRecord } from '../testing/practice'
import { DATABASE_FILE_NAME } from './connection'
import { MIGRATIONS } from './migrations'
import { BrokenReferencesError, latestVersion, migrate, schemaVersion, type Migration } from './migrator'
import { rebuildTable } from './rebuild'

const V23 = resolve(import.meta.dirname, '../../../test/fixtures/v23.sqlite')

/** Every table with a column that refers to engagements, and the tables that refer to those in turn. */
function tablesReferringTo(sqlite: Database.Database, table: string): string[] {
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]
  const found = new Set<string>()
  const visit = (parent: string) => {
    for (const child of tables) {
      const refers = (sqlite.prepare('SELECT "table" FROM pragma_foreign_key_list(?)').pluck().all(child) as string[]).includes(parent)
      if (refers && !found.has(child) && child !== parent) {
        found.add(child)
        visit(child)
      }
    }
  }
  visit(table)
  return [...found].sort()
}

const countOf = (sqlite: Database.Database, sql: string, ...values: unknown[]) => sqlite.prepare(sql).pluck().get(...values) as number

describe('widening the fee basis (migration 24) on a practice as version 23 left it', () => {
  it('keeps every row of every table, references whole, and the log, the search index and the stored figures at work', async () => {
    const before = new Database(V23, { readonly: true, fileMustExist: true })
    const rowsBefore = everyRow(before, withoutBackupRecord)
    const children = tablesReferringTo(before, 'engagements')
    before.close()
    // The rows at risk: those of every table that depends on an engagement, sessions and goals among them.
    expect(children).toEqual(expect.arrayContaining(['sessions', 'goals', 'actions', 'engagement_billing', 'fee_instalments', 'late_cancellations', 'attachments', 'invoices']))
    expect(children.filter((table) => (rowsBefore[table]?.length ?? 0) > 0).length).toBeGreaterThanOrEqual(8)

    const folder = temporaryFolder('coachbook-retainer-')
    copyFileSync(V23, join(folder, DATABASE_FILE_NAME))
    const practice = practiceInFolder({ folder })
    try {
      const sqlite = practice.practice.database.sqlite
      expect(schemaVersion(sqlite)).toBe(latestVersion(MIGRATIONS))
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(sqlite.pragma('foreign_key_check')).toEqual([])
      expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
      // Later migrations may add tables of their own; every table there was keeps every row.
      const rowsAfter = everyRow(sqlite, withoutBackupRecord)
      expect(Object.fromEntries(Object.keys(rowsBefore).map((table) => [table, rowsAfter[table]]))).toEqual(rowsBefore)

      // A retainer is now a fee basis; anything else still is not.
      const engagement = await practice.call.ok('engagements:get', { id: 1 })
      const logBefore = countOf(sqlite, "SELECT count(*) FROM change_log WHERE table_name = 'engagements'")
      const updated = await practice.call.ok('engagements:update', {
        id: 1,
        kindId: engagement.kind.id,
        title: 'Quarzwerk board programme',
        sponsorOrganisationId: engagement.sponsorOrganisation?.id ?? null,
        sponsorContactId: engagement.sponsorContact?.id ?? null,
        startDate: engagement.startDate,
        plannedEndDate: engagement.plannedEndDate,
        fee: { amountMinor: 90_000, currency: 'EUR', basis: 'monthly_retainer' }
      })
      expect(updated.fee).toEqual({ amountMinor: 90_000, currency: 'EUR', basis: 'monthly_retainer' })
      expect(() => sqlite.prepare("UPDATE engagements SET fee_basis = 'weekly' WHERE id = 1").run()).toThrow(/CHECK constraint failed/)

      // The change log's triggers on the rebuilt table record the change, and Undo takes it back.
      expect(countOf(sqlite, "SELECT count(*) FROM change_log WHERE table_name = 'engagements'")).toBeGreaterThan(logBefore)
      // The search index's triggers, which find a record's client through its engagement, index a new goal under its client.
      const goal = await practice.call.ok('goals:create', { engagementId: 1, statement: 'Chair the Quarzwerk board with calm' })
      const found = await practice.call.ok('search:query', { text: 'Quarzwerk', clientId: engagement.clientId })
      expect(found.items.map((item) => [item.type, item.id])).toEqual([['goal', goal.id]])
      // A trigger of another table that names engagements (the stored count of held sessions) still runs.
      const held = countOf(sqlite, 'SELECT held_sessions FROM engagements WHERE id = 1')
      await practice.call.ok('sessions:create', { engagementId: 1, startsAt: '2026-02-02T09:00:00Z', durationMinutes: 60, status: 'held' })
      expect(countOf(sqlite, 'SELECT held_sessions FROM engagements WHERE id = 1')).toBe(held + 1)
      // Deleting an engagement still takes its records with it: the references were made again.
      expect(countOf(sqlite, 'SELECT count(*) FROM fee_instalments WHERE engagement_id = 3')).toBe(2)
      await practice.call.ok('engagements:delete', { id: 3 })
      expect(countOf(sqlite, 'SELECT count(*) FROM fee_instalments WHERE engagement_id = 3')).toBe(0)
      expect(sqlite.pragma('foreign_key_check')).toEqual([])
    } finally {
      await practice.close()
    }
  })

  it('makes the schema exactly as a new practice has it', () => {
    const upgraded = new Database(':memory:')
    migrate(upgraded, MIGRATIONS.slice(0, 23))
    migrate(upgraded, MIGRATIONS)
    const fresh = new Database(':memory:')
    migrate(fresh, MIGRATIONS)
    const schema = (sqlite: Database.Database) => sqlite.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name').all()
    expect(schema(upgraded)).toEqual(schema(fresh))
  })
})

describe('rebuilding a table', () => {
  function parentAndChild(): Database.Database {
    const sqlite = new Database(':memory:')
    sqlite.exec(`
      CREATE TABLE parents (id INTEGER PRIMARY KEY, kind TEXT CHECK (kind IN ('a')));
      CREATE TABLE children (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parents (id) ON DELETE CASCADE);
      INSERT INTO parents VALUES (1, 'a'), (2, 'a');
      INSERT INTO children VALUES (1, 1), (2, 1), (3, 2);`)
    return sqlite
  }
  const widen = (sqlite: Database.Database) => rebuildTable(sqlite, 'parents', (sql) => sql.replace("IN ('a')", "IN ('a', 'b')"))

  it('is refused with foreign keys on, where dropping the table would delete every row referring to it', () => {
    const sqlite = parentAndChild()
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(() => widen(sqlite)).toThrow('Rebuilding parents with foreign keys on would delete the records that refer to it.')
    expect(countOf(sqlite, 'SELECT count(*) FROM children')).toBe(3)
  })

  it('turns foreign keys off only around a batch that rebuilds, and commits nothing when a reference would break', () => {
    const sqlite = parentAndChild()
    sqlite.exec('CREATE TABLE kept_version (v INTEGER); PRAGMA user_version = 1')
    const noop: Migration = { version: 1, name: 'start', up() {} }
    const breaking: Migration = {
      version: 2,
      name: 'widen and lose a parent',
      rebuildsTables: true,
      up(db) {
        widen(db)
        db.exec('DELETE FROM parents WHERE id = 2')
      }
    }
    expect(() => migrate(sqlite, [noop, breaking])).toThrow(BrokenReferencesError)
    expect(schemaVersion(sqlite)).toBe(1)
    expect(countOf(sqlite, 'SELECT count(*) FROM parents')).toBe(2)
    expect(sqlite.prepare("SELECT sql FROM sqlite_master WHERE name = 'parents'").pluck().get()).toContain("IN ('a'))")
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)

    const widening: Migration = { version: 2, name: 'widen', rebuildsTables: true, up: widen }
    migrate(sqlite, [noop, widening])
    expect(schemaVersion(sqlite)).toBe(2)
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    sqlite.prepare("INSERT INTO parents VALUES (3, 'b')").run()
    expect(countOf(sqlite, 'SELECT count(*) FROM children')).toBe(3)
    sqlite.prepare('DELETE FROM parents WHERE id = 1').run()
    expect(countOf(sqlite, 'SELECT count(*) FROM children')).toBe(1)
  })
})
