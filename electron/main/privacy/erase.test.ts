import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readChanges } from '../changes'
import type { AppDatabase } from '../db/connection'
import type { Writer } from '../db/door'
import { foldForSearch } from '../search/fold'
import { indexRowsMatching } from '../search/layout'
import { kindIds } from '../testing/calls'
import { clientRows, tableCounts } from '../testing/clientRows'
import { everyRow, practiceInFolder } from '../testing/practice'
import { richClient } from '../testing/richClient'
import { mountSmallDisk, smallDiskAvailable, type SmallDisk } from '../testing/smallDisk'
import { eraseClientRecords, type ErasureScope } from './erasure'
import { scrubIsPending } from './scrub'
import { freshPracticeEachTest } from '../testing/eachTest'

const practice = freshPracticeEachTest()
const { call } = practice

function integrity(sqlite: AppDatabase['sqlite']) {
  return { integrity: sqlite.pragma('integrity_check', { simple: true }), orphans: sqlite.pragma('foreign_key_check') }
}

describe('erasing a client', () => {
  it('deletes every row about the client and nothing else; sponsors and kinds stay', async () => {
    const { client } = await richClient(call)
    const other = await richClient(call, { name: 'Tom Baker' })
    const otherRows = clientRows(practice.database.sqlite, other.client.id)
    const owned = clientRows(practice.database.sqlite, client.id)
    const before = tableCounts(practice.database.sqlite)

    expect(await call.ok('privacy:eraseClient', { clientId: client.id, confirmName: 'Zoë Ødegård' })).toEqual({ id: client.id, scrubPending: false })

    const after = tableCounts(practice.database.sqlite)
    for (const [table, count] of Object.entries(before)) {
      expect(after[table], table).toBe(count - (owned[table]?.length ?? 0))
    }
    expect(Object.values(clientRows(practice.database.sqlite, client.id)).flat()).toEqual([])
    expect(clientRows(practice.database.sqlite, other.client.id)).toEqual(otherRows)
    expect(after.organisations).toBe(before.organisations)
    expect(after.organisation_contacts).toBe(before.organisation_contacts)
    expect(after.engagement_kinds).toBe(before.engagement_kinds)
    expect(integrity(practice.database.sqlite)).toEqual({ integrity: 'ok', orphans: [] })
    expect(await call.fail('clients:get', { id: client.id })).toMatchObject({ code: 'not_found' })
  })

  it('needs the client’s name typed exactly, and erases nothing otherwise', async () => {
    const { client } = await richClient(call)
    const counts = tableCounts(practice.database.sqlite)
    for (const confirmName of ['zoë ødegård', 'Zoë', 'Zoe Odegard', 'Zoë Ødegård.']) {
      const error = await call.fail('privacy:eraseClient', { clientId: client.id, confirmName })
      expect(error).toMatchObject({ code: 'invalid_input', field: 'confirmName' })
      expect(error.message).toContain('Type it exactly')
    }
    expect(await call.fail('privacy:eraseClient', { clientId: client.id, confirmName: '' })).toMatchObject({ field: 'confirmName' })
    expect(await call.fail('privacy:eraseClient', { clientId: 999, confirmName: 'Zoë Ødegård' })).toMatchObject({ code: 'not_found' })
    expect(tableCounts(practice.database.sqlite)).toEqual(counts)
    // The same letters typed with another encoding of the accents (decomposed) are the same name.
    await call.ok('privacy:eraseClient', { clientId: client.id, confirmName: '  Zoe\u0308 \u00d8dega\u030ard ' })
  })

  it('runs the derived-data cleaners in the same transaction, before the records go', async () => {
    const { client, engagement, mentoring } = await richClient(call)
    const seen: { scope: ErasureScope; sessions: number }[] = []
    const counting = {
      what: 'a test index',
      clean: async (trx: Writer, scope: ErasureScope) => {
        const row = await trx
          .selectFrom('sessions')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('engagementId', 'in', scope.engagementIds)
          .executeTakeFirstOrThrow()
        seen.push({ scope, sessions: Number(row.n) })
      }
    }
    const failing = { what: 'a broken index', clean: async () => Promise.reject(new Error('index is locked')) }

    const counts = tableCounts(practice.database.sqlite)
    await expect(eraseClientRecords(practice.database.door.for('privacy:eraseClient'), client.id, [counting, failing])).rejects.toThrow('index is locked')
    expect(tableCounts(practice.database.sqlite)).toEqual(counts)

    await eraseClientRecords(practice.database.door.for('privacy:eraseClient'), client.id, [counting])
    expect(seen.at(-1)).toEqual({ scope: { clientId: client.id, engagementIds: [engagement.id, mentoring.id] }, sessions: 3 })
    expect(tableCounts(practice.database.sqlite).clients).toBe(counts.clients! - 1)
  })
})

