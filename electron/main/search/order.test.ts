import fc from 'fast-check'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { ChannelInput } from '../../shared/contract'
import { SEARCH_LIMIT, SEARCH_TYPES, searchInput, type SearchType } from '../../shared/search'
import { seededRandom, type Random } from '../demo/random'
import type { AppDatabase } from '../db/connection'
import { caller, clientWithEngagement, countRows, kindIds, type Caller } from '../testing/calls'
import { freshDispatch } from '../testing/db'
import { differencesFromReference } from '../testing/searchReference'
import { dayNumber, rowsOfDays } from './layout'

const TODAY = '2026-03-10'

async function results(call: Caller, text: string, filters: Omit<ChannelInput<'search:query'>, 'text'> = {}) {
  return (await call.ok('search:query', { text, ...filters })).items.map((item) => `${item.type} ${item.id}`)
}

describe('the order of search results', () => {
  let call: Caller
  let database: AppDatabase
  beforeEach(() => {
    const fresh = freshDispatch()
    database = fresh.database
    call = caller(fresh.dispatch)
  })
  afterEach(() => database.close())

  const session = (engagementId: number, day: string, notes: string) =>
    call.ok('sessions:create', { engagementId, startsAt: `${day}T10:00:00Z`, status: 'held', notes })

  it('is newest first by the day the record is dated, whenever it was written, and follows a record moved to another day', async () => {
    const { engagement } = await clientWithEngagement(call)
    const march = await session(engagement.id, '2026-03-02', 'Resilience came up.')
    // Written later, about an older session: it is older, so it comes after.
    const january = await session(engagement.id, '2026-01-12', 'Resilience again, at length, resilience.')
    const february = await session(engagement.id, '2026-02-09', 'Resilience.')
    expect(await results(call, 'resilience')).toEqual([`session ${march.id}`, `session ${february.id}`, `session ${january.id}`])

    await call.ok('sessions:update', { id: january.id, startsAt: '2026-03-09T10:00:00Z', status: 'held', notes: january.notes })
    expect(await results(call, 'resilience')).toEqual([`session ${january.id}`, `session ${march.id}`, `session ${february.id}`])
  })

  it('puts the records with every word in their title first, then those with the words in their text; on one day, the one written last first', async () => {
    const { engagement } = await clientWithEngagement(call)
    const goal = (statement: string, whyItMatters = '') => call.ok('goals:create', { engagementId: engagement.id, statement, whyItMatters })
    const inTitle = await goal('Build resilience with the team')
    const inText = await goal('Keep calm', 'Resilience matters to the board.')
    const split = await goal('Build trust', 'With more resilience.')
    const inTitleLater = await goal('Resilience before the board review')
    expect(await results(call, 'resilience')).toEqual([`goal ${inTitleLater.id}`, `goal ${inTitle.id}`, `goal ${split.id}`, `goal ${inText.id}`])
    // Every word must be in the title: "build" is, "resilience" only in the text of one.
    expect(await results(call, 'build resil')).toEqual([`goal ${inTitle.id}`, `goal ${split.id}`])

    const client = async (name: string, notes = '') => (await call.ok('clients:create', { name, notes })).id
    const named = await client('Priya Raman')
    const mentioned = await client('Tom Baker', 'Referred by Priya.')
    const namedLater = await client('Priya Sen')
    expect(await results(call, 'priya', { types: ['client'] })).toEqual([`client ${namedLater}`, `client ${named}`, `client ${mentioned}`])
  })

  it('pages through the records with the words in their title, then the others, without repeats or gaps', async () => {
    const { engagement } = await clientWithEngagement(call)
    const actions = []
    for (let index = 0; index < 7; index++) {
      const inTitle = index % 2 === 0
      actions.push(
        await call.ok('actions:create', {
          engagementId: engagement.id,
          description: inTitle ? `Draft the budget, part ${index}` : `Part ${index}`,
          resources: inTitle ? '' : 'The budget sheet',
          dueOn: `2026-04-0${index + 1}`,
          today: TODAY
        })
      )
    }
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const page: { items: { id: number }[]; nextCursor: string | null } = await call.ok('search:query', { text: 'budget', types: ['action'], limit: 2, cursor })
      seen.push(...page.items.map((item) => String(item.id)))
      cursor = page.nextCursor
    } while (cursor)
    const [six, , four, , two, , zero] = actions.map((action) => String(action.id)).reverse()
    const [five, three, one] = actions.filter((_, index) => index % 2 === 1).map((action) => String(action.id)).reverse()
    expect(seen).toEqual([six, four, two, zero, five, three, one])
  })

  it('refuses a record past the last place of its day rather than numbering it into the next day, and saves nothing', async () => {
    // Records without a day (clients) share day 0: take its last place.
    database.sqlite.prepare('INSERT INTO search_client_rows (id, first_row) VALUES (?, ?)').run(999_999, 2 ** 20 - 2)
    await call.fail('clients:create', { name: 'One too many' })
    expect(countRows(database.sqlite, 'clients')).toBe(0)
  })

  it('numbers days in the search filters as the index numbers them', () => {
    const days = ['0001-01-01', '1899-12-31', '1969-12-31', '1970-01-01', '2024-02-29', '2026-03-10', '9999-12-31']
    for (const day of days) {
      const number = database.sqlite.prepare(`SELECT ${dayNumber('?')} << 20`).pluck().get(day) as number
      expect(rowsOfDays(day, day), day).toEqual({ lowest: number, highest: number + 2 ** 20 - 1 })
    }
  })
})

