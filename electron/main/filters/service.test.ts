import { describe, expect, it } from 'vitest'
import type { ChannelInput } from '../../shared/contract'
import { kindIds } from '../testing/calls'
import { freshPracticeEachTest } from '../testing/eachTest'

const practice = freshPracticeEachTest()
const { call } = practice

const DAY_MS = 24 * 60 * 60 * 1000
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString()

/**
 * Four clients: Ada (executive coaching sponsored by Nordlys, tagged, seen last week),
 * Ben (mentoring, seen ten weeks ago), Cleo (executive coaching, never seen, archived),
 * Dan (no engagement at all).
 */
async function practiceToFilter() {
  const kinds = await kindIds(call)
  const nordlys = await call.ok('organisations:create', { name: 'Nordlys AS' })
  const ada = await call.ok('clients:create', { name: 'Ada Quist', tags: ['executive'] })
  const ben = await call.ok('clients:create', { name: 'Ben Ode', tags: ['founder'] })
  const cleo = await call.ok('clients:create', { name: 'Cleo Ray', tags: ['executive'] })
  const dan = await call.ok('clients:create', { name: 'Dan Sá' })
  const engagement = (clientId: number, kindId: number, fields: Partial<ChannelInput<'engagements:create'>> = {}) =>
    call.ok('engagements:create', { clientId, kindId, status: 'active', startDate: '2026-01-05', ...fields })
  const adaEngagement = await engagement(ada.id, kinds['Executive coaching']!, { title: 'Board', sponsorOrganisationId: nordlys.id })
  const benEngagement = await engagement(ben.id, kinds['Mentoring']!, { title: 'Founder mentoring' })
  const cleoEngagement = await engagement(cleo.id, kinds['Executive coaching']!, { title: 'Transition', status: 'prospect' })
  await call.ok('sessions:create', { engagementId: adaEngagement.id, startsAt: daysAgo(7), status: 'held' })
  await call.ok('sessions:create', { engagementId: benEngagement.id, startsAt: daysAgo(70), status: 'held' })
  // A session planned but not held does not count as seen.
  await call.ok('sessions:create', { engagementId: cleoEngagement.id, startsAt: daysAgo(3), status: 'cancelled' })
  await call.ok('clients:archive', { id: cleo.id })
  await call.ok('tags:setForEngagement', { engagementId: adaEngagement.id, tags: ['sponsored'] })
  return { kinds, nordlys, ada, ben, cleo, dan, adaEngagement, benEngagement, cleoEngagement }
}

async function clientNames(input: Partial<ChannelInput<'clients:list'>>) {
  const page = await call.ok('clients:list', input)
  expect(page.total).toBe(page.items.length)
  return page.items.map((client) => client.name)
}

async function engagementTitles(input: Partial<ChannelInput<'filters:engagements'>>) {
  const page = await call.ok('filters:engagements', input)
  expect(page.total).toBe(page.items.length)
  return page.items.map((engagement) => engagement.title)
}

describe('the client list, filtered', () => {
  it('by tag, kind of engagement, sponsor and status, each alone and together', async () => {
    const { kinds, nordlys } = await practiceToFilter()
    expect(await clientNames({ tag: 'executive' })).toEqual(['Ada Quist'])
    expect(await clientNames({ tag: 'executive', archived: 'all' })).toEqual(['Ada Quist', 'Cleo Ray'])
    expect(await clientNames({ kindId: kinds['Mentoring']! })).toEqual(['Ben Ode'])
    expect(await clientNames({ kindId: kinds['Executive coaching']!, archived: 'archived' })).toEqual(['Cleo Ray'])
    expect(await clientNames({ sponsorId: nordlys.id })).toEqual(['Ada Quist'])
    expect(await clientNames({ sponsorId: nordlys.id, tag: 'founder' })).toEqual([])
    // A tag given to an engagement belongs to it, not to its client.
    expect(await clientNames({ tag: 'sponsored' })).toEqual([])
  })

  it('by a kind and a sponsor together: one engagement of that kind that the organisation sponsors', async () => {
    const { kinds, nordlys, ben } = await practiceToFilter()
    // Ben's mentoring is his own; a second engagement, executive coaching, is Nordlys's.
    await call.ok('engagements:create', { clientId: ben.id, kindId: kinds['Executive coaching']!, status: 'active', sponsorOrganisationId: nordlys.id })
    expect(await clientNames({ kindId: kinds['Executive coaching']!, sponsorId: nordlys.id })).toEqual(['Ada Quist', 'Ben Ode'])
    expect(await clientNames({ kindId: kinds['Mentoring']!, sponsorId: nordlys.id })).toEqual([])
  })

  it('by the time since the last session held, a client never seen counting as not seen', async () => {
    await practiceToFilter()
    expect(await clientNames({ sinceLastSession: 'weeks2', archived: 'all' })).toEqual(['Ben Ode', 'Cleo Ray', 'Dan Sá'])
    expect(await clientNames({ sinceLastSession: 'weeks12', archived: 'all' })).toEqual(['Cleo Ray', 'Dan Sá'])
    expect(await clientNames({ sinceLastSession: 'never' })).toEqual(['Dan Sá'])
    expect(await clientNames({ sinceLastSession: 'weeks4', query: 'ben' })).toEqual(['Ben Ode'])
  })

  it('refuses a filter it does not know, with a message to act on', async () => {
    const error = await call.fail('clients:list', { sinceLastSession: 'weeks3' as 'weeks2' })
    expect(error.message).toMatch(/time since the last session/)
  })
})

