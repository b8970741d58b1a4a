import fc from 'fast-check'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dayOf } from '../../shared/dates'
import { CLIENT_EXPORT_VERSION, clientExportSchema, type ClientExport } from '../../shared/privacy'
import type { AppDatabase } from '../db/connection'
import type { Dispatch } from '../ipc/registry'
import { caller, kindIds, type Caller } from '../testing/calls'
import { clientRows, tableCounts } from '../testing/clientRows'
import { freshDispatch } from '../testing/db'
import { oneThingWrong } from '../testing/fuzzInputs'
import type { StandInPlatform } from '../testing/platform'
import { previewAndImportAnswered } from '../testing/exportRecords'
import { richClient } from '../testing/richClient'
import { eraseClientRecords } from './erasure'
import { exportFolderName } from './service'

let call: Caller
let dispatch: Dispatch
let database: AppDatabase
let platform: StandInPlatform
let folder: string

beforeEach(() => {
  const fresh = freshDispatch()
  ;({ database, platform, folder, dispatch } = fresh)
  call = caller(fresh.dispatch)
})
afterEach(() => database.close())

async function exported(clientId: number) {
  const result = await call.ok('privacy:exportClient', { clientId })
  if (result.status !== 'exported') throw new Error('expected an export')
  const read = (name: string) => readFileSync(join(result.folder, name), 'utf8')
  return { ...result, json: JSON.parse(read('client.json')) as ClientExport, html: read('client.html'), read }
}

const previewAndImport = (through: Caller = call) => previewAndImportAnswered(through)

/** Makes every insert into `table` fail, then imports the export in `exportFolder`: the import fails and writes nothing. */
async function expectImportToWriteNothingWhenFailingOn(table: string, exportFolder: string) {
  const counts = tableCounts(database.sqlite)
  database.sqlite.exec(`CREATE TEMP TRIGGER fail_${table} BEFORE INSERT ON ${table} BEGIN SELECT no_such_function(); END`)
  platform.answerNextOpen(join(exportFolder, 'client.json'))
  const preview = await call.ok('privacy:previewImport', {})
  if (preview.status !== 'preview') throw new Error('expected a preview')
  expect((await call.fail('privacy:importClient', { importId: preview.importId })).code).toBe('internal')
  expect(tableCounts(database.sqlite)).toEqual(counts)
}

/** Writes a file for the import dialog to answer with. */
function fileToImport(content: string | Buffer, name = 'client.json'): string {
  const path = join(folder, name)
  writeFileSync(path, content)
  platform.answerNextOpen(path)
  return path
}

