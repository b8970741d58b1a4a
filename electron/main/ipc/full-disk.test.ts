import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DATABASE_FILE_NAME } from '../db/connection'
import { openSqlite } from '../db/engine'
import { practiceKeySync } from '../db/keys'
import { developmentKeys } from '../testing/developmentKey'
import { clientWithEngagement } from '../testing/calls'
import { practiceInFolder, temporaryFolder } from '../testing/practice'
import { mountSmallDisk, smallDiskAvailable, type SmallDisk } from '../testing/smallDisk'

/**
 * Every path that writes, on a disk that is really full (a tmpfs filled to its last
 * byte): each answers with the code `disk_full` and the one plain message, never the
 * generic "could not finish", and leaves the practice as it was.
 */
describe.skipIf(!smallDiskAvailable())('on a full disk', () => {
  let disk: SmallDisk
  let practice: ReturnType<typeof practiceInFolder>
  beforeEach(() => {
    disk = mountSmallDisk(8 * 1024 * 1024)
    practice = practiceInFolder({ folder: join(disk.folder, 'practice') })
    // Where the stand-in save and folder dialogs answer.
    mkdirSync(join(practice.folder, 'chosen'))
  })
  afterEach(async () => {
    await practice.practice.close()
    disk.unmount()
  })

  const clientCount = () => practice.practice.database.sqlite.prepare('SELECT count(*) FROM clients').pluck().get()
  const long = (words: string) => `${words} `.repeat(5000)

  it('a change is not saved, says the disk is full, and is saved once there is room', async () => {
    await practice.call.ok('clients:create', { name: 'Ann Lee' })
    disk.fill()
    const error = await practice.call.fail('clients:create', { name: 'Zoë Ødegård', notes: long('Years of notes.') })
    expect(error).toEqual({
      code: 'disk_full',
      message:
        'The disk is full, so this action was not finished and nothing was changed. Free some space on your disk, then try again.'
    })
    expect(clientCount()).toBe(1)
    disk.free()
    await practice.call.ok('clients:create', { name: 'Zoë Ødegård', notes: long('Years of notes.') })
    expect(clientCount()).toBe(2)
  })

  it('a backup is not made, says so naming its folder, and leaves no partial copy', async () => {
    await practice.call.ok('clients:create', { name: 'Ann Lee', notes: long('Notes.') })
    disk.fill()
    const folder = join(practice.folder, 'backups')
    const error = await practice.call.fail('backup:now', {})
    expect(error).toEqual({
      code: 'disk_full',
      message: `The disk is full, so no backup was made. Free some space on the disk that holds ${folder}, then try again.`
    })
    expect(readdirSync(folder)).toEqual([])
  })

  it('a backup to a full backup folder is recorded as failed, with the same message', async () => {
    const elsewhere = mountSmallDisk(256 * 1024)
    try {
      practice.platform.chooseFolder = async () => elsewhere.folder
      await practice.call.ok('backup:chooseFolder', {})
      elsewhere.fill()
      const error = await practice.call.fail('backup:now', {})
      expect(error).toMatchObject({ code: 'disk_full', message: expect.stringContaining(`the disk that holds ${elsewhere.folder}`) })
      expect((await practice.call.ok('backup:status', {})).lastFailure).toEqual({ at: expect.any(String), message: error.message })
    } finally {
      elsewhere.unmount()
    }
  })

  it('an attachment is not stored, says the disk is full, and is stored once there is room; one opened says so too', async () => {
    const { client } = await clientWithEngagement(practice.call)
    // The file the coach picks lives elsewhere: only the practice's disk is full.
    const source = join(temporaryFolder('coachbook-source-'), 'Assessment report.pdf')
    writeFileSync(source, randomBytes(1024 * 1024))
    practice.platform.answerNextOpen(source)
    const chosen = await practice.call.ok('attachments:choose', {})
    if (chosen.status !== 'chosen') throw new Error('cancelled')
    const stored = () => practice.practice.database.sqlite.prepare('SELECT count(*) FROM attachment_contents').pluck().get()
    disk.fill()
    const on = { kind: 'client', id: client.id } as const
    const error = await practice.call.fail('attachments:add', { fileId: chosen.fileId, on })
    expect(error).toEqual({
      code: 'disk_full',
      message: 'The disk is full, so this action was not finished and nothing was changed. Free some space on your disk, then try again.'
    })
    expect(stored()).toBe(0)
    disk.free()
    const attachment = await practice.call.ok('attachments:add', { fileId: chosen.fileId, on })
    expect(stored()).toBe(1)

    disk.fill()
    const opening = await practice.call.fail('attachments:open', { id: attachment.id })
    expect(opening).toMatchObject({ code: 'disk_full', message: expect.stringMatching(/^The disk is full, so “Assessment report\.pdf” was not opened\./) })
    expect(practice.platform.opened).toEqual([])
  })

  it('a PDF is not saved, and nothing half-written is left', async () => {
    const { engagement } = await clientWithEngagement(practice.call)
    disk.fill()
    const error = await practice.call.fail('reports:export', { engagementId: engagement.id, report: 'summary', today: '2026-03-14' })
    expect(error).toMatchObject({ code: 'disk_full', message: expect.stringMatching(/^The disk is full, so the PDF was not saved\. Free some space on the disk that holds /) })
    expect(readdirSync(join(practice.folder, 'chosen'), { withFileTypes: true }).filter((entry) => entry.isFile())).toEqual([])
  })

  it("a client's export is not saved, and no half-written folder is left", async () => {
    const { client } = await clientWithEngagement(practice.call)
    const chosen = join(practice.folder, 'chosen')
    const before = readdirSync(chosen)
    disk.fill()
    const error = await practice.call.fail('privacy:exportClient', { clientId: client.id })
    expect(error).toEqual({
      code: 'disk_full',
      message: `The disk is full, so the export was not saved. Free some space on the disk that holds ${chosen}, then try again.`
    })
    expect(readdirSync(chosen)).toEqual(before)
  })

  it('a restore is not made, and the practice stays as it was', async () => {
    await practice.call.ok('clients:create', { name: 'Ann Lee', notes: long('Notes.') })
    const backup = await practice.call.ok('backup:now', {})
    await practice.call.ok('clients:create', { name: 'After the backup' })
    disk.fill()
    const error = await practice.call.fail('backup:restore', { backupId: backup.id })
    expect(error).toMatchObject({
      code: 'disk_full',
      message: expect.stringMatching(/^The disk is full, so coachbook-backup-.* could not be copied beside your practice, which was not changed\./)
    })
    expect(clientCount()).toBe(2)
  })
})

