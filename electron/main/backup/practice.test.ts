import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DATABASE_FILE_NAME } from '../db/connection'
import type { ProblemKind } from '../db/diagnose'
import { MIGRATIONS } from '../db/migrations'
import { latestVersion, migrate, schemaVersion } from '../db/migrator'
import { everyRow, snapshotOf, temporaryFolder } from '../testing/practice'
import { mountSmallDisk, smallDiskAvailable, type SmallDisk } from '../testing/smallDisk'
import { listBackupFiles } from './files'
import { openPractice } from './practice'
import { tableCounts } from './snapshot'

let folder: string
let file: string
beforeEach(() => {
  folder = temporaryFolder('coachbook-open-')
  file = join(folder, DATABASE_FILE_NAME)
})
afterEach(() => rmSync(folder, { recursive: true, force: true }))

/** A practice with enough clients to span many pages, closed and fully written into its file. */
async function healthyPractice(clients = 300): Promise<void> {
  const opening = openPractice(file)
  if (!opening.ok) throw new Error(opening.problem.message)
  const insert = opening.database.sqlite.prepare(
    "INSERT INTO clients (name, notes, created_at, updated_at) VALUES (?, ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"
  )
  opening.database.sqlite.transaction(() => {
    for (let index = 0; index < clients; index++) insert.run(`Client ${index}`, 'n'.repeat(400))
  })()
  await opening.database.close()
}

function expectRefusedUnchanged(kind: ProblemKind) {
  const before = snapshotOf(file, folder)
  const opening = openPractice(file, { busyTimeoutMs: 100 })
  expect(opening.ok).toBe(false)
  if (opening.ok) return
  expect(opening.problem.kind).toBe(kind)
  expect(opening.problem.message).toContain(file)
  expect(opening.problem.title.length).toBeGreaterThan(0)
  // Not a byte changed, and nothing new beside it: no empty practice, no journal.
  const after = snapshotOf(file, folder)
  expect(after.bytes.equals(before.bytes)).toBe(true)
  expect(after.names).toEqual(before.names)
}