describe('exporting a client', () => {
  it('writes client.json, client.html, client.schema.json and the three as one .coachbook-client file into a new folder named after the client and the coach’s day', async () => {
    const { client } = await richClient(call)
    const result = await exported(client.id)
    expect(result.folder).toBe(join(folder, exportFolderName('Zoë Ødegård', dayOf(result.json.exportedAt) ?? '')))
    expect(result.folder).toMatch(/Zoë Ødegård – Coachbook export – \d{4}-\d{2}-\d{2}$/)
    const bundle = `${exportFolderName('Zoë Ødegård', dayOf(result.json.exportedAt) ?? '')}.coachbook-client`
    expect(readdirSync(result.folder).sort()).toEqual(['client.html', 'client.json', 'client.schema.json', bundle].sort())
    expect(readdirSync(folder).filter((name) => name.startsWith('.'))).toEqual([])
    expect(result.json).toMatchObject({ $schema: 'client.schema.json', format: 'coachbook.client-export', formatVersion: CLIENT_EXPORT_VERSION })
    expect(clientExportSchema.safeParse(result.json).error).toBeUndefined()
    expect(JSON.parse(result.read('client.schema.json'))).toMatchObject({ type: 'object', required: expect.arrayContaining(['format']) })
  })

  it('holds every record about the client, and sponsors by name without their notes', async () => {
    const { client } = await richClient(call)
    const { json } = await exported(client.id)
    const [coaching, mentoring] = json.engagements
    expect(json.client).toMatchObject({ name: 'Zoë Ødegård', tags: ['executive', 'tag of Zoë Ødegård'], notes: 'clientNotes of Zoë Ødegård' })
    expect(json.organisations).toEqual([
      {
        id: expect.any(Number),
        name: 'Nordlys AS',
        contacts: [{ id: expect.any(Number), name: 'Kari Nordmann', role: 'HR partner', email: 'kari@nordlys.example', phone: null }]
      }
    ])
    expect(JSON.stringify(json)).not.toContain('Prefers email')
    expect(JSON.stringify(json)).not.toContain('About several clients')
    expect(coaching).toMatchObject({
      kind: { name: 'Team coaching', isMentoring: false, defaultPlannedSessions: 10, defaultSessionMinutes: 90 },
      status: 'paused',
      fee: { amountMinor: 150000, currency: 'EUR', basis: 'package' },
      statusHistory: [{ status: 'active' }, { status: 'paused', note: 'statusNote of Zoë Ødegård' }]
    })
    const counts = (engagement: ClientExport['engagements'][number]) => ({
      intakeNotes: engagement.intakeNotes.length,
      interviews: engagement.interviews.length,
      scores: engagement.results.flatMap((result) => result.scores).length,
      evidence: engagement.growthAreas.flatMap((area) => area.evidence).length,
      goals: engagement.goals.length,
      measurements: engagement.goals.flatMap((goal) => goal.measurements).length,
      milestones: engagement.goals.flatMap((goal) => goal.milestones).length,
      actions: engagement.actions.length,
      sessions: engagement.sessions.length,
      introductions: engagement.sessions.flatMap((session) => session.introductions).length,
      outcomes: engagement.reviews.flatMap((review) => review.outcomes).length
    })
    expect(counts(coaching!)).toEqual({
      intakeNotes: 1,
      interviews: 1,
      scores: 3,
      evidence: 3,
      goals: 2,
      measurements: 2,
      milestones: 1,
      actions: 2,
      sessions: 2,
      introductions: 2,
      outcomes: 1
    })
    expect(mentoring).toMatchObject({ kind: { name: 'Mentoring', isMentoring: true }, sessions: [{ billing: 'pro_bono' }] })
  })

  it('renders a readable page with every value escaped and nothing that could run', async () => {
    const name = '<script>alert("x")</script> & Ann'
    const { client } = await richClient(call, { name, words: (field) => `${field}: </div><img src=x onerror=alert(1)> 'quoted' & more` })
    const { html } = await exported(client.id)
    expect(html).not.toMatch(/<script|<img|onerror=alert\(1\)>/i)
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Ann')
    expect(html).toContain('privateObservations: &lt;/div&gt;&lt;img src=x onerror=alert(1)&gt; &#39;quoted&#39; &amp; more')
    expect(html).toContain("default-src 'none'")
    expect(html).not.toMatch(/<[^>]*\s(src|href|on\w+)=/i)
  })

  it('makes a folder name that is valid everywhere, and never overwrites an earlier export', async () => {
    const client = await call.ok('clients:create', { name: 'CON' })
    expect(exportFolderName('a/b\\c:d*e?f"g<h>i|j\u0000k\u202e', '2026-03-14')).toBe('a-b-c d e f g h i-j k – Coachbook export – 2026-03-14')
    expect(exportFolderName('...hidden. ', '2026-03-14')).toBe('hidden – Coachbook export – 2026-03-14')
    expect(exportFolderName('Ann\u200B Lee\u00AD\u2066', '2026-03-14')).toBe('Ann Lee – Coachbook export – 2026-03-14')
    expect(Buffer.byteLength(exportFolderName('ø'.repeat(200), '2026-03-14'))).toBeLessThan(255)
    const first = await exported(client.id)
    const second = await exported(client.id)
    expect(second.folder).toBe(`${first.folder} (2)`)
    expect(existsSync(join(first.folder, 'client.json'))).toBe(true)
  })

  it('writes nothing when the coach cancels the folder dialog', async () => {
    const client = await call.ok('clients:create', { name: 'Sam' })
    platform.chooseFolder = async () => null
    expect(await call.ok('privacy:exportClient', { clientId: client.id })).toEqual({ status: 'cancelled' })
    expect(readdirSync(folder)).toEqual([])
    expect(await call.fail('privacy:exportClient', { clientId: 999 })).toMatchObject({ code: 'not_found' })
  })

  it('says so, and leaves no half-written folder, when the folder cannot be written to', async () => {
    const client = await call.ok('clients:create', { name: 'Sam' })
    platform.chooseFolder = async () => join(folder, 'missing', 'deeper')
    const error = await call.fail('privacy:exportClient', { clientId: client.id })
    expect(error).toMatchObject({ code: 'not_found' })
    expect(error.message).toContain('Choose another folder')
    expect(readdirSync(folder)).toEqual([])
  })
})

