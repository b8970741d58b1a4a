import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_ATTACHMENT_BYTES, type AttachmentOwner } from '../../shared/attachments'
import { clientWithEngagement, countRows, type Caller } from '../testing/calls'
import { freshPracticeEachTest } from '../testing/eachTest'
import { practiceInFolder } from '../testing/practice'
import type { StandInPlatform } from '../testing/platform'
import { clearOpenedCopies, openedFolderOf } from './opening'

const practice = freshPracticeEachTest()
const { call } = practice

function fileOnDisk(name: string, bytes: Uint8Array | string): string {
  const path = join(practice.folder, name)
  writeFileSync(path, bytes)
  return path
}

/** The coach picks the file in the open dialog, then it is stored on the record. */
async function attach(on: AttachmentOwner, path: string, through: { call: Caller; platform: StandInPlatform } = practice) {
  through.platform.answerNextOpen(path)
  const chosen = await through.call.ok('attachments:choose', {})
  if (chosen.status !== 'chosen') throw new Error('The dialog was cancelled.')
  return through.call.ok('attachments:add', { fileId: chosen.fileId, on })
}

async function recordsOfEveryKind() {
  const { client, engagement } = await clientWithEngagement(call)
  const session = await call.ok('sessions:create', { engagementId: engagement.id, startsAt: '2026-02-03T09:00:00Z', status: 'held' })
  const result = await call.ok('assessment:createResult', { engagementId: engagement.id, instrument: '360_feedback', takenOn: '2026-01-20' })
  return { client, engagement, session, result }
}

describe('attachments on a client, an engagement, an assessment result and a session', () => {
  it('are listed on their own record with name, size and date, newest first', async () => {
    const { client, engagement, session, result } = await recordsOfEveryKind()
    const agreement = await attach({ kind: 'client', id: client.id }, fileOnDisk('Signed agreement.pdf', '%PDF-1.7 agreement'))
    await attach({ kind: 'engagement', id: engagement.id }, fileOnDisk('Plan.docx', 'plan'))
    await attach({ kind: 'session', id: session.id }, fileOnDisk('Worksheet.txt', 'values: courage'))
    await attach({ kind: 'result', id: result.id }, fileOnDisk('360 report.pdf', '%PDF 360'))
    const later = await attach({ kind: 'client', id: client.id }, fileOnDisk('Photo.JPG', 'jpeg bytes'))

    expect(agreement).toMatchObject({ name: 'Signed agreement.pdf', mediaType: 'application/pdf', size: 18 })
    expect(agreement.addedAt).toMatch(/^\d{4}-\d\d-\d\dT/)
    const names = async (on: AttachmentOwner) => (await call.ok('attachments:list', { on })).items.map((item) => item.name)
    expect(await names({ kind: 'client', id: client.id })).toEqual([later.name, 'Signed agreement.pdf'])
    expect(await names({ kind: 'engagement', id: engagement.id })).toEqual(['Plan.docx'])
    expect(await names({ kind: 'session', id: session.id })).toEqual(['Worksheet.txt'])
    expect(await names({ kind: 'result', id: result.id })).toEqual(['360 report.pdf'])
  })

  it('refuses a type it does not keep, naming those it does, and keeps nothing', async () => {
    const { client } = await recordsOfEveryKind()
    practice.platform.answerNextOpen(fileOnDisk('setup.exe', 'MZ'))
    const error = await call.fail('attachments:choose', {})
    expect(error.code).toBe('invalid_input')
    expect(error.message).toMatch(/“setup\.exe” cannot be attached: Coachbook keeps PDF, images .*Word, Excel and PowerPoint.*text/)
    expect((await call.ok('attachments:list', { on: { kind: 'client', id: client.id } })).items).toEqual([])
  })

  it('refuses a file over 25 MB without reading it, saying how large it is', async () => {
    const path = fileOnDisk('Scans.pdf', '')
    truncateSync(path, MAX_ATTACHMENT_BYTES + 1)
    practice.platform.answerNextOpen(path)
    const error = await call.fail('attachments:choose', {})
    expect(error).toMatchObject({ code: 'invalid_input' })
    expect(error.message).toMatch(/“Scans\.pdf” is 25 MB: an attachment can be at most 25 MB\. Nothing was attached\./)
    expect(countRows(practice.database.sqlite, 'attachment_contents')).toBe(0)
  })

  it('says so when the record is gone or the file was not picked, storing nothing', async () => {
    const { session } = await recordsOfEveryKind()
    practice.platform.answerNextOpen(fileOnDisk('Notes.md', '# notes'))
    const chosen = await call.ok('attachments:choose', {})
    if (chosen.status !== 'chosen') throw new Error('cancelled')
    expect(await call.fail('attachments:add', { fileId: chosen.fileId, on: { kind: 'session', id: session.id + 99 } })).toMatchObject({
      code: 'not_found',
      field: 'on'
    })
    expect(await call.fail('attachments:add', { fileId: 'another', on: { kind: 'session', id: session.id } })).toMatchObject({
      code: 'not_found',
      field: 'fileId'
    })
    expect(countRows(practice.database.sqlite, 'attachments')).toBe(0)
    expect(await call.ok('attachments:choose', {})).toEqual({ status: 'cancelled' })
  })

  it('keeps a file attached twice once, and its bytes until the last attachment of them goes', async () => {
    const { client, engagement } = await recordsOfEveryKind()
    const path = fileOnDisk('Agreement.pdf', '%PDF same bytes')
    const first = await attach({ kind: 'client', id: client.id }, path)
    const second = await attach({ kind: 'engagement', id: engagement.id }, path)
    expect(first.sha256).toBe(second.sha256)
    expect(countRows(practice.database.sqlite, 'attachment_contents')).toBe(1)
  })
})

