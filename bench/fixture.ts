import { execFile } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { createHash } from 'node:crypto'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import Database from 'better-sqlite3'
import { seedDataDir } from '../electron/dev/demo-data/folder'
import { flushToDisk } from '../electron/main/backup/snapshot'
import { DATABASE_FILE_NAME } from '../electron/main/db/connection'
import { MIGRATIONS } from '../electron/main/db/migrations'
import { latestVersion } from '../electron/main/db/migrator'

export const ROOT = resolve(import.meta.dirname, '..')
const CACHE = join(ROOT, 'node_modules/.cache/coachbook/bench')
export const FIXTURE_SEED = 1

/**
 * The large fixture is generated once and kept until what made it changes: the demo
 * generator or the schema. Its name carries a digest of both.
 */
function fixtureKey(): string {
  const hash = createHash('sha256')
  const generator = join(ROOT, 'electron/dev/demo-data')
  for (const name of readdirSync(generator).sort()) {
    if (!name.endsWith('.test.ts')) hash.update(readFileSync(join(generator, name)))
  }
  hash.update(String(latestVersion(MIGRATIONS)))
  return `large-seed${FIXTURE_SEED}-v${latestVersion(MIGRATIONS)}-${hash.digest('hex').slice(0, 12)}`
}

/** The cached large practice (made first if needed, which takes a few minutes). */
export async function largeFixture(log: (line: string) => void): Promise<string> {
  const dir = join(CACHE, fixtureKey())
  const file = join(dir, DATABASE_FILE_NAME)
  if (existsSync(file)) return file
  log(`Generating the large fixture once (${dir})…`)
  rmSync(CACHE, { recursive: true, force: true })
  const building = `${dir}.partial`
  rmSync(building, { recursive: true, force: true })
  await seedDataDir({ dataDir: building, size: 'large', seed: FIXTURE_SEED })
  mkdirSync(CACHE, { recursive: true })
  renameSync(building, dir)
  return file
}

const temporary: string[] = []

/** A temporary folder that removeTemporaryFolders deletes when the bench ends: copies of the fixture are large. */
export function temporaryFolder(purpose: string): string {
  const dir = mkdtempSync(join(tmpdir(), `coachbook-bench-${purpose}-`))
  temporary.push(dir)
  return dir
}

export function removeTemporaryFolders(): void {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true })
}

/**
 * A private copy of the fixture in `dir`, so a measurement can change it. The copy is
 * flushed to the disk before it is used: a coach's practice is not 200 MB of writes
 * still on their way to the disk when Coachbook opens it, and what is measured next
 * must not wait for them.
 */
export function copyOf(fixture: string, dir: string): string {
  mkdirSync(dir, { recursive: true })
  const file = join(dir, DATABASE_FILE_NAME)
  copyFileSync(fixture, file)
  flushToDisk(file)
  return file
}

/**
 * How to take the large practice back below each migration after 011, for the upgrade
 * measures that start from version 10 or 9. Every migration after 011 needs its step here
 * (data-only ones have nothing to undo): the measure refuses to run without it rather than
 * quietly leaving its row out.
 */
const UNDO_AFTER_011: Record<number, (sqlite: Database.Database) => void> = {
  12: (sqlite) => sqlite.exec('ALTER TABLE goals DROP COLUMN unit_one'),
  13: () => undefined
}

/** Takes a copy back to version 11, undoing each later migration, newest first. */
function asVersion11(sqlite: Database.Database): void {
  for (let version = latestVersion(MIGRATIONS); version > 11; version--) {
    const undo = UNDO_AFTER_011[version]
    if (!undo) throw new Error(`bench/fixture.ts has no step to undo migration ${version}: add it to UNDO_AFTER_011.`)
    undo(sqlite)
  }
}

/**
 * Turns a copy back into what the version before search (schema 9) would have written
 * for the same records, so opening it runs migration 010 as a coach's upgrade would.
 */
export function asBeforeSearch(file: string): void {
  const sqlite = new Database(file)
  const objects = sqlite
    .prepare(
      `SELECT type, name FROM sqlite_master
       WHERE (type = 'trigger' AND (name LIKE 'search_%' OR name LIKE 'clients_name_sort_%'))
          OR (type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%')
          OR (type = 'index' AND name IN ('clients_active_by_name', 'clients_archived_by_name', 'clients_by_name',
              'actions_engagement_open_order', 'actions_status_due', 'sessions_status_starts_at', 'engagements_status'))`
    )
    .all() as { type: string; name: string }[]
  sqlite.transaction(() => {
    asVersion11(sqlite)
    for (const { type, name } of objects) sqlite.exec(`DROP ${type.toUpperCase()} ${name}`)
    sqlite.exec('ALTER TABLE clients DROP COLUMN name_sort')
    sqlite.exec('CREATE INDEX clients_archived_at ON clients (archived_at)')
    sqlite.pragma('user_version = 9')
  })()
  sqlite.exec('VACUUM')
  sqlite.close()
}

/**
 * Turns a copy back into what version 10 wrote: the search index with FTS5's
 * secure-delete, so opening it runs migration 011 (the index rebuilt) as a coach's
 * upgrade would.
 */
export function asBeforeIndexInStep(file: string): void {
  const sqlite = new Database(file)
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'").pluck().all() as string[]
  sqlite.transaction(() => {
    asVersion11(sqlite)
    for (const table of tables) sqlite.exec(`INSERT INTO "${table}"("${table}", rank) VALUES ('secure-delete', 1)`)
    sqlite.pragma('user_version = 10')
  })()
  sqlite.close()
}

/** Waits for everything written so far to reach the disk (`sync`, where the system has it). */
export async function settleDisk(): Promise<void> {
  if (process.platform === 'win32') return
  await promisify(execFile)('sync').catch(() => undefined)
}