describe('importing an export', () => {
  it('brings back exactly what was erased, with new ids and every link rewired', async () => {
    const { client } = await richClient(call)
    const other = await richClient(call, { name: 'Tom Baker' })
    const before = clientRows(database.sqlite, client.id)
    const otherBefore = clientRows(database.sqlite, other.client.id)
    const { folder: exportFolder } = await exported(client.id)

    await call.ok('privacy:eraseClient', { clientId: client.id, confirmName: 'Zoë Ødegård' })
    platform.answerNextOpen(join(exportFolder, 'client.json'))
    const imported = await previewAndImport()
    expect(imported).toMatchObject({ client: { name: 'Zoë Ødegård' }, engagements: 2 })
    expect(imported.client.id).not.toBe(client.id)

    // Every row of every table about the client, each id replaced by its place among the client's records.
    expect(clientRows(database.sqlite, imported.client.id)).toEqual(before)
    expect(Object.keys(before)).toEqual(
      expect.arrayContaining(['client_tags', 'engagement_status_changes', 'growth_area_evidence', 'assessment_scores', 'review_outcomes'])
    )
    expect(clientRows(database.sqlite, other.client.id)).toEqual(otherBefore)
    // The sponsor and the custom kind were reused, not duplicated.
    expect(database.sqlite.prepare('SELECT count(*) FROM organisations').pluck().get()).toBe(1)
    expect(database.sqlite.prepare("SELECT count(*) FROM engagement_kinds WHERE name = 'Team coaching'").pluck().get()).toBe(1)
    // And it reads back through the app as before.
    const engagements = (await call.ok('engagements:listForClient', { clientId: imported.client.id })).items
    expect(engagements.map((engagement) => engagement.status).sort()).toEqual(['paused', 'prospect'])
  })

  it('recreates a missing sponsor and kind of engagement in another practice', async () => {
    const { client } = await richClient(call)
    const { folder: exportFolder } = await exported(client.id)
    const elsewhere = freshDispatch()
    try {
      elsewhere.platform.answerNextOpen(join(exportFolder, 'client.json'))
      const imported = await previewAndImport(caller(elsewhere.dispatch))
      expect(imported).toMatchObject({ status: 'imported', engagements: 2 })
      const { items } = await caller(elsewhere.dispatch).ok('organisations:list', {})
      expect(items).toMatchObject([{ name: 'Nordlys AS', contactCount: 1 }])
      const rows = (sqlite: typeof database.sqlite, id: number) => {
        // Sponsors' and contacts' own stamps differ between practices; everything about the client must not.
        const { client_tags, engagements, goals, sessions, actions } = clientRows(sqlite, id)
        return { client_tags, engagements, goals, sessions, actions }
      }
      expect(rows(elsewhere.database.sqlite, imported.client.id)).toEqual(
        rows(database.sqlite, client.id)
      )
    } finally {
      await elsewhere.database.close()
    }
  })

  it('refuses to import the same client twice', async () => {
    const { client } = await richClient(call)
    const { folder: exportFolder } = await exported(client.id)
    const counts = tableCounts(database.sqlite)
    platform.answerNextOpen(join(exportFolder, 'client.json'))
    const preview = await call.ok('privacy:previewImport', {})
    if (preview.status !== 'preview') throw new Error('expected a preview')
    expect(preview.alreadyInPractice).toBe(true)
    const error = await call.fail('privacy:importClient', { importId: preview.importId })
    expect(error).toMatchObject({ code: 'conflict' })
    expect(error.message).toContain('already in your practice')
    expect(tableCounts(database.sqlite)).toEqual(counts)
  })

  it('does nothing when the coach cancels the open dialog', async () => {
    expect(await call.ok('privacy:previewImport', {})).toEqual({ status: 'cancelled' })
  })

  it('tells a wrong, newer or damaged file apart, and imports nothing from any of them', async () => {
    const { client } = await richClient(call)
    const { json, folder: exportFolder } = await exported(client.id)
    await call.ok('privacy:eraseClient', { clientId: client.id, confirmName: 'Zoë Ødegård' })
    const counts = tableCounts(database.sqlite)
    const valid = JSON.stringify(json)
    const withChange = (change: (file: ClientExport) => void) => {
      const file = JSON.parse(valid) as ClientExport
      change(file)
      return JSON.stringify(file)
    }
    const cases: [string | Buffer, RegExp][] = [
      ['{"name": "not an export"}', /not a Coachbook client export/],
      ['[1, 2, 3]', /not a Coachbook client export/],
      [Buffer.from([0xff, 0xfe, 0x00, 0x7b]), /not a Coachbook client export/],
      [valid.slice(0, valid.length / 2), /damaged.*not complete JSON/],
      [withChange((file) => Object.assign(file, { formatVersion: CLIENT_EXPORT_VERSION + 1 })), new RegExp(`newer version of Coachbook.*format ${CLIENT_EXPORT_VERSION}`)],
      [withChange((file) => Object.assign(file, { formatVersion: 'one' })), /damaged/],
      [withChange((file) => (file.engagements[0]!.sessions[0]!.startsAt = '2026-02-30T10:00:00Z')), /damaged.*engagements\.0\.sessions\.0\.startsAt/],
      [withChange((file) => (file.engagements[0]!.actions[0]!.goalId = 99999)), /damaged.*engagements\.0\.actions\.0\.goalId.*not in the file/],
      [withChange((file) => (file.engagements[0]!.goals[0]!.measurements[0]!.value = 7.5)), /damaged.*rating/],
      [withChange((file) => (file.client.notes = 'x'.repeat(1_000_001))), /damaged.*client\.notes.*too long/],
      [withChange((file) => Object.assign(file.client, { __proto__: { polluted: true }, extra: 1 })), /damaged/]
    ]
    for (const [content, message] of cases) {
      fileToImport(content)
      const error = await call.fail('privacy:previewImport', {})
      expect(error.code, String(message)).toBe('invalid_input')
      expect(error.message).toMatch(message)
      expect(error.message).toMatch(/nothing was imported|Nothing was imported/)
      expect(tableCounts(database.sqlite)).toEqual(counts)
    }
    platform.answerNextOpen(join(folder, 'gone.json'))
    expect(await call.fail('privacy:previewImport', {})).toMatchObject({ code: 'not_found' })
    // The intact file still imports.
    platform.answerNextOpen(join(exportFolder, 'client.json'))
    expect(await previewAndImport()).toMatchObject({ status: 'imported' })
  })

  // 200 imports and erasures of a whole client take seconds, more on a busy machine: speed is the bench's to judge.
  it('imports a damaged or tampered file completely or not at all (fuzzed)', async () => {
    const { client } = await richClient(call)
    const { json } = await exported(client.id)
    await call.ok('privacy:eraseClient', { clientId: client.id, confirmName: 'Zoë Ødegård' })
    // A tampered file may name a sponsor or kind the practice lacks: those are added, and stay.
    const records = () => {
      const { organisations: _o, organisation_contacts: _c, engagement_kinds: _k, ...rest } = tableCounts(database.sqlite)
      return rest
    }
    const recordsBefore = records()
    const outcomes = { imported: 0, refused: 0 }
    await fc.assert(
      fc.asyncProperty(oneThingWrong(fc.constant(json)), async (tampered) => {
        let text: string
        try {
          text = JSON.stringify(tampered, (_key, value: unknown) => (typeof value === 'bigint' ? Number(value) : value)) ?? 'null'
        } catch {
          return // Too deeply nested to be written as JSON, so no file can hold it.
        }
        fileToImport(text)
        const before = tableCounts(database.sqlite)
        const preview = await dispatch('privacy:previewImport', {})
        const importId = preview.ok ? (preview.data as { importId: string }).importId : null
        const result = importId === null ? preview : await dispatch('privacy:importClient', { importId })
        if (!result.ok) {
          expect(['invalid_input', 'conflict'], result.error.message).toContain(result.error.code)
          expect(tableCounts(database.sqlite)).toEqual(before)
          outcomes.refused += 1
          return
        }
        outcomes.imported += 1
        const data = result.data as { status: string; client: { id: number } }
        if (data.status === 'imported') await eraseClientRecords(database.door.for('privacy:eraseClient'), data.client.id)
        expect(records()).toEqual(recordsBefore)
      }),
      { numRuns: 200 }
    )
    expect(outcomes.refused).toBeGreaterThan(50)
    expect(database.sqlite.pragma('foreign_key_check')).toEqual([])
  }, 30_000)

  it('writes nothing at all when a record fails part-way through', async () => {
    const { client } = await richClient(call)
    const { folder: exportFolder } = await exported(client.id)
    await call.ok('privacy:eraseClient', { clientId: client.id, confirmName: 'Zoë Ødegård' })
    // Reviews are written last: make the very last step fail.
    await expectImportToWriteNothingWhenFailingOn('reviews', exportFolder)
  })
})