describe('erasing a client on the ICF coaching log', () => {
  // A number of minutes no coach enters, so that any trace of it in a table or the change log is the client's.
  const SENTINEL_MINUTES = 4_918_273
  const rowsHolding = (table: string, column: string) =>
    practice.database.sqlite.prepare(`SELECT count(*) FROM ${table} WHERE ${column} = ?`).pluck().get(SENTINEL_MINUTES) as number
  const logged = () => practice.database.sqlite.prepare('SELECT count(*) FROM change_log WHERE value = ?').pluck().get(SENTINEL_MINUTES) as number

  it('takes the consent to be named, the hours before Coachbook and a counted mentoring engagement with them, from the log and the change log', async () => {
    const kinds = await kindIds(call)
    const client = await call.ok('clients:create', { name: 'Ravi Shah' })
    const kept = await call.ok('clients:create', { name: 'Tom Baker' })
    const mentoring = await call.ok('engagements:create', { clientId: client.id, kindId: kinds['Mentoring']!, status: 'active', startDate: '2026-01-05' })
    await call.ok('coachingLog:setClient', { clientId: client.id, named: false, openingPaidMinutes: SENTINEL_MINUTES })
    await call.ok('coachingLog:setClient', { clientId: kept.id, named: false, openingProBonoMinutes: 30 })
    await call.ok('coachingLog:setMentoring', { engagementId: mentoring.id, included: true })
    expect(rowsHolding('coaching_log_clients', 'opening_paid_minutes')).toBe(1)
    expect(logged()).toBe(1)

    await call.ok('privacy:eraseClient', { clientId: client.id, confirmName: 'Ravi Shah' })
    expect(rowsHolding('coaching_log_clients', 'opening_paid_minutes')).toBe(0)
    expect(logged()).toBe(0)
    expect(practice.database.sqlite.prepare('SELECT count(*) FROM coaching_log_engagements').pluck().get()).toBe(0)
    const log = await call.ok('coachingLog:overview', { today: '2026-12-06', timeZone: 'Europe/London' })
    expect(log.clients).toEqual([{ clientId: kept.id, name: 'Tom Baker', named: false, openingPaidMinutes: 0, openingProBonoMinutes: 30 }])
    expect(log.mentoring).toEqual([])
  })

  it('takes a counted mentoring engagement off the log when that engagement alone is erased', async () => {
    const kinds = await kindIds(call)
    const client = await call.ok('clients:create', { name: 'Ravi Shah' })
    const mentoring = await call.ok('engagements:create', { clientId: client.id, kindId: kinds['Mentoring']!, status: 'active', startDate: '2026-01-05' })
    await call.ok('coachingLog:setMentoring', { engagementId: mentoring.id, included: true })
    await call.ok('privacy:eraseEngagement', { engagementId: mentoring.id, confirm: true })
    expect(practice.database.sqlite.prepare('SELECT count(*) FROM coaching_log_engagements').pluck().get()).toBe(0)
  })
})

/** A word no one types, in capitals as stored, and folded as the search index keeps it. */
const SENTINEL = 'KQ7VW3SENTINELZX9'
const needles = [SENTINEL, foldForSearch(SENTINEL), 'SENTINELZX9', 'sentinelzx9'].flatMap((text) => [
  Buffer.from(text, 'utf8'),
  Buffer.from(text, 'utf16le'),
  Buffer.from(text, 'utf16le').swap16()
])

