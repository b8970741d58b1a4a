import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { openSqlite } from '../db/engine'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../db/migrations'
import { latestVersion, migrate, schemaVersion } from '../db/migrator'
import { clientWithEngagement } from '../testing/calls'
import { everyRow, practiceInFolder } from '../testing/practice'
import { backupRecord } from './settings'
import { tableCounts } from './snapshot'

let practice: ReturnType<typeof practiceInFolder>
beforeEach(() => {
  practice = practiceInFolder()
})
afterEach(() => practice.close())

const backupFolder = () => join(practice.folder, 'backups')

/** A practice with a little of everything a coach records. */
async function recordSomeWork() {
  const { call } = practice
  const { client, engagement } = await clientWithEngagement(call, {}, 'Zoë Ødegård')
  await call.ok('clients:update', { id: client.id, name: 'Zoë Ødegård', tags: ['board', 'finance'], notes: 'Prefers mornings.' })
  const goal = await call.ok('goals:create', { engagementId: engagement.id, statement: 'Delegate more', baseline: 2, target: 8 })
  await call.ok('sessions:create', {
    engagementId: engagement.id,
    startsAt: '2026-02-02T09:00:00+01:00',
    durationMinutes: 60,
    format: 'video',
    notes: 'Talked about the board.',
    privateObservations: 'Seemed tired.'
  })
  await call.ok('clients:create', { name: 'Ann Lee', email: 'ann@example.com' })
  return { client, engagement, goal }
}

/** Every row of the open practice, leaving out the backup domain's own settings (they belong to the coach, not the data). */
/**
 * The practice's rows but its backup settings, which stay the coach's across a restore, and
 * what the change log and its clock hold of settings, which changes with them.
 */
const besideBackupSettings = (table: string, row: Record<string, unknown>) =>
  (table === 'settings' && String(row.key).startsWith('backup.')) ||
  (table === 'change_log' && row.table_name === 'settings') ||
  table === 'change_clock'

function practiceRows() {
  return everyRow(practice.practice.database.sqlite, besideBackupSettings)
}

describe('backing up', () => {
  it('starts with no backup, daily, keeping 14, next to the practice', async () => {
    expect(await practice.call.ok('backup:status', {})).toEqual({
      practiceFile: practice.file,
      folder: backupFolder(),
      isDefaultFolder: true,
      keep: 14,
      interval: 'daily',
      lastBackupAt: null,
      nextBackupDueAt: new Date(0).toISOString(),
      lastFailure: null
    })
    expect(await practice.call.ok('backup:list', {})).toEqual({ items: [] })
  })

  it('makes a backup on demand that holds every row of the practice, and records it', async () => {
    await recordSomeWork()
    const rows = practiceRows()
    const backup = await practice.call.ok('backup:now', {})
    expect(backup).toMatchObject({ kind: 'manual', sizeBytes: expect.any(Number) })
    expect(await practice.call.ok('backup:list', {})).toEqual({ items: [backup] })

    const copy = openSqlite(join(backupFolder(), backup.id), { readonly: true }, { key: practice.key })
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(schemaVersion(copy)).toBe(latestVersion(MIGRATIONS))
    expect(everyRow(copy, besideBackupSettings)).toEqual(rows)
    copy.close()

    const status = await practice.call.ok('backup:status', {})
    expect(status.lastBackupAt).toBe(backup.createdAt)
    expect(Date.parse(status.nextBackupDueAt!) - Date.parse(backup.createdAt)).toBe(24 * 60 * 60 * 1000)
    // Nothing half-written is left behind.
    expect(readdirSync(backupFolder())).toEqual([backup.id])
  })

  it('keeps only the newest backups it made, and never deletes files it did not make', async () => {
    mkdirSync(backupFolder())
    const foreign = ['notes.txt', 'coachbook-backup-mine.sqlite', 'coachbook.sqlite', 'coachbook-backup-2020-01-01T00-00-00-000Z-other.sqlite']
    for (const name of foreign) writeFileSync(join(backupFolder(), name), 'not ours')
    await practice.call.ok('backup:updateSettings', { keep: 3, interval: 'weekly' })

    const made = []
    for (let index = 0; index < 5; index++) made.push(await practice.call.ok('backup:now', {}))
    const { items } = await practice.call.ok('backup:list', {})
    expect(items.map((backup) => backup.id)).toEqual(made.slice(2).reverse().map((backup) => backup.id))
    for (const name of foreign) expect(readFileSync(join(backupFolder(), name), 'utf8')).toBe('not ours')
  })

  it('refuses settings out of range with a message naming the field', async () => {
    expect(await practice.call.fail('backup:updateSettings', { keep: 0, interval: 'daily' })).toMatchObject({
      code: 'invalid_input',
      field: 'keep',
      message: 'How many backups to keep must be a whole number from 1 to 365.'
    })
    expect(await practice.call.fail('backup:updateSettings', { keep: 5, interval: 'hourly' })).toMatchObject({ field: 'interval' })
    expect((await practice.call.ok('backup:status', {})).keep).toBe(14)
  })

  it('moves to the folder the coach chooses, after checking it can be written to', async () => {
    const status = await practice.call.ok('backup:chooseFolder', {})
    expect(status).toMatchObject({ folder: join(practice.folder, 'chosen'), isDefaultFolder: false })
    const backup = await practice.call.ok('backup:now', {})
    expect(existsSync(join(practice.folder, 'chosen', backup.id))).toBe(true)
  })

  it('refuses a folder it cannot write to and keeps the old one', async () => {
    writeFileSync(join(practice.folder, 'chosen'), 'a file, not a folder')
    expect(await practice.call.fail('backup:chooseFolder', {})).toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('cannot write to')
    })
    expect((await practice.call.ok('backup:status', {})).isDefaultFolder).toBe(true)
  })

  it('reports a backup that cannot be written, plainly, until one succeeds', async () => {
    writeFileSync(backupFolder(), 'a file where the folder should be')
    const error = await practice.call.fail('backup:now', {})
    expect(error.code).toBe('internal')
    expect(error.message).toMatch(/^The backup did not work: .*backups/)
    const failed = await practice.call.ok('backup:status', {})
    expect(failed.lastFailure).toEqual({ at: expect.any(String), message: error.message })
    expect(failed.lastBackupAt).toBeNull()

    rmSync(backupFolder())
    await practice.call.ok('backup:now', {})
    expect((await practice.call.ok('backup:status', {})).lastFailure).toBeNull()
  })
})

