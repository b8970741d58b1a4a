import { dirname, join } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { MIGRATIONS } from '../electron/main/db/migrations'
import { migrate, refuseNewerDatabase, type Migration } from '../electron/main/db/migrator'
import { openDatabase } from '../electron/main/db/connection'
import { openPractice } from '../electron/main/backup'
import { diagnosePractice } from '../electron/main/db/diagnose'
import { writeVerifiedBackup } from '../electron/main/backup/snapshot'
import { registerSearchFunctions } from '../electron/main/search/functions'
import { removeTemporaryFolders } from './fixture'
import { SEARCH_TERMS } from './handlers'
import { openForBench } from './practice'

/**
 * What the bench measures in a process of its own (a fresh process each time, as the
 * app's main process is): `tsx bench/child.ts <measure> <file>` prints one JSON line.
 */
type Measure = 'memory' | 'open' | 'open-pending' | 'upgrade' | 'migrate-only'

const [measure, file] = process.argv.slice(2) as [Measure, string]

/** A coach's morning: the whole client list, thirty engagements, twenty searches. */
async function workload(): Promise<object> {
  const startRss = process.memoryUsage().rss
  const practice = openForBench(file)
  const call = async (channel: string, input: unknown) => {
    const result = await practice.dispatch(channel, input)
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
    return result.data as { nextCursor?: string | null }
  }
  let cursor: string | null | undefined = null
  do cursor = (await call('clients:list', { cursor })).nextCursor
  while (cursor)
  const engagements = practice.database.sqlite.prepare('SELECT id FROM engagements ORDER BY id DESC LIMIT 30').pluck().all() as number[]
  for (const id of engagements) {
    await call('engagements:get', { id })
    await call('sessions:listForEngagement', { engagementId: id })
    await call('actions:listForEngagement', { engagementId: id, today: '2026-03-02' })
    await call('goals:listForEngagement', { engagementId: id })
  }
  for (const text of SEARCH_TERMS) await call('search:query', { text })
  const { rss, heapUsed } = process.memoryUsage()
  await practice.close()
  // Before opening, the process already holds Node, the TypeScript loader and the app's code.
  return { rssMb: rss / 2 ** 20, startRssMb: startRss / 2 ** 20, heapMb: heapUsed / 2 ** 20 }
}

/** Opening the practice as the app does (checks, a backup before any upgrade, migrations), then its first page. */
async function openTimed(): Promise<object> {
  const started = performance.now()
  const opening = openPractice(file)
  if (!opening.ok) throw new Error(opening.problem.message)
  const opened = performance.now()
  await opening.database.reader.selectFrom('clients').select(['id', 'name']).orderBy('nameSort').limit(100).execute()
  const firstPage = performance.now()
  await opening.database.close()
  return { openMs: opened - started, firstPageMs: firstPage - started, upgraded: opening.upgrade !== null }
}

/**
 * A practice one small migration behind (a column added, as most migrations do), opened
 * with the steps openPractice takes: the check of the file, the verified backup before
 * the upgrade, the migration, then the first page. openPractice cannot be given a
 * migration that is not in the app, so its steps are taken here one by one.
 */
function openWithPendingMigration(): object {
  const pending: Migration = {
    version: MIGRATIONS.length + 1,
    name: 'bench: a column added',
    up: (sqlite) => sqlite.exec("ALTER TABLE clients ADD COLUMN bench_note TEXT NOT NULL DEFAULT ''")
  }
  const started = performance.now()
  const diagnosis = diagnosePractice(file)
  if (diagnosis.state !== 'healthy') throw new Error(`the fixture is not healthy: ${diagnosis.state}`)
  const checked = performance.now()
  const sqlite = new Database(file, { fileMustExist: true })
  refuseNewerDatabase(sqlite, MIGRATIONS)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('synchronous = FULL')
  registerSearchFunctions(sqlite)
  writeVerifiedBackup(sqlite, { folder: join(dirname(file), 'backups'), kind: 'before-upgrade', now: new Date() })
  const backedUp = performance.now()
  migrate(sqlite, [...MIGRATIONS, pending])
  sqlite.prepare('SELECT id, name FROM clients WHERE archived_at IS NULL ORDER BY name_sort LIMIT 100').all()
  const openMs = performance.now() - started
  sqlite.close()
  return { openMs, checkMs: checked - started, backupMs: backedUp - checked }
}

/** The pending migrations alone, without the backup the app makes first. */
async function migrateOnly(): Promise<object> {
  const started = performance.now()
  const database = openDatabase(file)
  const openMs = performance.now() - started
  await database.close()
  return { openMs }
}

const results: Record<Measure, () => object | Promise<object>> = {
  memory: workload,
  open: openTimed,
  'open-pending': openWithPendingMigration,
  upgrade: openTimed,
  'migrate-only': migrateOnly
}
try {
  console.log(JSON.stringify(await results[measure]()))
} finally {
  removeTemporaryFolders()
}
