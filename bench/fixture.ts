import { execFile } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { createHash } from 'node:crypto'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import Database from 'better-sqlite3-multiple-ciphers'
import { seedDataDir } from '../electron/dev/demo-data/folder'
import { SIZES, type PracticeSize, type Size } from '../electron/main/demo/practice'
import { flushToDisk } from '../electron/main/backup/snapshot'
import { dropChangeLogTriggers, installChangeLogTriggers, PracticeClock, registerChangeFunctions } from '../electron/main/changes'
import { DATABASE_FILE_NAME, openDatabase } from '../electron/main/db/connection'
import { MIGRATIONS } from '../electron/main/db/migrations'
import { latestVersion } from '../electron/main/db/migrator'
import { rebuildTable, replacedOnce } from '../electron/main/db/rebuild'
import { registerSearchFunctions } from '../electron/main/search/functions'
import { installSearchIndex } from '../electron/main/search/schema'
import { LOGGED_AS_OF_015 } from '../electron/main/db/migrations/015_logged_as_of'

export const ROOT = resolve(import.meta.dirname, '..')
const CACHE = join(ROOT, 'node_modules/.cache/coachbook/bench')
export const FIXTURE_SEED = 1

/** The large practice (1,000 clients…) and its multiples, by how many times larger they are. */
function sizeOf(scale: number): Size | PracticeSize {
  if (scale === 1) return 'large'
  return Object.fromEntries(Object.entries(SIZES.large).map(([what, count]) => [what, count * scale])) as PracticeSize
}

/** The name a fixture of this scale has, whatever made it: `large` or `large-x4`. */
function scaleName(scale: number): string {
  return scale === 1 ? 'large' : `large-x${scale}`
}

/**
 * A fixture is generated once and kept until its generator (the demo data) changes: its
 * name carries its scale and a digest of the generator. A newer schema does not make it
 * again — it is upgraded by the app's own migrations, as a coach's practice would be.
 */
function fixtureKey(scale: number): string {
  const hash = createHash('sha256')
  // The demo's records (electron/main/demo, shipped for the app's demo) and how the folder is seeded (electron/dev/demo-data).
  for (const generator of ['electron/main/demo', 'electron/dev/demo-data'].map((folder) => join(ROOT, folder))) {
    for (const name of readdirSync(generator).sort()) {
      if (!name.endsWith('.test.ts')) hash.update(readFileSync(join(generator, name)))
    }
  }
  return `${scaleName(scale)}-seed${FIXTURE_SEED}-${hash.digest('hex').slice(0, 12)}`
}

/**
 * Runs the migrations a fixture written by an older schema is missing, on a copy that
 * replaces it once upgraded (a stopped bench leaves the fixture as it was).
 */
async function upgraded(file: string, log: (line: string) => void): Promise<void> {
  const probe = new Database(file, { readonly: true })
  const version = probe.pragma('user_version', { simple: true }) as number
  probe.close()
  if (version >= latestVersion(MIGRATIONS)) return
  log(`Upgrading the fixture from schema ${version} to ${latestVersion(MIGRATIONS)} (${file})…`)
  const upgrading = `${file}.upgrading`
  copyFileSync(file, upgrading)
  const database = openDatabase(upgrading)
  database.sqlite.exec('VACUUM')
  database.sqlite.pragma('wal_checkpoint(TRUNCATE)')
  await database.close()
  renameSync(upgrading, file)
}

/**
 * The cached large practice, or one `scale` times its size, written as the large one is,
 * through the app's own services (made first if needed: a few minutes for each time the
 * size of the large one). Older fixtures of the same scale are removed; other scales are kept.
 */