describe('on a disk that fails to write', () => {
  /**
   * A real write error from the system: the writer runs with a limit on the size of the
   * files it may write (RLIMIT_FSIZE), so the write that would grow the journal past it
   * fails with EFBIG, which SQLite reports as SQLITE_IOERR_WRITE.
   */
  it('a change is not saved and the message says the disk failed, not the generic one', () => {
    const folder = temporaryFolder()
    const script = `
      import { practiceInFolder } from ${JSON.stringify(join(import.meta.dirname, '../testing/practice.ts'))}
      const practice = practiceInFolder({ folder: ${JSON.stringify(folder)} })
      for (let index = 0; index < 400; index++) {
        const result = await practice.dispatch('clients:create', { name: 'Client ' + index, notes: 'Long notes. '.repeat(4000) })
        if (!result.ok) {
          process.stdout.write(JSON.stringify({ saved: index, error: result.error }))
          break
        }
      }
      await practice.practice.close()`
    const run = spawnSync('bash', ['-c', 'ulimit -f 2048 && exec "$0" --import tsx --input-type=module -e "$1"', process.execPath, script], {
      cwd: join(import.meta.dirname, '../../..'),
      encoding: 'utf8'
    })
    expect(run.stderr).toBe('')
    const { saved, error } = JSON.parse(run.stdout) as { saved: number; error: unknown }
    expect(error).toEqual({
      code: 'storage_failure',
      message:
        'The disk failed to read or write (a storage failure), so this action was not finished and nothing was changed. ' +
        'Check that your disk is connected and working, then try again; if it keeps happening, copy your backups to another drive.'
    })
    // Every change acknowledged before it is there, and nothing of the one that failed.
    const file = join(folder, DATABASE_FILE_NAME)
    const sqlite = openSqlite(file, { readonly: true }, { key: practiceKeySync(file, developmentKeys) })
    expect(sqlite.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(saved)
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    sqlite.close()
    rmSync(folder, { recursive: true, force: true })
  })
})
