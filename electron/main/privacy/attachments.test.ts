import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { AttachmentOwner } from '../../shared/attachments'
import { OPENED_FOLDER } from '../attachments'
import { clientWithEngagement, type Caller } from '../testing/calls'
import { freshPracticeEachTest } from '../testing/eachTest'
import { practiceInFolder, temporaryFolder } from '../testing/practice'
import type { StandInPlatform } from '../testing/platform'

const practice = freshPracticeEachTest()

async function attach(through: { call: Caller; platform: StandInPlatform }, on: AttachmentOwner, path: string) {
  through.platform.answerNextOpen(path)
  const chosen = await through.call.ok('attachments:choose', {})
  if (chosen.status !== 'chosen') throw new Error('The dialog was cancelled.')
  return through.call.ok('attachments:add', { fileId: chosen.fileId, on })
}

/** A client with a document on the client, the engagement, a session and an assessment result. */
async function clientWithDocuments(through: { call: Caller; platform: StandInPlatform }, source: string, words = 'plain words') {
  const { call } = through
  const { client, engagement } = await clientWithEngagement(call)
  const session = await call.ok('sessions:create', { engagementId: engagement.id, startsAt: '2026-02-03T09:00:00Z', status: 'held' })
  const result = await call.ok('assessment:createResult', { engagementId: engagement.id, instrument: '360_feedback', takenOn: '2026-01-20' })
  const file = (name: string, bytes: Uint8Array | string) => {
    writeFileSync(join(source, name), bytes)
    return join(source, name)
  }
  const attached = [
    await attach(through, { kind: 'client', id: client.id }, file('Signed agreement.pdf', `%PDF agreement ${words}`)),
    await attach(through, { kind: 'engagement', id: engagement.id }, file('Plan.docx', randomBytes(3000))),
    await attach(through, { kind: 'session', id: session.id }, file('Worksheet.txt', `values: ${words}`)),
    await attach(through, { kind: 'result', id: result.id }, file('360 report.pdf', `%PDF 360 ${words}`))
  ]
  return { client, engagement, session, result, attached }
}

async function exportedFolder(call: Caller, clientId: number): Promise<string> {
  const exported = await call.ok('privacy:exportClient', { clientId })
  if (exported.status !== 'exported') throw new Error('The export was cancelled.')
  return exported.folder
}