describe('the engagement list across clients', () => {
  it('lists every engagement by client name, with its kind, sponsor, last session and tags', async () => {
    const { adaEngagement } = await practiceToFilter()
    const page = await call.ok('filters:engagements', {})
    expect(page.items.map((item) => item.clientName)).toEqual(['Ada Quist', 'Ben Ode', 'Cleo Ray'])
    expect(page.items[0]).toMatchObject({
      id: adaEngagement.id,
      title: 'Board',
      kindName: 'Executive coaching',
      sponsorName: 'Nordlys AS',
      status: 'active',
      tags: ['sponsored']
    })
    expect(page.items[0]!.lastSessionAt).not.toBeNull()
    expect(page.items[2]!.lastSessionAt).toBeNull()
  })

  it('filters by status, tag, kind, sponsor and time since the last session', async () => {
    const { kinds, nordlys } = await practiceToFilter()
    expect(await engagementTitles({ status: 'active', sponsorId: nordlys.id })).toEqual(['Board'])
    expect(await engagementTitles({ status: 'prospect' })).toEqual(['Transition'])
    expect(await engagementTitles({ tag: 'sponsored' })).toEqual(['Board'])
    expect(await engagementTitles({ kindId: kinds['Executive coaching']! })).toEqual(['Board', 'Transition'])
    expect(await engagementTitles({ sinceLastSession: 'weeks4' })).toEqual(['Founder mentoring', 'Transition'])
    expect(await engagementTitles({ sinceLastSession: 'never' })).toEqual(['Transition'])
  })

  it('pages without repeats or gaps, inside one client and across clients', async () => {
    const kinds = await kindIds(call)
    const expected: number[] = []
    for (const name of ['Kim Lee', 'kim lee', 'Al Bo']) {
      const client = await call.ok('clients:create', { name })
      for (let i = 0; i < 4; i++) {
        expected.push((await call.ok('engagements:create', { clientId: client.id, kindId: kinds['Mentoring']!, status: 'active' })).id)
      }
    }
    for (const limit of [1, 3, 5]) {
      const seen: number[] = []
      let cursor: string | null = null
      do {
        const page: { items: { id: number }[]; total: number; nextCursor: string | null } = await call.ok('filters:engagements', { limit, cursor })
        expect(page.total).toBe(12)
        seen.push(...page.items.map((item) => item.id))
        cursor = page.nextCursor
      } while (cursor)
      expect([...seen].sort((a, b) => a - b)).toEqual(expected)
    }
  })
})

describe('saved filters', () => {
  it('are saved, named, counted, renamed and deleted', async () => {
    const { nordlys } = await practiceToFilter()
    const sponsored = await call.ok('filters:save', {
      name: 'Sponsored, under way',
      target: { list: 'engagements', filter: { status: 'active', sponsorId: nordlys.id } }
    })
    expect(sponsored).toMatchObject({ name: 'Sponsored, under way', count: 1 })
    await call.ok('filters:save', { name: 'not seen for a month', target: { list: 'clients', filter: { sinceLastSession: 'weeks4' } } })
    expect((await call.ok('filters:list', {})).items.map(({ name, count, target }) => [name, count, target.list])).toEqual([
      ['not seen for a month', 2, 'clients'],
      ['Sponsored, under way', 1, 'engagements']
    ])
    // The count follows the practice as it changes.
    await call.ok('engagements:setStatus', { id: (await call.ok('filters:engagements', { sponsorId: nordlys.id })).items[0]!.id, status: 'paused', date: '2026-03-01' })
    expect((await call.ok('filters:list', {})).items[1]!.count).toBe(0)

    expect(await call.ok('filters:rename', { id: sponsored.id, name: 'Nordlys' })).toMatchObject({ id: sponsored.id, name: 'Nordlys' })
    await call.ok('filters:delete', { id: sponsored.id })
    expect((await call.ok('filters:list', {})).items.map((item) => item.name)).toEqual(['not seen for a month'])
  })

  it('refuses a name already taken, whatever its case, and a filter of no list', async () => {
    const saved = await call.ok('filters:save', { name: 'Quiet', target: { list: 'clients', filter: {} } })
    const taken = await call.fail('filters:save', { name: 'QUIET', target: { list: 'clients', filter: {} } })
    expect(taken).toMatchObject({ code: 'conflict', field: 'name' })
    const other = await call.ok('filters:save', { name: 'Other', target: { list: 'engagements', filter: {} } })
    expect((await call.fail('filters:rename', { id: other.id, name: 'quiet' })).code).toBe('conflict')
    expect(await call.ok('filters:rename', { id: saved.id, name: 'quiet' })).toMatchObject({ name: 'quiet' })
    const wrong = await call.fail('filters:save', { name: 'X', target: { list: 'sessions', filter: {} } as never })
    expect(wrong.code).toBe('invalid_input')
    expect((await call.fail('filters:delete', { id: 999 })).code).toBe('not_found')
    // A filter that is not a set of choices is refused in words, not in the validator's.
    for (const filter of [[{ tag: 'x' }], undefined]) {
      const refused = await call.fail('filters:save', { name: 'Y', target: { list: 'clients', filter } as never })
      expect(refused.message).toMatch(/^The filter must name what the list is narrowed by/)
    }
  })
})