/** Words with shared starts, in several scripts, for titles and text. */
const WORDS = [
  'stake', 'stakeholder', 'stakeholders', 'map', 'mapped', 'mapping', 'board', 'boardroom', 'director', 'directors',
  'direct', 'role', 'roles', 'delegate', 'delegating', 'delegation', 'journal', 'Zoë', 'Ødegård', 'follow-up',
  'resilience', 'budget', 'quarter', 'quarterly', 'Петрова', '王芳'
]
const DAYS = ['2025-11-03', '2025-12-01', '2026-01-05', '2026-01-06', '2026-02-02', '2026-03-02', '2026-03-10', '2026-04-20']

const wordsFrom = (random: Random, most: number) => Array.from({ length: random.int(0, most) }, () => random.pick(WORDS)).join(' ')
const someWords = (random: Random, most: number) => wordsFrom(random, most) || random.pick(WORDS)

/**
 * A practice of every kind of record with text drawn from a few words, many on the same
 * days, then edited as a coach would: text rewritten, sessions moved to other days,
 * records deleted. Written through the channels, so the triggers keep the index.
 */
async function writePractice(call: Caller, random: Random): Promise<{ clientIds: number[] }> {
  const kinds = await kindIds(call)
  const clientIds: number[] = []
  const engagementIds: number[] = []
  for (let index = 0; index < 6; index++) {
    const client = await call.ok('clients:create', { name: `${someWords(random, 2)} ${index}`, notes: wordsFrom(random, 5) })
    clientIds.push(client.id)
    const engagement = await call.ok('engagements:create', { clientId: client.id, kindId: kinds['Executive coaching']!, status: 'active', startDate: '2025-10-01' })
    engagementIds.push(engagement.id)
  }
  const organisation = await call.ok('organisations:create', { name: someWords(random, 2), notes: wordsFrom(random, 4) })
  for (let index = 0; index < 4; index++) {
    await call.ok('organisations:createContact', { organisationId: organisation.id, name: someWords(random, 2), notes: wordsFrom(random, 3) })
  }
  const sessionIds: number[] = []
  for (let index = 0; index < 40; index++) {
    const held = await call.ok('sessions:create', {
      engagementId: random.pick(engagementIds),
      startsAt: `${random.pick(DAYS)}T${random.pick(['09', '13', '16'])}:00:00Z`,
      status: 'held',
      agenda: wordsFrom(random, 3),
      notes: wordsFrom(random, 6),
      notesShareable: random.chance(0.3),
      privateObservations: wordsFrom(random, 3)
    })
    sessionIds.push(held.id)
  }
  const actionIds: number[] = []
  for (let index = 0; index < 40; index++) {
    const action = await call.ok('actions:create', {
      engagementId: random.pick(engagementIds),
      description: someWords(random, 3),
      resources: wordsFrom(random, 3),
      dueOn: random.chance(0.8) ? random.pick(DAYS) : null,
      today: TODAY
    })
    actionIds.push(action.id)
  }
  for (let index = 0; index < 10; index++) {
    await call.ok('goals:create', { engagementId: random.pick(engagementIds), statement: someWords(random, 3), whyItMatters: wordsFrom(random, 4) })
  }
  for (let index = 0; index < 8; index++) {
    await call.ok('assessment:createInterview', {
      engagementId: random.pick(engagementIds),
      stakeholderName: someWords(random, 2),
      interviewedOn: random.pick(DAYS),
      notes: wordsFrom(random, 5),
      shareable: random.chance(0.3)
    })
  }
  for (const id of random.sample(sessionIds, 12)) {
    const held = await call.ok('sessions:get', { id })
    await call.ok('sessions:update', {
      id,
      startsAt: random.chance(0.7) ? `${random.pick(DAYS)}T11:00:00Z` : held.startsAt,
      status: 'held',
      agenda: held.agenda,
      notes: wordsFrom(random, 6),
      notesShareable: !held.notesShareable,
      privateObservations: held.privateObservations
    })
  }
  for (const id of random.sample(actionIds, 10)) {
    await call.ok('actions:update', { id, description: someWords(random, 3), dueOn: random.pick(DAYS), today: TODAY })
  }
  for (const id of random.sample(sessionIds, 5)) await call.ok('sessions:delete', { id })
  for (const id of random.sample(actionIds, 5)) await call.ok('actions:delete', { id })
  await call.ok('clients:update', { id: clientIds[0]!, name: someWords(random, 2) })
  return { clientIds }
}