describe('previewing an import', () => {
  it('says what the file would add, writing nothing, and imports exactly that file once', async () => {
    const { client } = await richClient(call)
    const { folder: exportFolder } = await exported(client.id)
    await call.ok('privacy:eraseClient', { clientId: client.id, confirmName: 'Zoë Ødegård' })
    const elsewhere = freshDispatch()
    try {
      const there = caller(elsewhere.dispatch)
      const counts = tableCounts(elsewhere.database.sqlite)
      elsewhere.platform.answerNextOpen(join(exportFolder, 'client.json'))
      const preview = await there.ok('privacy:previewImport', {})
      expect(preview).toMatchObject({
        status: 'preview',
        client: { name: 'Zoë Ødegård' },
        newSponsors: ['Nordlys AS'],
        newKinds: ['Team coaching'],
        alreadyInPractice: false
      })
      if (preview.status !== 'preview') return
      expect(preview.engagements).toHaveLength(2)
      expect(preview.engagements.reduce((sum, engagement) => sum + engagement.sessions + engagement.goals + engagement.actions, 0)).toBeGreaterThan(0)
      expect(tableCounts(elsewhere.database.sqlite)).toEqual(counts)

      await there.ok('privacy:importClient', { importId: preview.importId })
      // Once imported, the preview is spent: the same id imports nothing more.
      expect(await there.fail('privacy:importClient', { importId: preview.importId })).toMatchObject({ code: 'not_found' })
      expect(await there.fail('privacy:importClient', { importId: '0'.repeat(32) })).toMatchObject({ code: 'not_found' })
    } finally {
      await elsewhere.database.close()
    }
  })

  it('reads a file of the first format, from before goals had a unit for one', async () => {
    const { client } = await richClient(call)
    const { json } = await exported(client.id)
    await call.ok('privacy:eraseClient', { clientId: client.id, confirmName: 'Zoë Ødegård' })
    const old = JSON.parse(JSON.stringify(json)) as { formatVersion: number; engagements: { goals: Record<string, unknown>[] }[] }
    old.formatVersion = 1
    for (const engagement of old.engagements) for (const goal of engagement.goals) delete goal.unitOne
    fileToImport(JSON.stringify(old))
    const imported = await previewAndImport()
    const { items } = await call.ok('engagements:listForClient', { clientId: imported.client.id })
    const goals = (await Promise.all(items.map((engagement) => call.ok('goals:listForEngagement', { engagementId: engagement.id })))).flatMap((list) => list.items)
    expect(goals.length).toBeGreaterThan(0)
    expect(goals.every((goal) => goal.unitOne === null)).toBe(true)
  })
})