describe('what the change log and Undo keep of an attachment', () => {
  it('logs its name, size and SHA-256, never its bytes', async () => {
    const { session } = await recordsOfEveryKind()
    const bytes = randomBytes(2 * 1024 * 1024)
    const attachment = await attach({ kind: 'session', id: session.id }, fileOnDisk('Scan.png', bytes))
    const sqlite = practice.database.sqlite
    const logged = sqlite.prepare("SELECT column_name AS column, value FROM change_log WHERE table_name = 'attachments'").all() as { column: string; value: unknown }[]
    expect(Object.fromEntries(logged.map((entry) => [entry.column, entry.value]))).toMatchObject({
      name: 'Scan.png',
      size: bytes.length,
      sha256: attachment.sha256
    })
    expect(sqlite.prepare('SELECT max(length(value)) FROM change_log').pluck().get()).toBeLessThan(1000)
  })

  it('undoes adding and deleting one without copying its bytes into Undo’s images', async () => {
    const { engagement } = await recordsOfEveryKind()
    const sqlite = practice.database.sqlite
    const imagesSize = () => sqlite.prepare('SELECT coalesce(sum(length(before)) + sum(length(key)), 0) FROM temp.undo_image').pluck().get() as number
    const on = { kind: 'engagement', id: engagement.id } as const
    const before = imagesSize()
    const attachment = await attach(on, fileOnDisk('Report.pdf', randomBytes(5 * 1024 * 1024)))
    await call.ok('attachments:delete', { id: attachment.id })
    // Measured: a 5 MB file added then deleted leaves a few hundred bytes of images (the row), not 5 MB.
    expect(imagesSize() - before).toBeLessThan(2048)
    expect((await call.ok('attachments:list', { on })).items).toEqual([])

    expect((await call.ok('changes:undo', {})).undone).toBe('delete attachment Report.pdf')
    expect((await call.ok('attachments:list', { on })).items).toEqual([attachment])
    await call.ok('attachments:open', { id: attachment.id })
    const opened = practice.platform.opened.at(-1)!
    expect(readFileSync(opened).length).toBe(5 * 1024 * 1024)

    expect((await call.ok('changes:undo', {})).undone).toBe('add attachment Report.pdf')
    expect((await call.ok('attachments:list', { on })).items).toEqual([])
  })

  it('forgets the bytes of deleted attachments at the next open, once Undo cannot bring them back', async () => {
    const onDisk = practiceInFolder({ encrypted: false })
    const { client } = await clientWithEngagement(onDisk.call)
    const kept = await attach({ kind: 'client', id: client.id }, fileOnDisk('Kept.txt', 'kept'), onDisk)
    const gone = await attach({ kind: 'client', id: client.id }, fileOnDisk('Gone.txt', 'gone'), onDisk)
    await onDisk.call.ok('attachments:delete', { id: gone.id })
    expect(countRows(onDisk.practice.database.sqlite, 'attachment_contents')).toBe(2)
    await onDisk.practice.close()

    const reopened = practiceInFolder({ folder: onDisk.folder, encrypted: false })
    const sqlite = reopened.practice.database.sqlite
    expect(sqlite.prepare('SELECT sha256 FROM attachment_contents').pluck().all()).toEqual([kept.sha256])
    await reopened.close()
  })
})

describe('opening an attachment', () => {
  it('hands the OS a copy in a private folder of the data folder, removing older copies', async () => {
    const { client } = await recordsOfEveryKind()
    const attachment = await attach({ kind: 'client', id: client.id }, fileOnDisk('Values worksheet.txt', 'courage, craft'))
    const { opened } = await call.ok('attachments:open', { id: attachment.id })
    expect(practice.platform.opened).toEqual([opened])
    expect(readFileSync(opened, 'utf8')).toBe('courage, craft')
    expect(opened.endsWith('Values worksheet.txt')).toBe(true)
    const folder = openedFolderOf(practice.folder)
    expect(opened.startsWith(folder)).toBe(true)
    expect(statSync(folder).mode & 0o777).toBe(0o700)
    expect(statSync(opened).mode & 0o777).toBe(0o600)

    // A copy made long ago goes at the next opening; one just made stays for its viewer.
    const old = join(folder, readdirSync(folder)[0]!)
    utimesSync(old, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000))
    const { opened: again } = await call.ok('attachments:open', { id: attachment.id })
    expect(existsSync(opened)).toBe(false)
    expect(existsSync(again)).toBe(true)
    clearOpenedCopies(practice.folder)
    expect(readdirSync(folder)).toEqual([])
  })
})