/** The change log's entries holding the sentinel. */
function loggedWith(sqlite: Database.Database, text: string): number {
  return sqlite.prepare("SELECT count(*) FROM change_log WHERE CAST(value AS TEXT) LIKE '%' || ? || '%'").pluck().get(text) as number
}

/** Which of the database's files (main, -wal, -shm) hold the sentinel in any encoding. */
function filesHoldingSentinel(file: string): string[] {
  return ['', '-wal', '-shm']
    .filter((suffix) => existsSync(file + suffix))
    .filter((suffix) => {
      const bytes = readFileSync(file + suffix)
      return needles.some((needle) => bytes.includes(needle))
    })
    .map((suffix) => `coachbook.sqlite${suffix}`)
}

describe('erasing on disk', () => {
  // Unencrypted, so that what the erasure leaves in the bytes can be read: the key may not stay secret for ever.
  it('leaves no trace of the client’s words in the database file, its -wal or its -shm', async () => {
    const practice = practiceInFolder({ encrypted: false })
    const onDisk = practice.call
    const name = `Zoë ${SENTINEL}`
    const { client } = await richClient(onDisk, { name, words: (field) => `${field}: ${SENTINEL} said this in confidence.` })
    const kept = await richClient(onDisk, { name: 'Tom Baker', words: (field) => `${field}: KEPT-WORDS-TOM` })
    expect(filesHoldingSentinel(practice.file).length).toBeGreaterThan(0)
    const indexed = () => indexRowsMatching(practice.practice.database.sqlite, foldForSearch(SENTINEL))
    expect(indexed()).toBeGreaterThan(10)
    const logged = () => loggedWith(practice.practice.database.sqlite, SENTINEL)
    expect(logged()).toBeGreaterThan(10)
    const clientUid = practice.practice.database.sqlite.prepare('SELECT uid FROM clients WHERE id = ?').pluck().get(client.id)

    await onDisk.ok('privacy:eraseClient', { clientId: client.id, confirmName: name })
    expect(indexed()).toBe(0)
    expect(logged()).toBe(0)
    // What another computer needs to learn that the client is gone stays: a tombstone, no content.
    expect(readChanges(practice.practice.database.sqlite).filter((change) => change.record === clientUid)).toEqual([
      expect.objectContaining({ tableName: 'clients', columnName: null, value: null })
    ])
    expect(filesHoldingSentinel(practice.file)).toEqual([])
    expect(await onDisk.ok('clients:get', { id: kept.client.id })).toMatchObject({ notes: 'clientNotes: KEPT-WORDS-TOM' })
    const sqlite = practice.practice.database.sqlite
    expect(integrity(sqlite)).toEqual({ integrity: 'ok', orphans: [] })
    await practice.practice.close()

    expect(filesHoldingSentinel(practice.file)).toEqual([])
    expect(readFileSync(practice.file).includes(Buffer.from('KEPT-WORDS-TOM'))).toBe(true)
    rmSync(practice.folder, { recursive: true, force: true })
  })
})

/**
 * What the law obliges a practice to keep of an erased client: the issued invoices and
 * credit notes, with what is printed on them (docs/data-policies.md, section 4). The only
 * fields where the client's words may stay, and only on those documents.
 */
const KEPT_BY_LAW: Record<string, readonly string[]> = {
  invoices: ['bill_to_name', 'bill_to_address', 'bill_to_tax_id'],
  invoice_lines: ['description']
}