export async function largeFixture(log: (line: string) => void, scale = 1): Promise<string> {
  const key = fixtureKey(scale)
  const dir = join(CACHE, key)
  const file = join(dir, DATABASE_FILE_NAME)
  if (existsSync(file)) {
    await upgraded(file, log)
    return file
  }
  log(`Generating the ${scale === 1 ? 'large' : `×${scale}`} fixture once (${dir})…`)
  mkdirSync(CACHE, { recursive: true })
  for (const name of readdirSync(CACHE)) {
    if (name.startsWith(`${scaleName(scale)}-seed`)) rmSync(join(CACHE, name), { recursive: true, force: true })
  }
  const building = `${dir}.partial`
  await seedDataDir({ dataDir: building, size: sizeOf(scale), seed: FIXTURE_SEED })
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
  13: () => undefined,
  // The ordered index goes, and migration 010's is made again from the records, as 011 left it.
  14: (sqlite) => {
    const objects = sqlite
      .prepare(
        `SELECT type, name FROM sqlite_master
         WHERE (type = 'trigger' AND name LIKE 'search\\_%' ESCAPE '\\')
            OR (type = 'table' AND name LIKE 'search\\_%' ESCAPE '\\' AND (sql LIKE 'CREATE VIRTUAL TABLE%' OR name LIKE '%\\_rows' ESCAPE '\\'))
         ORDER BY type = 'table', sql LIKE '%fts5vocab%' DESC`
      )
      .all() as { type: string; name: string }[]
    for (const { type, name } of objects) sqlite.exec(`DROP ${type.toUpperCase()} ${name}`)
    registerSearchFunctions(sqlite)
    installSearchIndex(sqlite)
    for (const table of fullTextTablesIn(sqlite)) sqlite.exec(`INSERT INTO "${table}"("${table}", rank) VALUES ('secure-delete', 0)`)
  },
  // The change log goes, then each record's uid with its index.
  15: (sqlite) => {
    dropChangeLogTriggers(sqlite)
    sqlite.exec('DROP TABLE change_log; DROP TABLE change_clock;')
    for (const { name } of LOGGED_AS_OF_015) sqlite.exec(`DROP INDEX ${name}_uid; ALTER TABLE ${name} DROP COLUMN uid;`)
  },
  16: (sqlite) =>
    sqlite.exec(`
      DROP INDEX sessions_engagement_status_starts_at;
      DROP INDEX goals_engagement_status;
      DROP INDEX reviews_follow_up_on;
    `),
  // The tables of tags on engagements and saved filters go, with the index of held sessions, and the log's triggers as 015 left them.
  17: (sqlite) => {
    sqlite.exec('DROP TABLE engagement_tags; DROP TABLE saved_filters; DROP INDEX sessions_held_by_engagement;')
    installChangeLogTriggers(sqlite, LOGGED_AS_OF_015)
  },
  // The coaching log's tables go, their change-log triggers with them.
  18: (sqlite) => sqlite.exec('DROP TABLE coaching_group_sessions; DROP TABLE coaching_groups; DROP TABLE coaching_log_engagements; DROP TABLE coaching_log_clients;'),
  19: (sqlite) => sqlite.exec('DROP INDEX change_log_owners'),
  // Today's stored figures go: their triggers and indexes first, then their columns.
  20: (sqlite) =>
    sqlite.exec(`
      DROP TRIGGER engagement_figures_session_insert; DROP TRIGGER engagement_figures_session_delete; DROP TRIGGER engagement_figures_session_update;
      DROP TRIGGER under_way_action_insert; DROP TRIGGER under_way_goal_insert; DROP TRIGGER under_way_engagement_status;
      DROP INDEX engagements_ending; DROP INDEX engagements_sessions_left; DROP INDEX engagements_last_held;
      DROP INDEX actions_open_under_way; DROP INDEX goals_at_risk_under_way;
      ALTER TABLE engagements DROP COLUMN held_sessions; ALTER TABLE engagements DROP COLUMN last_held_at;
      ALTER TABLE actions DROP COLUMN under_way; ALTER TABLE goals DROP COLUMN under_way;`),
  // Billing's tables go, their change-log triggers with them, and the sessions' trigger that keeps late cancellations.
  21: (sqlite) =>
    sqlite.exec(`
      DROP TRIGGER late_cancellation_while_cancelled;
      DROP TABLE late_cancellations; DROP TABLE fee_instalments; DROP TABLE engagement_billing; DROP TABLE sponsor_billing;`),
  // Templates and attachments go, their change-log triggers with them.
  22: (sqlite) => sqlite.exec('DROP TABLE attachments; DROP TABLE attachment_contents; DROP TABLE templates;'),
  // Invoices go, their change-log triggers with them, and the engagements' trigger that takes drafts along.
  23: (sqlite) =>
    sqlite.exec(`
      DROP TRIGGER invoice_drafts_go_with_engagement;
      DROP TABLE invoice_payments; DROP TABLE invoice_lines; DROP TABLE invoices; DROP TABLE invoice_series;`),
  // The retainer goes: fees version 22 could not hold are left unrecorded, and the fee basis narrowed again.
  24: (sqlite) => {
    // The change log's triggers record the fees taken out, stamped by the practice's clock.
    registerChangeFunctions(sqlite, PracticeClock.of(sqlite))
    sqlite.exec("UPDATE engagements SET fee_amount_minor = NULL, fee_currency = NULL, fee_basis = NULL WHERE fee_basis = 'monthly_retainer'")
    rebuildTable(sqlite, 'engagements', (definition) =>
      replacedOnce(definition, "fee_basis IN ('per_session', 'package', 'monthly_retainer')", "fee_basis IN ('per_session', 'package')")
    )
  },
  // The client list's index of words goes, with the triggers that keep it.
  25: (sqlite) =>
    sqlite.exec(`DROP TRIGGER client_words_insert; DROP TRIGGER client_words_update; DROP TRIGGER client_words_delete;
      DROP TABLE client_words;`)
}

