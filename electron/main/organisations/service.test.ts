import type { Statement } from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it, vi } from 'vitest'
import type { ChannelInput, ChannelOutput } from '../../shared/contract'
import { clientWithEngagement, countRows, kindIds, type Caller } from '../testing/calls'
import { freshPracticeEachTest } from '../testing/eachTest'

const practice = freshPracticeEachTest()
const { call } = practice

describe('sponsor organisations and their contacts', () => {
  it('keeps an organisation with its contacts, sorted by name', async () => {
    const acme = await call.ok('organisations:create', { name: '  Nordlys AS ', notes: 'Pays quarterly.' })
    await call.ok('organisations:createContact', {
      organisationId: acme.id,
      name: 'Pål Berg',
      role: 'HR partner',
      email: 'pal@nordlys.no',
      phone: '+47 22 00 00 01'
    })
    await call.ok('organisations:createContact', { organisationId: acme.id, name: 'Anne Lie', email: '' })
    const read = await call.ok('organisations:get', { id: acme.id })
    expect(read).toMatchObject({ name: 'Nordlys AS', notes: 'Pays quarterly.' })
    expect(read.contacts.map((contact) => [contact.name, contact.email, contact.role])).toEqual([
      ['Anne Lie', null, null],
      ['Pål Berg', 'pal@nordlys.no', 'HR partner']
    ])
  })

  it('lists organisations by name with their number of contacts, filtered ignoring accents', async () => {
    const zeta = await call.ok('organisations:create', { name: 'Zeta Bank' })
    await call.ok('organisations:create', { name: 'Øresund Logistics' })
    await call.ok('organisations:create', { name: 'acme' })
    await call.ok('organisations:createContact', { organisationId: zeta.id, name: 'Sam' })
    const { items } = await call.ok('organisations:list', {})
    expect(items.map((item) => [item.name, item.contactCount])).toEqual([
      ['acme', 0],
      ['Øresund Logistics', 0],
      ['Zeta Bank', 1]
    ])
    const filtered = await call.ok('organisations:list', { query: 'oresund' })
    expect(filtered.items.map((item) => item.name)).toEqual(['Øresund Logistics'])
  })

  it('edits an organisation and a contact', async () => {
    const org = await call.ok('organisations:create', { name: 'Acme' })
    const contact = await call.ok('organisations:createContact', { organisationId: org.id, name: 'Sam' })
    expect(await call.ok('organisations:update', { id: org.id, name: 'Acme Ltd' })).toMatchObject({ name: 'Acme Ltd' })
    const edited = await call.ok('organisations:updateContact', { id: contact.id, name: 'Sam Okafor', role: 'CFO' })
    expect(edited).toMatchObject({ name: 'Sam Okafor', role: 'CFO', organisationId: org.id })
  })

  it('deleting an organisation takes its contacts and leaves its engagements without a sponsor', async () => {
    const org = await call.ok('organisations:create', { name: 'Acme' })
    const contact = await call.ok('organisations:createContact', { organisationId: org.id, name: 'Sam' })
    const { engagement } = await clientWithEngagement(call, {
      sponsorOrganisationId: org.id,
      sponsorContactId: contact.id
    })
    expect(engagement.sponsorContact).toEqual({ id: contact.id, name: 'Sam' })
    await call.ok('organisations:delete', { id: org.id })
    expect(countRows(practice.database.sqlite, 'organisation_contacts')).toBe(0)
    const after = await call.ok('engagements:get', { id: engagement.id })
    expect(after).toMatchObject({ sponsorOrganisation: null, sponsorContact: null, title: engagement.title })
  })

  it('deleting a contact keeps the engagement sponsored by the organisation', async () => {
    const org = await call.ok('organisations:create', { name: 'Acme' })
    const contact = await call.ok('organisations:createContact', { organisationId: org.id, name: 'Sam' })
    const { engagement } = await clientWithEngagement(call, {
      sponsorOrganisationId: org.id,
      sponsorContactId: contact.id
    })
    await call.ok('organisations:deleteContact', { id: contact.id })
    const after = await call.ok('engagements:get', { id: engagement.id })
    expect(after).toMatchObject({ sponsorOrganisation: { id: org.id, name: 'Acme' }, sponsorContact: null })
  })

  it('refuses bad input with a message naming the field, and saves nothing', async () => {
    const org = await call.ok('organisations:create', { name: 'Acme' })
    const cases: [Parameters<Caller['fail']>[0], Record<string, unknown>, string][] = [
      ['organisations:create', { name: '  ' }, 'name'],
      ['organisations:create', { name: 'x'.repeat(201) }, 'name'],
      ['organisations:create', { name: 'B', website: 'b.com' }, ''],
      ['organisations:createContact', { organisationId: org.id, name: '' }, 'name'],
      ['organisations:createContact', { organisationId: org.id, name: 'Sam', email: 'sam-at-acme' }, 'email'],
      ['organisations:createContact', { organisationId: 'one', name: 'Sam' }, 'organisationId']
    ]
    for (const [channel, input, field] of cases) {
      const error = await call.fail(channel, input)
      expect(error.code, JSON.stringify(input)).toBe('invalid_input')
      expect(error.field ?? '').toBe(field)
    }
    expect(countRows(practice.database.sqlite, 'organisations')).toBe(1)
    expect(countRows(practice.database.sqlite, 'organisation_contacts')).toBe(0)
  })

  it('answers not found for records that do not exist', async () => {
    for (const channel of ['organisations:get', 'organisations:delete', 'organisations:deleteContact'] as const) {
      expect(await call.fail(channel, { id: 999 })).toMatchObject({ code: 'not_found' })
    }
    expect(await call.fail('organisations:createContact', { organisationId: 999, name: 'Sam' })).toMatchObject({
      code: 'not_found'
    })
    expect(await call.fail('organisations:updateContact', { id: 999, name: 'Sam' })).toMatchObject({ code: 'not_found' })
  })
})