/** What a coach may type: starts of words of any length, whole words, phrases in quotes (closed or not). */
const typed = fc
  .array(
    fc.oneof(
      fc.tuple(fc.constantFrom(...WORDS), fc.integer({ min: 1, max: 12 })).map(([word, length]) => [...word].slice(0, length).join('')),
      fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...WORDS), fc.boolean()).map(([a, b, closed]) => `"${a} ${b}${closed ? '"' : ''}`)
    ),
    { minLength: 1, maxLength: 2 }
  )
  .map((terms) => terms.join(' '))

describe('search results against the reference query', () => {
  let call: Caller
  let database: AppDatabase
  let clientIds: number[]
  beforeAll(async () => {
    const fresh = freshDispatch()
    database = fresh.database
    call = caller(fresh.dispatch)
    ;({ clientIds } = await writePractice(call, seededRandom(12)))
  })
  afterAll(() => database.close())

  it('are every match, in the same order, page after page, whatever is typed and filtered', async () => {
    const filters = fc.record({
      types: fc.subarray([...SEARCH_TYPES] as SearchType[], { maxLength: 3 }),
      clientId: fc.option(fc.constantFrom(...clientIds), { nil: null }),
      days: fc.option(fc.tuple(fc.constantFrom(...DAYS), fc.constantFrom(...DAYS)), { nil: null }),
      visibility: fc.constantFrom('all', 'private', 'shareable'),
      limit: fc.integer({ min: 1, max: 4 })
    })
    await fc.assert(
      fc.asyncProperty(typed, filters, async (text, { days, ...chosen }) => {
        const [from, to] = days ? [days[0] < days[1] ? days[0] : days[1], days[0] < days[1] ? days[1] : days[0]] : [null, null]
        const input = searchInput.parse({ text, ...chosen, from, to })
        const ask = (args: typeof input) => call.ok('search:query', args)
        expect(await differencesFromReference(database.sqlite, ask, input)).toEqual([])
      }),
      { numRuns: Number(process.env.SEARCH_RUNS ?? 150) }
    )
  })

  it('are the reference query’s for the palette’s first page of every type', async () => {
    for (const text of ['stake', 'stakeholder map', 'board director', 'delegat', 'zoe', '"follow up', 'quarter']) {
      const input = searchInput.parse({ text, limit: SEARCH_LIMIT.default })
      expect(await differencesFromReference(database.sqlite, (args) => call.ok('search:query', args), input, 1), text).toEqual([])
    }
  })
})