describe('restoring', () => {
  it('brings back exactly what the backup holds, after backing up the current practice', async () => {
    const { client, goal } = await recordSomeWork()
    const backup = await practice.call.ok('backup:now', {})
    const atBackup = practiceRows()

    // The coach carries on working, and changes their backup settings.
    await practice.call.ok('clients:update', { id: client.id, name: 'Zoë Ødegård-Lund', notes: 'Moved to Oslo.' })
    await practice.call.ok('goals:delete', { id: goal.id })
    await practice.call.ok('clients:create', { name: 'New Person' })
    await practice.call.ok('backup:updateSettings', { keep: 7, interval: 'weekly' })
    const beforeRestore = practiceRows()
    expect(beforeRestore).not.toEqual(atBackup)

    const result = await practice.call.ok('backup:restore', { backupId: backup.id })
    expect(result).toMatchObject({ safetyBackup: { kind: 'before-restore' } })
    expect(practiceRows()).toEqual(atBackup)
    // Every channel now answers from the restored practice.
    const names = (await practice.call.ok('clients:list', {})).items.map((item) => item.name)
    expect(names.sort()).toEqual(['Ann Lee', 'Zoë Ødegård'])
    // The coach's backup settings are theirs, not the backup's; the safety copy counts as the last backup.
    expect(await practice.call.ok('backup:status', {})).toMatchObject({
      keep: 7,
      interval: 'weekly',
      lastBackupAt: result.safetyBackup!.createdAt,
      lastFailure: null
    })

    // The safety copy holds the practice as it was just before: restoring it undoes the restore.
    await practice.call.ok('backup:restore', { backupId: result.safetyBackup!.id })
    expect(practiceRows()).toEqual(beforeRestore)
  })

  it('restores a file the coach picks, once they have seen when it was made and confirmed', async () => {
    await recordSomeWork()
    const backup = await practice.call.ok('backup:now', {})
    const elsewhere = join(practice.folder, 'usb-stick.sqlite')
    writeFileSync(elsewhere, readFileSync(join(backupFolder(), backup.id)))
    const atBackup = practiceRows()
    await practice.call.ok('clients:create', { name: 'After the backup' })

    practice.platform.answerNextOpen(null)
    expect(await practice.call.ok('backup:chooseFile', {})).toEqual({ status: 'cancelled' })

    practice.platform.answerNextOpen(elsewhere)
    const picked = await practice.call.ok('backup:chooseFile', {})
    if (picked.status !== 'chosen') throw new Error('expected a picked file')
    expect(picked.backup).toEqual({
      name: 'usb-stick.sqlite',
      createdAt: null,
      changedAt: statSync(elsewhere).mtime.toISOString(),
      sizeBytes: statSync(elsewhere).size
    })
    // Picking it changed nothing: the coach has not confirmed yet.
    expect(practiceRows()).not.toEqual(atBackup)

    await practice.call.ok('backup:restore', { fileId: picked.fileId })
    expect(practiceRows()).toEqual(atBackup)
  })

  it('tells when a picked file Coachbook made was made, from its name', async () => {
    const backup = await practice.call.ok('backup:now', {})
    const copied = join(practice.folder, backup.id)
    writeFileSync(copied, readFileSync(join(backupFolder(), backup.id)))
    practice.platform.answerNextOpen(copied)
    expect(await practice.call.ok('backup:chooseFile', {})).toMatchObject({ status: 'chosen', backup: { createdAt: backup.createdAt } })
  })

  it('restores only a backup named from the list or a file picked in this run', async () => {
    const backup = await practice.call.ok('backup:now', {})
    for (const input of [{}, { backupId: backup.id, fileId: 'x' }]) {
      expect(await practice.call.fail('backup:restore', input)).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/^Choose one backup/) })
    }
    expect(await practice.call.fail('backup:restore', { fileId: 'never-picked' })).toMatchObject({ code: 'not_found', field: 'fileId' })
  })

  it.each([
    ['a text file', () => Buffer.from('not a backup\n'.repeat(100)), /not a Coachbook backup/],
    ['an empty file', () => Buffer.alloc(0), /it is empty/],
    ["another program's database", otherProgramsDatabase, /not a Coachbook backup/],
    ['a damaged backup', damagedBackup, /it is damaged/]
  ])('refuses %s, and changes neither the practice nor the file', async (_case, bytes, message) => {
    await recordSomeWork()
    const chosen = join(practice.folder, 'chosen.sqlite')
    writeFileSync(chosen, await bytes())
    const before = readFileSync(chosen)
    const rows = practiceRows()
    const backupsBefore = (await practice.call.ok('backup:list', {})).items

    const error = await pickAndRestore(chosen)
    expect(error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(message) })
    expect(error.message).toMatch(/chosen\.sqlite cannot be restored: .*Your practice was not changed\./)
    expect(practiceRows()).toEqual(rows)
    expect(readFileSync(chosen).equals(before)).toBe(true)
    // No safety copy was needed, and nothing is left beside the practice.
    expect((await practice.call.ok('backup:list', {})).items).toEqual(backupsBefore)
    expect(readdirSync(practice.folder).filter((name) => name.includes('.restoring'))).toEqual([])
  })

  it('refuses a backup id that is not in the folder', async () => {
    expect(await practice.call.fail('backup:restore', { backupId: '../coachbook.sqlite' })).toMatchObject({
      code: 'not_found',
      field: 'backupId'
    })
    expect(await practice.call.fail('backup:restore', { backupId: 'coachbook-backup-2026-01-01T00-00-00-000Z-manual.sqlite' })).toMatchObject({
      code: 'not_found'
    })
  })

  it('restores a backup from an older version and brings it up to date, backing it up first', async () => {
    const old = join(practice.folder, 'from-version-5.sqlite')
    const sqlite = new Database(old)
    migrate(sqlite, MIGRATIONS.slice(0, 5))
    sqlite.exec("INSERT INTO clients (name, created_at, updated_at) VALUES ('From the old days', 'x', 'x')")
    sqlite.close()

    practice.platform.answerNextOpen(old)
    const picked = await practice.call.ok('backup:chooseFile', {})
    if (picked.status !== 'chosen') throw new Error('expected a picked file')
    await practice.call.ok('backup:restore', { fileId: picked.fileId })
    expect(schemaVersion(practice.practice.database.sqlite)).toBe(latestVersion(MIGRATIONS))
    expect((await practice.call.ok('clients:list', {})).items.map((item) => item.name)).toEqual(['From the old days'])
    const kinds = (await practice.call.ok('backup:list', {})).items.map((backup) => backup.kind)
    expect(kinds.sort()).toEqual(['before-restore', 'before-upgrade'])
  })

  it('keeps the backup record of the practice being replaced, not the one inside the backup', async () => {
    await practice.call.ok('backup:now', {})
    const backupId = (await practice.call.ok('backup:list', {})).items[0]!.id
    const record = JSON.parse(
      practice.practice.database.sqlite.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(backupRecord.key) as string
    ) as { lastBackupAt: string }
    await practice.call.ok('backup:restore', { backupId })
    const status = await practice.call.ok('backup:status', {})
    expect(status.lastBackupAt! > record.lastBackupAt).toBe(true)
    expect(tableCounts(practice.practice.database.sqlite).clients).toBe(0)
  })
})

/** Picks a file and, if it gets past the first look, confirms its restore: the refusal, from whichever step gave it. */
async function pickAndRestore(file: string) {
  practice.platform.answerNextOpen(file)
  const picked = await practice.dispatch('backup:chooseFile', {})
  if (!picked.ok) return picked.error
  const { fileId } = picked.data as { fileId: string }
  return practice.call.fail('backup:restore', { fileId })
}

function otherProgramsDatabase(): Buffer {
  const file = join(practice.folder, 'other.db')
  const other = new Database(file)
  other.pragma('journal_mode = DELETE')
  other.exec('CREATE TABLE songs (title TEXT)')
  other.close()
  return readFileSync(file)
}

async function damagedBackup(): Promise<Buffer> {
  for (let index = 0; index < 200; index++) await practice.call.ok('clients:create', { name: `Client ${index}`, notes: 'x'.repeat(500) })
  const backup = await practice.call.ok('backup:now', {})
  const bytes = readFileSync(join(backupFolder(), backup.id))
  const pageSize = bytes.readUInt16BE(16)
  bytes.fill(0xff, pageSize * 10, pageSize * 11)
  return bytes
}
