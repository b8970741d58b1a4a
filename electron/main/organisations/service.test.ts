import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppDatabase } from '../db/connection'
import { caller, clientWithEngagement, countRows, type Caller } from '../testing/calls'
import { freshDispatch } from '../testing/db'

let call: Caller
let database: AppDatabase

beforeEach(() => {
  const fresh = freshDispatch()
  database = fresh.database
  call = caller(fresh.dispatch)
})
afterEach(() => database.close())

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
    expect(countRows(database.sqlite, 'organisation_contacts')).toBe(0)
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
    expect(countRows(database.sqlite, 'organisations')).toBe(1)
    expect(countRows(database.sqlite, 'organisation_contacts')).toBe(0)
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