/** A client on the ICF coaching log: not consenting to be named, 10 h paid and 1.5 h pro bono before Coachbook, a mentoring engagement counted. */
async function clientOnTheLog(through: Caller = call) {
  const kinds = await kindIds(through)
  const client = await through.ok('clients:create', { name: 'Ravi Shah', email: 'ravi@example.com' })
  const mentoring = await through.ok('engagements:create', { clientId: client.id, kindId: kinds['Mentoring']!, status: 'active', startDate: '2026-01-05' })
  await through.ok('sessions:create', { engagementId: mentoring.id, startsAt: '2026-02-02T09:00:00Z', durationMinutes: 60, billing: 'paid', status: 'held' })
  await through.ok('coachingLog:setClient', { clientId: client.id, named: false, openingPaidMinutes: 600, openingProBonoMinutes: 90 })
  await through.ok('coachingLog:setMentoring', { engagementId: mentoring.id, included: true })
  return client
}

const LONDON = { today: '2026-12-06', timeZone: 'Europe/London' }

/** What the log says of the one client in the practice, and of their mentoring engagement. */
async function logOf(through: Caller = call) {
  const log = await through.ok('coachingLog:overview', LONDON)
  return { clients: log.clients.map(({ clientId: _id, ...rest }) => rest), mentoring: log.mentoring.map(({ engagementId: _id, ...rest }) => rest) }
}