describe('opening a practice', () => {
  it('creates a new practice only when there is no file yet, and opens it the next time', async () => {
    const first = openPractice(file)
    expect(first).toMatchObject({ ok: true, created: true, upgrade: null })
    if (first.ok) await first.database.close()
    expect(snapshotOf(file, folder).names).toEqual([DATABASE_FILE_NAME])
    const second = openPractice(file)
    expect(second).toMatchObject({ ok: true, created: false, upgrade: null })
    if (second.ok) {
      expect(schemaVersion(second.database.sqlite)).toBe(latestVersion(MIGRATIONS))
      await second.database.close()
    }
  })

  it('runs PRAGMA quick_check and refuses a file with a damaged page', async () => {
    await healthyPractice()
    const bytes = readFileSync(file)
    const pageSize = bytes.readUInt16BE(16)
    // A page in the middle of the clients table, overwritten with garbage.
    bytes.fill(0xff, pageSize * 20, pageSize * 21)
    writeFileSync(file, bytes)
    expectRefusedUnchanged('damaged')
  })

  it("refuses a file with a damaged page in the search index's storage, which the open-time check reads too", async () => {
    await healthyPractice()
    const sqlite = new Database(file, { readonly: true })
    const page = sqlite.prepare("SELECT max(pageno) FROM dbstat WHERE name = 'search_client_content'").pluck().get() as number
    sqlite.close()
    const bytes = readFileSync(file)
    const pageSize = bytes.readUInt16BE(16)
    bytes.fill(0xff, pageSize * (page - 1), pageSize * page)
    writeFileSync(file, bytes)
    expectRefusedUnchanged('damaged')
  })

  it.each([
    ['its last page cut off', (size: number) => size - 4096],
    ['cut mid-page', (size: number) => size - 3000],
    ['only part of its header', () => 50]
  ])('refuses a file cut short that SQLite cannot read whole (%s), as damaged', async (_case, cut) => {
    await healthyPractice()
    truncateSync(file, cut(readFileSync(file).length))
    expectRefusedUnchanged('damaged')
  })

  it('refuses an empty file rather than treating it as a new practice', () => {
    writeFileSync(file, '')
    expectRefusedUnchanged('empty')
  })

  it.each([
    ['random bytes', () => Buffer.from(Array.from({ length: 20_000 }, (_, index) => (index * 7919 + 13) % 256))],
    ['a text file', () => Buffer.from('Session notes, exported\n'.repeat(200))],
    ['a PDF', () => Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n')]
  ])('refuses %s saved under the practice name', (_case, bytes) => {
    writeFileSync(file, bytes())
    expectRefusedUnchanged('not_sqlite')
  })

  it("refuses another program's SQLite database", () => {
    const other = new Database(file)
    other.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT); INSERT INTO photos (path) VALUES (\'a.jpg\')')
    other.close()
    expectRefusedUnchanged('not_coachbook')
  })

  it('refuses a database that claims a Coachbook version but lacks its tables', () => {
    const other = new Database(file)
    other.exec('CREATE TABLE clients (id INTEGER PRIMARY KEY)')
    other.pragma('user_version = 3')
    other.close()
    expectRefusedUnchanged('not_coachbook')
  })

  it('refuses a practice written by a newer version, saying so', async () => {
    await healthyPractice(5)
    const newer = new Database(file)
    newer.pragma(`user_version = ${latestVersion(MIGRATIONS) + 1}`)
    newer.close()
    expectRefusedUnchanged('too_new')
    const opening = openPractice(file)
    expect(!opening.ok && opening.problem.message).toMatch(/newer version of Coachbook/)
  })

  it('refuses a folder in place of the file', () => {
    mkdirSync(file)
    const opening = openPractice(file)
    expect(!opening.ok && opening.problem.kind).toBe('unreadable')
    expect(existsSync(join(file, DATABASE_FILE_NAME))).toBe(false)
  })

  it('does not make a new practice where the file vanished but its journal remains', async () => {
    await healthyPractice(5)
    writeFileSync(`${file}-wal`, 'journal frames')
    rmSync(file)
    const opening = openPractice(file)
    expect(!opening.ok && opening.problem.kind).toBe('missing_with_journal')
    expect(existsSync(file)).toBe(false)
  })

  describe('held by another process', () => {
    let holder: ChildProcess | null = null
    afterEach(() => holder?.kill())

    /** Another process takes an exclusive lock on the practice and keeps it. */
    function lockInAnotherProcess(): Promise<void> {
      const sqlitePath = resolve(import.meta.dirname, '../../../node_modules/better-sqlite3-multiple-ciphers')
      const script = `
        const Database = require(${JSON.stringify(sqlitePath)})
        const db = new Database(${JSON.stringify(file)})
        db.pragma('locking_mode = EXCLUSIVE')
        db.exec('BEGIN EXCLUSIVE')
        db.exec('CREATE TABLE held (x INTEGER)')
        process.stdout.write('locked\\n')
        setInterval(() => {}, 1000)`
      holder = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] })
      return new Promise((ready) => holder!.stdout!.once('data', () => ready()))
    }

    it('refuses it as locked once the busy timeout has passed, without touching it', async () => {
      await healthyPractice(5)
      await lockInAnotherProcess()
      const before = readFileSync(file)
      const opening = openPractice(file, { busyTimeoutMs: 100 })
      expect(!opening.ok && opening.problem.kind).toBe('locked')
      expect(!opening.ok && opening.problem.message).toContain(file)
      expect(readFileSync(file).equals(before)).toBe(true)
    })
  })
})