describe('erasing a client with invoices', () => {
  it('keeps issued invoices and credit notes with what is printed on them, and nothing else of the client', async () => {
    const name = `Zoë ${SENTINEL}`
    const { client, engagement } = await richClient(call, { name, words: (field) => `${field}: ${SENTINEL} said this in confidence.` })
    await call.ok('invoices:setSeries', { prefix: 'A' })
    const line = (description: string) => ({ description, quantity: 1, unitAmountMinor: 10_000, taxRateBp: 2_000 })
    const issue = async (description: string) => {
      const draft = await call.ok('invoices:createDraft', { engagementId: engagement.id, lines: [line(description)], today: '2026-03-10' })
      return call.ok('invoices:issue', { id: draft.id, issuedOn: '2026-03-01', dueOn: '2026-03-31', today: '2026-03-10' })
    }
    const paid = await issue(`Workshop for ${SENTINEL}`)
    await call.ok('invoices:addPayment', { id: paid.id, paidOn: '2026-03-05', amountMinor: 12_000, method: 'card', today: '2026-03-10' })
    const voided = await call.ok('invoices:void', { id: (await issue(`Travel ${SENTINEL}`)).id, voidedOn: '2026-03-06', today: '2026-03-10' })
    await call.ok('invoices:createDraft', { engagementId: engagement.id, lines: [line(`Draft ${SENTINEL}`)], today: '2026-03-10' })
    const sqlite = practice.database.sqlite
    const kept = sqlite.prepare('SELECT id, uid FROM invoices WHERE number IS NOT NULL ORDER BY id').all() as { id: number; uid: string }[]
    expect(kept.map((row) => row.id)).toEqual([paid.id, voided.id, voided.creditNoteId])

    await call.ok('privacy:eraseClient', { clientId: client.id, confirmName: name })

    // The documents stay whole, unlinked from the erased engagement; the draft is gone.
    expect(sqlite.prepare('SELECT id, engagement_id AS engagementId FROM invoices ORDER BY id').all()).toEqual(kept.map(({ id }) => ({ id, engagementId: null })))
    expect(await call.ok('invoices:get', { id: paid.id, today: '2026-03-10' })).toMatchObject({ billTo: { name }, status: 'paid', number: 'A-2026-0001' })
    // The client's words are nowhere but in the fields the law keeps.
    const rows = everyRow(sqlite)
    const holding = Object.entries(rows).flatMap(([table, tableRows]) =>
      (tableRows as Record<string, unknown>[]).flatMap((row) =>
        Object.entries(row)
          .filter(([, value]) => typeof value === 'string' && value.includes(SENTINEL))
          .map(([column]) => `${table}.${column}`)
      )
    )
    const keptFields = holding.filter((field) => !field.startsWith('change_log.'))
    expect([...new Set(keptFields)].sort()).toEqual(['invoice_lines.description', 'invoices.bill_to_name'])
    // The change log holds them only as the documents' own values, for the kept documents.
    const keptLines = sqlite.prepare(`SELECT uid FROM invoice_lines WHERE invoice_id IN (${kept.map(() => '?').join(',')})`).pluck().all(...kept.map((row) => row.id))
    const keptRecords = new Set([...kept.map((row) => row.uid), ...(keptLines as string[])])
    const logged = sqlite.prepare("SELECT table_name AS tableName, record, column_name AS columnName FROM change_log WHERE CAST(value AS TEXT) LIKE '%' || ? || '%'").all(SENTINEL) as {
      tableName: string
      record: string
      columnName: string
    }[]
    expect(logged.length).toBeGreaterThan(0)
    for (const entry of logged) {
      expect(KEPT_BY_LAW[entry.tableName]).toContain(entry.columnName)
      expect(keptRecords.has(entry.record)).toBe(true)
    }
    expect(integrity(sqlite)).toEqual({ integrity: 'ok', orphans: [] })
  })
})