describe('the ICF coaching log in a client export', () => {
  it('carries the client’s consent to be named, their hours before Coachbook and a counted mentoring engagement, and brings them back', async () => {
    const client = await clientOnTheLog()
    const before = await logOf()
    expect(before).toEqual({
      clients: [{ name: 'Ravi Shah', named: false, openingPaidMinutes: 600, openingProBonoMinutes: 90 }],
      mentoring: [{ clientName: 'Ravi Shah', title: expect.any(String), included: true }]
    })
    const { json, html, read, folder: exportFolder } = await exported(client.id)
    expect(json.formatVersion).toBe(CLIENT_EXPORT_VERSION)
    const schema = JSON.parse(read('client.schema.json')) as {
      properties: { coachingLog: { anyOf: { properties?: object }[] }; engagements: { items: { properties: { coachingLog: { anyOf: { properties?: object }[] } } } } }
    }
    expect(Object.keys(schema.properties.coachingLog.anyOf[0]!.properties!)).toEqual(['named', 'openingPaidMinutes', 'openingProBonoMinutes', 'updatedAt'])
    expect(Object.keys(schema.properties.engagements.items.properties.coachingLog.anyOf[0]!.properties!)).toEqual(['included'])
    expect(json.coachingLog).toEqual({ named: false, openingPaidMinutes: 600, openingProBonoMinutes: 90, updatedAt: expect.stringMatching(/^2\d{3}-/) })
    expect(json.engagements.map((engagement) => engagement.coachingLog)).toEqual([{ included: true }])
    expect(html).toContain('<dt>Consents to be named on the log</dt><dd>no</dd>')
    expect(html).toContain('<dt>Paid hours before Coachbook</dt><dd>10.00 h</dd>')
    expect(html).toContain('<dt>Pro bono hours before Coachbook</dt><dd>1.50 h</dd>')
    expect(html).toContain('<dt>Counted on the ICF coaching log</dt><dd>yes</dd>')

    await call.ok('privacy:eraseClient', { clientId: client.id, confirmName: 'Ravi Shah' })
    expect(await logOf()).toEqual({ clients: [], mentoring: [] })
    platform.answerNextOpen(join(exportFolder, 'client.json'))
    await previewAndImport()
    expect(await logOf()).toEqual(before)
  })

  it('says nothing of a client the coach said nothing of for the log, and imports them so', async () => {
    const client = await call.ok('clients:create', { name: 'Tom Baker' })
    const { json, html, folder: exportFolder } = await exported(client.id)
    expect(json.coachingLog).toBeNull()
    expect(html).toContain('<dt>Consents to be named on the log</dt><dd>yes</dd>')
    expect(html).toContain('<dt>Paid hours before Coachbook</dt><dd>0.00 h</dd>')
    await call.ok('privacy:eraseClient', { clientId: client.id, confirmName: 'Tom Baker' })
    platform.answerNextOpen(join(exportFolder, 'client.json'))
    await previewAndImport()
    expect(database.sqlite.prepare('SELECT count(*) FROM coaching_log_clients').pluck().get()).toBe(0)
  })

  // Each older format as it was written: version 5 had no attachments, version 4 no billing either, version 3 no log details either, version 2 no engagement tags either, version 1 no goal unit either.
  it.each([5, 4, 3, 2, 1])('reads a file of format %i, from before the log was exported: the client comes back named, with no hours before', async (version) => {
    const { client } = await richClient(call)
    const { json } = await exported(client.id)
    await call.ok('privacy:eraseClient', { clientId: client.id, confirmName: 'Zoë Ødegård' })
    const old = JSON.parse(JSON.stringify(json)) as Record<string, unknown> & { engagements: Record<string, unknown>[] }
    old.formatVersion = version
    if (version < 4) delete old.coachingLog
    delete old.attachments
    for (const engagement of old.engagements) {
      if (version < 5) delete engagement.billing
      if (version < 5) for (const session of engagement.sessions as Record<string, unknown>[]) delete session.cancelledLate
      if (version < 4) delete engagement.coachingLog
      if (version < 3) delete engagement.tags
      if (version < 2) for (const goal of engagement.goals as Record<string, unknown>[]) delete goal.unitOne
    }
    fileToImport(JSON.stringify(old))
    const imported = await previewAndImport()
    expect(imported).toMatchObject({ client: { name: 'Zoë Ødegård' }, engagements: 2 })
    expect((await logOf()).clients).toEqual([{ name: 'Zoë Ødegård', named: true, openingPaidMinutes: 0, openingProBonoMinutes: 0 }])
    expect(database.sqlite.prepare('SELECT count(*) FROM coaching_log_clients').pluck().get()).toBe(0)
  })

  it('refuses a file whose log details are damaged, and imports nothing of it', async () => {
    const client = await clientOnTheLog()
    const { json } = await exported(client.id)
    await call.ok('privacy:eraseClient', { clientId: client.id, confirmName: 'Ravi Shah' })
    const counts = tableCounts(database.sqlite)
    const cases: [(file: ClientExport) => void, RegExp][] = [
      [(file) => Object.assign(file.coachingLog!, { openingPaidMinutes: -60 }), /damaged.*coachingLog\.openingPaidMinutes/],
      [(file) => Object.assign(file.coachingLog!, { named: 'yes' }), /damaged.*coachingLog\.named/],
      [(file) => Object.assign(file.engagements[0]!.coachingLog!, { included: 2 }), /damaged.*engagements\.0\.coachingLog\.included/]
    ]
    for (const [damage, message] of cases) {
      const file = JSON.parse(JSON.stringify(json)) as ClientExport
      damage(file)
      fileToImport(JSON.stringify(file))
      const error = await call.fail('privacy:previewImport', {})
      expect(error.code, String(message)).toBe('invalid_input')
      expect(error.message).toMatch(message)
      expect(error.message).toMatch(/Nothing was imported/i)
      expect(tableCounts(database.sqlite)).toEqual(counts)
    }
  })

  it('writes none of the client when the log details fail to go in', async () => {
    const client = await clientOnTheLog()
    const { folder: exportFolder } = await exported(client.id)
    await call.ok('privacy:eraseClient', { clientId: client.id, confirmName: 'Ravi Shah' })
    await expectImportToWriteNothingWhenFailingOn('coaching_log_clients', exportFolder)
  })
})