describe('opening a practice whose journal holds part of it', () => {
  const PAGE_SIZE_AT = 16
  const PAGE_COUNT_AT = 28

  /** The newest copy of page 1 in a WAL file: 32-byte header, then frames of a 24-byte header and a page. */
  function newestFirstPage(wal: Buffer): Buffer {
    const pageSize = wal.readUInt32BE(8)
    let newest: Buffer | null = null
    for (let frame = 32; frame + 24 + pageSize <= wal.length; frame += 24 + pageSize) {
      if (wal.readUInt32BE(frame) === 1) newest = wal.subarray(frame + 24, frame + 24 + pageSize)
    }
    if (!newest) throw new Error('page 1 is not in the journal')
    return newest
  }

  /** A practice whose last `clients` clients are only in its -wal (no checkpoint yet), still open. */
  function practiceGrownInItsJournal(clients: number) {
    const opening = openPractice(file)
    if (!opening.ok) throw new Error(opening.problem.message)
    const { sqlite } = opening.database
    sqlite.pragma('wal_autocheckpoint = 0')
    const insert = sqlite.prepare(
      "INSERT INTO clients (name, notes, created_at, updated_at) VALUES (?, ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"
    )
    sqlite.transaction(() => {
      for (let index = 0; index < clients; index++) insert.run(`Client ${index}`, `Notes of client ${index}. `.repeat(20))
    })()
    return opening.database
  }

  function clientCount(at: string): number {
    const sqlite = new Database(at, { readonly: true })
    try {
      return sqlite.prepare('SELECT count(*) FROM clients').pluck().get() as number
    } finally {
      sqlite.close()
    }
  }

  it('opens it when a checkpoint was stopped after its first page, leaving the file shorter than it says', async () => {
    const database = practiceGrownInItsJournal(400)
    // What a kill leaves: the checkpoint writes pages in order, page 1 (with the new page count) first.
    const killedAt = join(folder, 'after-the-kill')
    mkdirSync(killedAt)
    const wal = readFileSync(`${file}-wal`)
    const main = Buffer.from(readFileSync(file))
    newestFirstPage(wal).copy(main, 0)
    const copied = join(killedAt, DATABASE_FILE_NAME)
    writeFileSync(copied, main)
    writeFileSync(`${copied}-wal`, wal)
    await database.close()
    const pageSize = main.readUInt16BE(PAGE_SIZE_AT)
    expect(main.length).toBeLessThan(main.readUInt32BE(PAGE_COUNT_AT) * pageSize)

    const opening = openPractice(copied)
    expect(opening).toMatchObject({ ok: true, created: false })
    if (!opening.ok) return
    expect(opening.database.sqlite.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(400)
    expect(opening.database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    await opening.database.close()
  })

  it('opens it when a writer in the rollback-journal mode was killed mid-transaction, leaving a hot journal', async () => {
    await healthyPractice(300)
    // A practice file in the rollback-journal mode (a restored backup is, until it is opened).
    const sqlite = new Database(file)
    sqlite.pragma('journal_mode = DELETE')
    sqlite.close()
    const sqlitePath = resolve(import.meta.dirname, '../../../node_modules/better-sqlite3-multiple-ciphers')
    const killedMidWrite = `
      const Database = require(${JSON.stringify(sqlitePath)})
      const db = new Database(${JSON.stringify(file)})
      // What the change log's triggers call, as another program writing to the file would define them.
      db.function('coachbook_uid', () => require('node:crypto').randomUUID())
      db.function('coachbook_change_stamp', () => '2026-01-01T00:00:00.000Z-0000-0000000000000000')
      db.pragma('cache_size = 2')
      db.exec('BEGIN')
      db.exec(\`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
        INSERT INTO settings (key, value, updated_at) SELECT 'half-written ' || i, hex(randomblob(400)), 'x' FROM n\`)
      process.kill(process.pid, 'SIGKILL')`
    const killed = spawnSync(process.execPath, ['-e', killedMidWrite], { encoding: 'utf8' })
    expect(killed).toMatchObject({ signal: 'SIGKILL', stderr: '' })
    expect(readFileSync(`${file}-journal`).length).toBeGreaterThan(0)

    const opening = openPractice(file)
    expect(opening).toMatchObject({ ok: true, created: false })
    if (!opening.ok) return
    // The transaction that never committed is rolled back; everything committed is there.
    const { sqlite: opened } = opening.database
    expect(opened.prepare("SELECT count(*) FROM settings WHERE key LIKE 'half-written%'").pluck().get()).toBe(0)
    expect(opened.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(300)
    expect(opened.pragma('integrity_check', { simple: true })).toBe('ok')
    await opening.database.close()
  })

  describe.skipIf(!smallDiskAvailable())('on a disk that filled up', () => {
    let disk: SmallDisk
    beforeEach(() => {
      disk = mountSmallDisk(6 * 1024 * 1024)
      file = join(disk.folder, DATABASE_FILE_NAME)
    })
    afterEach(() => disk.unmount())

    /** 600 clients in the journal, then a checkpoint on the full disk: it writes page 1, then cannot grow the file. */
    async function checkpointOnTheFullDisk(): Promise<void> {
      const database = practiceGrownInItsJournal(600)
      disk.fill()
      expect(() => database.sqlite.pragma('wal_checkpoint(TRUNCATE)')).toThrow(expect.objectContaining({ code: 'SQLITE_FULL' }))
      // SQLite keeps the journal, which holds what the file now lacks.
      await database.close()
      const main = readFileSync(file)
      expect(main.length).toBeLessThan(main.readUInt32BE(PAGE_COUNT_AT) * main.readUInt16BE(PAGE_SIZE_AT))
    }

    it('opens it once there is room again, with every write the journal holds', async () => {
      await checkpointOnTheFullDisk()
      disk.free()
      const opening = openPractice(file)
      expect(opening).toMatchObject({ ok: true, created: false })
      if (opening.ok) await opening.database.close()
      expect(clientCount(file)).toBe(600)
    })

    it('opens it even while the disk is still full', async () => {
      await checkpointOnTheFullDisk()
      const opening = openPractice(file)
      expect(opening).toMatchObject({ ok: true, created: false })
      if (!opening.ok) return
      expect(opening.database.sqlite.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(600)
      await opening.database.close()
    })

    it('does not update a practice it has no room to update: says the disk is full, and leaves it as it was', async () => {
      // A practice from before the search index (version 9), whose update indexes a lot of text.
      const sqlite = new Database(file)
      sqlite.pragma('journal_mode = WAL')
      migrate(sqlite, MIGRATIONS.slice(0, 9))
      const insert = sqlite.prepare("INSERT INTO clients (name, notes, created_at, updated_at) VALUES (?, ?, 'x', 'x')")
      sqlite.transaction(() => {
        for (let index = 0; index < 300; index++) insert.run(`Client ${index}`, `Notes about client ${index} and their work. `.repeat(40))
      })()
      // Its backups go to another disk, which has room: only the update itself meets the full disk.
      const backups = temporaryFolder('coachbook-backups-')
      sqlite
        .prepare("INSERT INTO settings (key, value, updated_at) VALUES ('backup.preferences', ?, 'x')")
        .run(JSON.stringify({ folder: backups, keep: 14, interval: 'daily' }))
      sqlite.close()
      disk.fill(128 * 1024)

      const opening = openPractice(file)
      expect(!opening.ok && opening.problem).toMatchObject({ kind: 'disk_full', title: 'The disk is full', message: expect.stringContaining(file) })
      expect(listBackupFiles(backups).map((backup) => backup.kind)).toEqual(['before-upgrade'])
      const unchanged = new Database(file, { readonly: true })
      expect(schemaVersion(unchanged)).toBe(9)
      unchanged.close()

      disk.free()
      const again = openPractice(file)
      expect(again).toMatchObject({ ok: true, upgrade: { from: 9 } })
      if (again.ok) await again.database.close()
      rmSync(backups, { recursive: true, force: true })
    })

    it('says the disk is full when a new practice cannot be made on it', () => {
      disk.fill()
      const opening = openPractice(file)
      expect(!opening.ok && opening.problem).toMatchObject({ kind: 'disk_full', title: 'The disk is full' })
      expect(!opening.ok && opening.problem.message).toContain(file)
      expect(existsSync(file)).toBe(false)
    })
  })
})

describe('opening a practice from an older version', () => {
  /** A practice at schema version 5 with a client and an engagement, as that version wrote them. */
  function practiceAtVersion5(): void {
    const sqlite = new Database(file)
    sqlite.pragma('journal_mode = WAL')
    migrate(sqlite, MIGRATIONS.slice(0, 5))
    sqlite.exec(`
      INSERT INTO clients (id, name, created_at, updated_at) VALUES (1, 'Ann', 'x', 'x');
      INSERT INTO engagements (client_id, kind_id, title, session_minutes, cadence, status, created_at, updated_at)
        VALUES (1, 1, 'Executive coaching', 60, 'fortnightly', 'active', 'x', 'x');`)
    sqlite.close()
  }

  it('makes a verified backup into the backup folder before updating it', async () => {
    practiceAtVersion5()
    const original = new Database(file, { readonly: true })
    const rowsBefore = everyRow(original)
    original.close()

    const opening = openPractice(file)
    expect(opening).toMatchObject({ ok: true, created: false, upgrade: { from: 5, to: latestVersion(MIGRATIONS) } })
    if (!opening.ok) return
    expect(schemaVersion(opening.database.sqlite)).toBe(latestVersion(MIGRATIONS))
    await opening.database.close()

    const backups = listBackupFiles(join(folder, 'backups'))
    expect(backups).toHaveLength(1)
    expect(backups[0]).toMatchObject({ kind: 'before-upgrade', id: opening.upgrade!.backup.id })
    const copy = new Database(join(folder, 'backups', backups[0]!.id), { readonly: true })
    expect(schemaVersion(copy)).toBe(5)
    expect(everyRow(copy)).toEqual(rowsBefore)
    copy.close()
  })

  it('does not update it when the backup cannot be made, and leaves it as it was', () => {
    practiceAtVersion5()
    // Something that is not a folder where the backup folder should be.
    writeFileSync(join(folder, 'backups'), 'not a folder')
    const before = readFileSync(file)
    const opening = openPractice(file)
    expect(!opening.ok && opening.problem.kind).toBe('backup_failed')
    expect(!opening.ok && opening.problem.message).toMatch(/copies it first.*has not changed it/)
    expect(readFileSync(file).equals(before)).toBe(true)
    const again = new Database(file, { readonly: true })
    expect(schemaVersion(again)).toBe(5)
    expect(tableCounts(again).clients).toBe(1)
    again.close()
  })

  it('creates nothing in the backup folder for a practice that is already current', async () => {
    await healthyPractice(5)
    const opening = openPractice(file)
    expect(opening).toMatchObject({ ok: true, upgrade: null })
    if (opening.ok) await opening.database.close()
    expect(existsSync(join(folder, 'backups'))).toBe(false)
  })
})