describe('attachments in the client export', () => {
  it('writes each file into the export folder, lists it in client.json and links it from client.html', async () => {
    const { client, attached } = await clientWithDocuments(practice, practice.folder)
    const folder = await exportedFolder(practice.call, client.id)
    const file = JSON.parse(readFileSync(join(folder, 'client.json'), 'utf8')) as { formatVersion: number; attachments: { file: string; name: string; sha256: string }[] }
    expect(file.formatVersion).toBe(7)
    expect(file.attachments.map((attachment) => attachment.name)).toEqual(attached.map((attachment) => attachment.name))
    for (const [index, attachment] of file.attachments.entries()) {
      expect(attachment.file).toMatch(/^attachments\/\d+ /)
      expect(readFileSync(join(folder, attachment.file))).toEqual(readFileSync(join(practice.folder, attached[index]!.name)))
    }
    const page = readFileSync(join(folder, 'client.html'), 'utf8')
    expect(page).toContain(`<a href="${encodeURI(file.attachments[0]!.file)}">Signed agreement.pdf</a>`)
    expect(page).toMatch(/Worksheet\.txt<\/a><\/td><td>Leading|Worksheet\.txt<\/a><\/td><td>[^<]*session of 2026-02-03/)
  })

  it('brings every attachment back on the same records when the export is imported', async () => {
    const { client, attached } = await clientWithDocuments(practice, practice.folder)
    const folder = await exportedFolder(practice.call, client.id)
    await practice.call.ok('privacy:eraseClient', { clientId: client.id, confirmName: client.name })

    practice.platform.answerNextOpen(join(folder, 'client.json'))
    const preview = await practice.call.ok('privacy:previewImport', {})
    if (preview.status !== 'preview') throw new Error('cancelled')
    expect(preview.attachments).toBe(4)
    const imported = await practice.call.ok('privacy:importClient', { importId: preview.importId })
    if (imported.status !== 'imported') throw new Error('not imported')
    const engagement = (await practice.call.ok('engagements:listForClient', { clientId: imported.client.id })).items[0]!
    const session = (await practice.call.ok('sessions:listForEngagement', { engagementId: engagement.id })).items[0]!
    const result = (await practice.call.ok('assessment:overview', { engagementId: engagement.id })).results[0]!
    const on = async (owner: AttachmentOwner) => (await practice.call.ok('attachments:list', { on: owner })).items.map(({ name, size, sha256 }) => ({ name, size, sha256 }))
    const same = (index: number) => [{ name: attached[index]!.name, size: attached[index]!.size, sha256: attached[index]!.sha256 }]
    expect(await on({ kind: 'client', id: imported.client.id })).toEqual(same(0))
    expect(await on({ kind: 'engagement', id: engagement.id })).toEqual(same(1))
    expect(await on({ kind: 'session', id: session.id })).toEqual(same(2))
    expect(await on({ kind: 'result', id: result.id })).toEqual(same(3))
    const reopened = (await practice.call.ok('attachments:list', { on: { kind: 'session', id: session.id } })).items[0]!
    const { opened } = await practice.call.ok('attachments:open', { id: reopened.id })
    expect(readFileSync(opened, 'utf8')).toBe('values: plain words')
  })

  it('refuses an export whose attachment was changed or is missing, importing nothing', async () => {
    const { client } = await clientWithDocuments(practice, practice.folder)
    const folder = await exportedFolder(practice.call, client.id)
    await practice.call.ok('privacy:eraseClient', { clientId: client.id, confirmName: client.name })
    const file = JSON.parse(readFileSync(join(folder, 'client.json'), 'utf8')) as { attachments: { file: string }[] }
    writeFileSync(join(folder, file.attachments[2]!.file), 'values: edited by hand')
    practice.platform.answerNextOpen(join(folder, 'client.json'))
    const changed = await practice.call.fail('privacy:previewImport', {})
    expect(changed.message).toMatch(/damaged.*“Worksheet\.txt” .* is not the file that was exported/)
    expect((await practice.call.ok('clients:list', {})).total).toBe(0)
  })

  it('carries the attachments inside the single-file export, and refuses that file when one of them was changed', async () => {
    const { client, attached } = await clientWithDocuments(practice, practice.folder)
    const folder = await exportedFolder(practice.call, client.id)
    const bundle = join(folder, readdirSync(folder).find((name) => name.endsWith('.coachbook-client'))!)
    const entries = unzipSync(readFileSync(bundle))
    const file = JSON.parse(strFromU8(entries['client.json']!)) as { attachments: { file: string }[] }
    expect(file.attachments.map((attachment) => Buffer.from(entries[attachment.file]!))).toEqual(
      attached.map((attachment) => readFileSync(join(practice.folder, attachment.name)))
    )
    await practice.call.ok('privacy:eraseClient', { clientId: client.id, confirmName: client.name })

    // The file alone, away from its folder: everything comes from inside it.
    const alone = join(temporaryFolder('coachbook-bundle-'), 'export.coachbook-client')
    const altered = join(temporaryFolder('coachbook-bundle-'), 'altered.coachbook-client')
    writeFileSync(alone, readFileSync(bundle))
    writeFileSync(altered, zipSync({ ...entries, [file.attachments[2]!.file]: strToU8('values: edited by hand') }))
    practice.platform.answerNextOpen(altered)
    expect((await practice.call.fail('privacy:previewImport', {})).message).toMatch(/damaged.*“Worksheet\.txt” .* is not the file that was exported/)
    practice.platform.answerNextOpen(alone)
    const preview = await practice.call.ok('privacy:previewImport', {})
    if (preview.status !== 'preview') throw new Error('cancelled')
    expect(preview.attachments).toBe(4)
    const imported = await practice.call.ok('privacy:importClient', { importId: preview.importId })
    if (imported.status !== 'imported') throw new Error('not imported')
    const listed = await practice.call.ok('attachments:list', { on: { kind: 'client', id: imported.client.id } })
    expect(listed.items.map(({ name, sha256 }) => ({ name, sha256 }))).toEqual([{ name: attached[0]!.name, sha256: attached[0]!.sha256 }])
  })

  it('still imports an export from before attachments (format 5)', async () => {
    const { client } = await clientWithEngagement(practice.call)
    const folder = await exportedFolder(practice.call, client.id)
    await practice.call.ok('privacy:eraseClient', { clientId: client.id, confirmName: client.name })
    const { attachments: _none, ...file } = JSON.parse(readFileSync(join(folder, 'client.json'), 'utf8')) as Record<string, unknown>
    writeFileSync(join(folder, 'client.json'), JSON.stringify({ ...file, formatVersion: 5 }))
    practice.platform.answerNextOpen(join(folder, 'client.json'))
    const preview = await practice.call.ok('privacy:previewImport', {})
    if (preview.status !== 'preview') throw new Error('cancelled')
    expect(await practice.call.ok('privacy:importClient', { importId: preview.importId })).toMatchObject({ status: 'imported' })
  })
})

/** Every file under the folder, with a path relative to it. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(folder, name)).isFile())
}

describe('erasing a client with attachments', () => {
  it('leaves no byte of their files in any file Coachbook keeps: the practice, its WAL, a backup since, the copies opened', async () => {
    const SENTINEL = 'ATTACHED-SENTINEL-QX7'
    const source = temporaryFolder('coachbook-source-')
    const onDisk = practiceInFolder({ encrypted: false })
    mkdirSync(join(onDisk.folder, 'chosen'), { recursive: true })
    const { client, attached } = await clientWithDocuments(onDisk, source, SENTINEL)
    // One opened (a copy in the private folder), one deleted earlier (its bytes kept for Undo).
    await onDisk.call.ok('attachments:open', { id: attached[0]!.id })
    await onDisk.call.ok('attachments:delete', { id: attached[2]!.id })
    const kept = await clientWithDocuments(onDisk, source, 'KEPT-WORDS-TOM')
    const holding = (needle: string) =>
      filesUnder(onDisk.folder)
        // The export folder is the coach's, outside Coachbook's keeping once written.
        .filter((name) => !name.startsWith('chosen'))
        .filter((name) => readFileSync(join(onDisk.folder, name)).includes(Buffer.from(needle)))
    expect(holding(SENTINEL)).toEqual(expect.arrayContaining(['coachbook.sqlite-wal', expect.stringContaining(OPENED_FOLDER)]))

    await onDisk.call.ok('privacy:eraseClient', { clientId: client.id, confirmName: client.name })
    await onDisk.call.ok('backup:now', {})
    expect(holding(SENTINEL)).toEqual([])
    expect(existsSync(join(onDisk.folder, OPENED_FOLDER))).toBe(true)
    await onDisk.practice.close()
    expect(holding(SENTINEL)).toEqual([])
    expect(relative(onDisk.folder, onDisk.file)).toBe('coachbook.sqlite')
    // The other client's files are all there.
    expect(holding('KEPT-WORDS-TOM')).toContain('coachbook.sqlite')
    expect(kept.attached).toHaveLength(4)
  })
})