describe("a sponsor's engagements", () => {
  /** An engagement of a new client's, sponsored by the given organisation (or none). */
  async function engagementFor(
    clientName: string,
    sponsorOrganisationId: number | null,
    fields: Partial<ChannelInput<'engagements:create'>> = {}
  ) {
    const client = await call.ok('clients:create', { name: clientName })
    const kinds = await kindIds(call)
    return call.ok('engagements:create', {
      clientId: client.id,
      kindId: kinds['Executive coaching']!,
      sponsorOrganisationId,
      ...fields
    })
  }

  /** Every page of the list, walked with the given page size. */
  async function walk(organisationId: number, limit: number) {
    const pages: ChannelOutput<'organisations:listEngagements'>[] = []
    let cursor: string | null = null
    do {
      const page: ChannelOutput<'organisations:listEngagements'> = await call.ok('organisations:listEngagements', { organisationId, limit, cursor })
      pages.push(page)
      cursor = page.nextCursor
      // A list that never ends is a failure, not a test that hangs.
      if (pages.length > 100) throw new Error('The list never came to an end.')
    } while (cursor !== null)
    return pages
  }

  it('lists the engagements naming the organisation, with client, kind, status, dates and contact', async () => {
    const acme = await call.ok('organisations:create', { name: 'Acme' })
    const sam = await call.ok('organisations:createContact', { organisationId: acme.id, name: 'Sam Okafor' })
    const kinds = await kindIds(call)
    const withContact = await engagementFor('Zoë Ødegård', acme.id, {
      title: 'Leading the merger',
      sponsorContactId: sam.id,
      status: 'active',
      startDate: '2026-01-05',
      plannedEndDate: '2026-06-30'
    })
    const mentoring = await engagementFor('Bo Lind', acme.id, { kindId: kinds.Mentoring!, startDate: '2025-09-01' })
    const { items, total, nextCursor } = await call.ok('organisations:listEngagements', { organisationId: acme.id })
    expect(items).toEqual([
      {
        id: withContact.id,
        client: { id: withContact.clientId, name: 'Zoë Ødegård' },
        title: 'Leading the merger',
        kind: { id: kinds['Executive coaching'], name: 'Executive coaching' },
        status: 'active',
        startDate: '2026-01-05',
        plannedEndDate: '2026-06-30',
        sponsorContact: { id: sam.id, name: 'Sam Okafor' }
      },
      {
        id: mentoring.id,
        client: { id: mentoring.clientId, name: 'Bo Lind' },
        title: 'Mentoring',
        kind: { id: kinds.Mentoring, name: 'Mentoring' },
        status: 'prospect',
        startDate: '2025-09-01',
        plannedEndDate: null,
        sponsorContact: null
      }
    ])
    expect([total, nextCursor]).toEqual([2, null])
  })

  it("never shows another organisation's engagements or unsponsored ones", async () => {
    const acme = await call.ok('organisations:create', { name: 'Acme' })
    const zeta = await call.ok('organisations:create', { name: 'Zeta Bank' })
    const ours = await engagementFor('Anna', acme.id, { startDate: '2026-02-01' })
    await engagementFor('Bo', zeta.id, { startDate: '2026-03-01' })
    await engagementFor('Cleo', null)
    const { items, total } = await call.ok('organisations:listEngagements', { organisationId: acme.id })
    expect(items.map((item) => item.id)).toEqual([ours.id])
    expect(total).toBe(1)
    const empty = await call.ok('organisations:create', { name: 'Nordlys AS' })
    expect(await call.ok('organisations:listEngagements', { organisationId: empty.id })).toEqual({
      items: [],
      total: 0,
      nextCursor: null
    })
  })

  it('puts prospects without a start date first, then the newest start, as the client page does', async () => {
    const acme = await call.ok('organisations:create', { name: 'Acme' })
    const made: Record<string, number> = {}
    for (const [name, startDate] of [
      ['old', '2024-05-01'],
      ['undated 1', null],
      ['new', '2026-04-01'],
      ['same day 1', '2025-10-01'],
      ['undated 2', null],
      ['same day 2', '2025-10-01']
    ] as const) {
      made[name] = (await engagementFor(name, acme.id, { title: name, startDate })).id
    }
    const { items } = await call.ok('organisations:listEngagements', { organisationId: acme.id })
    expect(items.map((item) => item.title)).toEqual(['undated 2', 'undated 1', 'new', 'same day 2', 'same day 1', 'old'])
  })

  it('pages through every engagement once, whichever the page size, ties and undated ones included', async () => {
    const acme = await call.ok('organisations:create', { name: 'Acme' })
    for (const startDate of [null, '2026-01-01', null, '2026-01-01', '2025-01-01', '2026-01-01', null]) {
      await engagementFor('Client', acme.id, { startDate })
    }
    const all = await call.ok('organisations:listEngagements', { organisationId: acme.id })
    const everyId = all.items.map((item) => item.id)
    expect(everyId).toHaveLength(7)
    for (const limit of [1, 2, 3, 6, 7, 8]) {
      const pages = await walk(acme.id, limit)
      expect(pages.flatMap((page) => page.items.map((item) => item.id)), `pages of ${limit}`).toEqual(everyId)
      expect(pages.length, `pages of ${limit}`).toBe(Math.max(1, Math.ceil(7 / limit)))
      expect(pages.every((page) => page.total === 7)).toBe(true)
    }
  })

  it('refuses an unknown organisation, a page size out of range and a made-up list position', async () => {
    expect(await call.fail('organisations:listEngagements', { organisationId: 999 })).toMatchObject({ code: 'not_found' })
    const acme = await call.ok('organisations:create', { name: 'Acme' })
    for (const limit of [0, 501, 2.5]) {
      expect(await call.fail('organisations:listEngagements', { organisationId: acme.id, limit })).toMatchObject({
        code: 'invalid_input',
        field: 'limit'
      })
    }
    for (const cursor of ['not a cursor', Buffer.from('[3,"",1]').toString('base64url')]) {
      expect(await call.fail('organisations:listEngagements', { organisationId: acme.id, cursor })).toMatchObject({
        code: 'invalid_input',
        field: 'cursor'
      })
    }
  })

  it('no longer lists a deleted engagement', async () => {
    const acme = await call.ok('organisations:create', { name: 'Acme' })
    const kept = await engagementFor('Anna', acme.id, { startDate: '2026-01-01' })
    const deleted = await engagementFor('Bo', acme.id, { startDate: '2026-02-01' })
    await call.ok('engagements:delete', { id: deleted.id })
    const { items, total } = await call.ok('organisations:listEngagements', { organisationId: acme.id })
    expect(items.map((item) => item.id)).toEqual([kept.id])
    expect(total).toBe(1)
  })

  it("finds the organisation's engagements through its index, never reading the whole table", async () => {
    const acme = await call.ok('organisations:create', { name: 'Acme' })
    await engagementFor('Anna', acme.id, { startDate: '2026-01-01' })
    await engagementFor('Bo', acme.id, { startDate: '2026-02-01' })
    // Every statement the channel runs, with the values it ran with (the app keeps its statements compiled).
    const statements = Object.getPrototypeOf(practice.database.sqlite.prepare('SELECT 1')) as Statement
    const all = vi.spyOn(statements, 'all')
    let ran: { sql: string; args: unknown[] }[]
    try {
      const first = await call.ok('organisations:listEngagements', { organisationId: acme.id, limit: 1 })
      await call.ok('organisations:listEngagements', { organisationId: acme.id, limit: 1, cursor: first.nextCursor })
      ran = all.mock.calls.map((args, i) => ({ sql: (all.mock.contexts[i] as Statement).source, args: args.flat() }))
    } finally {
      all.mockRestore()
    }
    const reads = ran.filter(({ sql }) => /^\s*select/i.test(sql) && sql.includes('sponsor_organisation_id'))
    expect(reads.length).toBeGreaterThanOrEqual(4)
    for (const { sql, args } of reads) {
      const plan = (practice.database.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((row) => row.detail)
      expect(plan.join('\n'), sql).toContain('engagements_sponsor_organisation')
      // The count's capped rows (db/counting.ts) are read back from its own subquery, not from a table.
      expect(plan.filter((step) => /^SCAN \w+$/.test(step) && step !== 'SCAN capped'), sql).toEqual([])
    }
  })
})