describe.skipIf(!smallDiskAvailable())('erasing on a disk that is full', () => {
  let disk: SmallDisk
  beforeEach(() => {
    disk = mountSmallDisk(8 * 1024 * 1024)
  })
  afterEach(() => disk.unmount())

  it('says the client is erased and the overwriting waits, then finishes it at the next open', async () => {
    const folder = join(disk.folder, 'practice')
    const practice = practiceInFolder({ folder, encrypted: false })
    const name = `Zoë ${SENTINEL}`
    const { client } = await richClient(practice.call, { name, words: (field) => `${field}: ${SENTINEL} said this in confidence.` })
    await richClient(practice.call, { name: 'Tom Baker', words: (field) => `${field}: KEPT-WORDS-TOM ${'and more. '.repeat(400)}` })
    // Room for the erasure's own transaction, not for rebuilding the whole file: measured from
    // the whole file, whatever of it the log had not yet written back.
    practice.practice.database.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    disk.fill(1024 * 1024)

    const answer = await practice.call.ok('privacy:eraseClient', { clientId: client.id, confirmName: name })
    expect(answer).toEqual({ id: client.id, scrubPending: true })
    expect(await practice.call.fail('clients:get', { id: client.id })).toMatchObject({ code: 'not_found' })
    expect(scrubIsPending(practice.practice.database.sqlite)).toBe(true)
    await practice.practice.close()

    // The next open, with room again, finishes it: the mark goes only once the words are gone.
    disk.free()
    const reopened = practiceInFolder({ folder, encrypted: false })
    expect(scrubIsPending(reopened.practice.database.sqlite)).toBe(false)
    expect(filesHoldingSentinel(reopened.file)).toEqual([])
    expect(reopened.practice.database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    await reopened.practice.close()
  })
})

describe('records due for disposal', () => {
  async function engagementDisposedOn(clientName: string, disposalOn: string | null) {
    const { engagement } = await richClient(call, { name: clientName, disposalOn })
    return engagement
  }

  it('lists engagements whose disposal date has come, the oldest date first', async () => {
    const due = await engagementDisposedOn('Zoë Ødegård', '2026-03-01')
    const dueToday = await engagementDisposedOn('Ann Lee', '2026-06-30')
    const alsoOld = await engagementDisposedOn('Bo Berg', '2026-03-01')
    await engagementDisposedOn('Later', '2026-07-01')
    await engagementDisposedOn('Never', null)
    const { items } = await call.ok('privacy:retentionDue', { today: '2026-06-30' })
    const item = (engagement: typeof due, clientName: string, disposalOn: string) => ({
      engagementId: engagement.id,
      engagementTitle: engagement.title,
      clientId: engagement.clientId,
      clientName,
      disposalOn,
      status: 'paused'
    })
    expect(items).toEqual([
      item(alsoOld, 'Bo Berg', '2026-03-01'),
      item(due, 'Zoë Ødegård', '2026-03-01'),
      item(dueToday, 'Ann Lee', '2026-06-30')
    ])
    expect((await call.ok('privacy:retentionDue', { today: '2026-02-28' })).items).toEqual([])
    expect(await call.fail('privacy:retentionDue', { today: '2026-02-30' })).toMatchObject({ code: 'invalid_input', field: 'today' })
  })

  it('erases one engagement for good, keeping the client and their other engagements', async () => {
    const { client, engagement, mentoring } = await richClient(call, { disposalOn: '2026-03-01' })
    const owned = clientRows(practice.database.sqlite, client.id)
    expect(await call.fail('privacy:eraseEngagement', { engagementId: engagement.id, confirm: false })).toMatchObject({
      code: 'invalid_input',
      field: 'confirm'
    })
    expect(await call.fail('privacy:eraseEngagement', { engagementId: engagement.id })).toMatchObject({ field: 'confirm' })
    expect(clientRows(practice.database.sqlite, client.id)).toEqual(owned)

    expect(await call.ok('privacy:eraseEngagement', { engagementId: engagement.id, confirm: true })).toEqual({ id: engagement.id, scrubPending: false })
    expect((await call.ok('privacy:retentionDue', { today: '2026-12-31' })).items).toEqual([])
    expect((await call.ok('engagements:listForClient', { clientId: client.id })).items.map((item) => item.id)).toEqual([mentoring.id])
    const left = clientRows(practice.database.sqlite, client.id)
    expect(left.clients).toEqual(owned.clients)
    expect(left.goals).toEqual([])
    expect(left.sessions).toHaveLength(1)
    expect(integrity(practice.database.sqlite)).toEqual({ integrity: 'ok', orphans: [] })
    expect(await call.fail('privacy:eraseEngagement', { engagementId: engagement.id, confirm: true })).toMatchObject({
      code: 'not_found',
      field: 'engagementId'
    })
  })
})