/** A copy to take back to an older version, with foreign keys off: taking back migration 24 rebuilds a table others refer to. */
function openToTakeBack(file: string): Database.Database {
  const sqlite = new Database(file)
  sqlite.pragma('foreign_keys = OFF')
  return sqlite
}

function fullTextTablesIn(sqlite: Database.Database): string[] {
  return sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE % USING fts5(%'").pluck().all() as string[]
}

/** Takes a copy back to `version` (11 or later), undoing each later migration, newest first. */
function asVersion(sqlite: Database.Database, version: number): void {
  for (let undone = latestVersion(MIGRATIONS); undone > version; undone--) {
    const undo = UNDO_AFTER_011[undone]
    if (!undo) throw new Error(`bench/fixture.ts has no step to undo migration ${undone}: add it to UNDO_AFTER_011.`)
    undo(sqlite)
  }
}

/**
 * Turns a copy back into what the version before search (schema 9) would have written
 * for the same records, so opening it runs migration 010 as a coach's upgrade would.
 */
export function asBeforeSearch(file: string): void {
  const sqlite = openToTakeBack(file)
  sqlite.transaction(() => {
    asVersion(sqlite, 11)
    const objects = sqlite
      .prepare(
        `SELECT type, name FROM sqlite_master
         WHERE (type = 'trigger' AND (name LIKE 'search_%' OR name LIKE 'clients_name_sort_%'))
            OR (type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%')
            OR (type = 'index' AND name IN ('clients_active_by_name', 'clients_archived_by_name', 'clients_by_name',
                'actions_engagement_open_order', 'actions_status_due', 'sessions_status_starts_at', 'engagements_status'))`
      )
      .all() as { type: string; name: string }[]
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
  const sqlite = openToTakeBack(file)
  sqlite.transaction(() => {
    asVersion(sqlite, 11)
    for (const table of fullTextTablesIn(sqlite)) sqlite.exec(`INSERT INTO "${table}"("${table}", rank) VALUES ('secure-delete', 1)`)
    sqlite.pragma('user_version = 10')
  })()
  sqlite.close()
}

/** Takes a copy back to what `version` (11 or later) wrote, so opening it runs the later migrations as a coach's upgrade would. */
function asWrittenBy(file: string, version: number): void {
  const sqlite = openToTakeBack(file)
  sqlite.transaction(() => {
    asVersion(sqlite, version)
    sqlite.pragma(`user_version = ${version}`)
  })()
  sqlite.exec('VACUUM')
  sqlite.close()
}

/** What version 13 wrote: migration 010's index, numbered by record (opening it runs migration 014, the index ordered by day). */
export function asBeforeNewestFirst(file: string): void {
  asWrittenBy(file, 13)
}

/** What version 14 wrote: no uids, no change log (opening it runs migration 015). */
export function asBeforeChangeLog(file: string): void {
  asWrittenBy(file, 14)
}

/** Waits for everything written so far to reach the disk (`sync`, where the system has it). */
export async function settleDisk(): Promise<void> {
  if (process.platform === 'win32') return
  await promisify(execFile)('sync').catch(() => undefined)
}
