import { describe, expect, it } from 'vitest'
import type { ChannelInput } from '../../shared/contract'
import { SEARCH_TYPES, type SearchResult, type SnippetPart } from '../../shared/search'
import { clientWithEngagement, kindIds } from '../testing/calls'
import { indexTableOf } from './sources'
import { fullTextTables } from './layout'
import { freshPracticeEachTest } from '../testing/eachTest'

const practice = freshPracticeEachTest()
const { call } = practice

const TODAY = '2026-03-10'

async function find(text: string, filters: Omit<ChannelInput<'search:query'>, 'text'> = {}): Promise<SearchResult[]> {
  return (await call.ok('search:query', { text, ...filters })).items
}

const plain = (parts: SnippetPart[]) => parts.map((part) => part.text).join('')
const marked = (parts: SnippetPart[]) => parts.filter((part) => part.match).map((part) => part.text)
const titles = async (text: string, filters: Omit<ChannelInput<'search:query'>, 'text'> = {}) =>
  (await find(text, filters)).map((result) => plain(result.title))

async function session(engagementId: number, fields: Partial<ChannelInput<'sessions:create'>> = {}) {
  return call.ok('sessions:create', { engagementId, startsAt: '2026-02-02T10:00:00Z', status: 'held', ...fields })
}

describe('search finds what the coach wrote', () => {
  it('ignores case and accents, in every script', async () => {
    const names = ['Zoë Ødegård', 'Łukasz Żółć', 'Straße Müller', 'Αλέξανδρος Παπαδόπουλος', 'Фёдор Ёжиков', '王芳', 'محمّد العلي']
    for (const name of names) await call.ok('clients:create', { name })
    expect(await titles('zoe')).toEqual(['Zoë Ødegård'])
    expect(await titles('ODEGARD')).toEqual(['Zoë Ødegård'])
    expect(await titles('lukasz zolc')).toEqual(['Łukasz Żółć'])
    expect(await titles('strasse muller')).toEqual(['Straße Müller'])
    expect(await titles('αλεξανδρος')).toEqual(['Αλέξανδρος Παπαδόπουλος'])
    expect(await titles('ΠΑΠΑΔΌΠΟΥΛΟΣ')).toEqual(['Αλέξανδρος Παπαδόπουλος'])
    expect(await titles('федор ежиков')).toEqual(['Фёдор Ёжиков'])
    // Chinese is written without spaces: each character is found, and the name as a whole.
    expect(await titles('芳')).toEqual(['王芳'])
    expect(await titles('王芳')).toEqual(['王芳'])
    expect(await titles('محمد')).toEqual(['محمّد العلي'])
  })

  it('matches the start of a word as it is typed, but not a single letter', async () => {
    const { engagement } = await clientWithEngagement(call)
    await session(engagement.id, { notes: 'We explored her coaching goals and the feedback from the board.' })
    expect(await find('coa')).toHaveLength(1)
    expect(await find('coachi feedb')).toHaveLength(1)
    expect(await find('c')).toHaveLength(0)
    expect(await find('oaching')).toHaveLength(0)
  })

  it('finds "a quoted phrase" only with its words together and in order', async () => {
    const { engagement } = await clientWithEngagement(call)
    const together = await session(engagement.id, { notes: 'A difficult conversation with the CFO went better than feared.' })
    await session(engagement.id, { notes: 'The conversation was not difficult at all.' })
    const found = await find('"difficult conversation"')
    expect(found.map((result) => result.id)).toEqual([together.id])
    // Words joined by punctuation are a phrase too.
    await session(engagement.id, { notes: 'Sent a follow-up email to the sponsor.' })
    expect(await find('follow-up')).toHaveLength(1)
    expect(await find('up-follow')).toHaveLength(0)
  })

  it('never fails on what looks like search syntax, and searches for it as text', async () => {
    const { engagement } = await clientWithEngagement(call)
    await session(engagement.id, { notes: 'Budget AND headcount: NEAR the limit (again) ^ * - "quoted"' })
    const queries = [
      '"', '""', '"unclosed', '*', '-', '-budget', 'NEAR(', 'NEAR(budget headcount)', 'AND', 'OR', 'NOT', 'budget AND',
      '(', ')', '(budget', ':', 'title:budget', 'body : budget', '^', '^budget', '{title}: x', "'", '`', '\\', '%', '_',
      'budget OR nothing', '🌱', 'a'.repeat(200), '+', 'budget*', '"budget" "headcount"', 'col:"x"', '\u0001\u0002'
    ]
    for (const text of queries) {
      const result = await call.ok('search:query', { text })
      expect(Array.isArray(result.items), text).toBe(true)
    }
    expect(await find('budget AND')).toHaveLength(1)
    expect(await find('NEAR (budget')).toHaveLength(1)
    // Words joined by punctuation must appear together, as they do here…
    expect(await find('headcount:NEAR')).toHaveLength(1)
    // …and not here: no column filter, "title" is a word like any other.
    expect(await find('title:budget')).toHaveLength(0)
    expect(await find('"quoted"')).toHaveLength(1)
  })

  it('answers nothing, not an error, when there is no word to look for', async () => {
    await call.ok('clients:create', { name: 'Anna' })
    expect(await find('')).toEqual([])
    expect(await find('   ')).toEqual([])
    expect(await find('*** ---')).toEqual([])
  })
})

describe('search results', () => {
  it('highlight the words found in the text as written, in a passage around them', async () => {
    const { engagement } = await clientWithEngagement(call)
    const long = `${'Opening small talk about the weekend and the weather. '.repeat(6)}Zoë named the real issue: delegating to Anders. ${'We closed with a summary of next steps. '.repeat(6)}`
    await session(engagement.id, { notes: long, notesShareable: true })
    const [result] = await find('zoe delegat')
    expect(result).toBeDefined()
    expect(marked(result!.snippet)).toEqual(['Zoë', 'delegating'])
    const text = plain(result!.snippet)
    expect(text.startsWith('…')).toBe(true)
    expect(text.endsWith('…')).toBe(true)
    expect(text).toContain('Zoë named the real issue: delegating to Anders.')
    expect(text.length).toBeLessThan(260)
  })

  it('highlight a matching title, and give each result a label, its client and where to open it', async () => {
    const { client, engagement } = await clientWithEngagement(call, { title: 'Leadership programme' }, 'Zoë Ødegård')
    const held = await session(engagement.id, { agenda: 'Quarterly planning' })
    const goal = await call.ok('goals:create', { engagementId: engagement.id, statement: 'Plan the quarter with the team' })
    const [clientHit] = await find('zoe')
    expect(clientHit).toMatchObject({ type: 'client', id: client.id, route: { clientId: client.id } })
    expect(clientHit!.title).toEqual([
      { text: 'Zoë', match: true },
      { text: ' Ødegård', match: false }
    ])
    const results = await find('quarter')
    expect(results.map((result) => [result.type, result.id])).toEqual(
      expect.arrayContaining([
        ['session', held.id],
        ['goal', goal.id]
      ])
    )
    const sessionHit = results.find((result) => result.type === 'session')!
    expect(sessionHit).toMatchObject({
      title: [{ text: 'Session', match: false }],
      context: 'Zoë Ødegård · Leadership programme',
      // The day on the coach's calendar: in Kiribati, 10:00 UTC is already the next day.
      date: new Date('2026-02-02T10:00:00Z').toLocaleDateString('en-CA'),
      private: false,
      route: { clientId: client.id, engagementId: engagement.id, sessionId: held.id, organisationId: null }
    })
  })

  it('come a page at a time, without repeats or gaps', async () => {
    const { engagement } = await clientWithEngagement(call)
    for (let index = 0; index < 25; index++) await session(engagement.id, { notes: `Milestone review number ${index}` })
    const seen: number[] = []
    let cursor: string | null = null
    do {
      const page: { items: SearchResult[]; nextCursor: string | null } = await call.ok('search:query', {
        text: 'milestone',
        limit: 10,
        cursor
      })
      seen.push(...page.items.map((result) => result.id))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen).toHaveLength(25)
    expect(new Set(seen).size).toBe(25)
    expect(await call.fail('search:query', { text: 'milestone', cursor: 'not a cursor' })).toMatchObject({
      code: 'invalid_input',
      field: 'cursor'
    })
  })
})

describe('search filters', () => {
  it('by type, client, date and private or shareable', async () => {
    const first = await clientWithEngagement(call, {}, 'Anna Berg')
    const second = await clientWithEngagement(call, {}, 'Ben Ochs')
    const shared = await session(first.engagement.id, {
      startsAt: '2026-01-10T10:00:00Z',
      notes: 'Stakeholder map drafted.',
      notesShareable: true
    })
    const privateNote = await session(first.engagement.id, {
      startsAt: '2026-02-10T10:00:00Z',
      privateObservations: 'Stakeholder anxiety visible.'
    })
    const other = await session(second.engagement.id, { startsAt: '2026-03-10T10:00:00Z', agenda: 'Stakeholder interviews' })
    const action = await call.ok('actions:create', {
      engagementId: first.engagement.id,
      description: 'Call each stakeholder',
      dueOn: '2026-02-20',
      today: TODAY
    })
    const ids = async (filters: Omit<ChannelInput<'search:query'>, 'text'>) =>
      (await find('stakeholder', filters)).map((result) => `${result.type}:${result.id}`).sort()

    expect(await ids({})).toHaveLength(4)
    expect(await ids({ types: ['action'] })).toEqual([`action:${action.id}`])
    expect(await ids({ clientId: second.client.id })).toEqual([`session:${other.id}`])
    expect(await ids({ from: '2026-02-01', to: '2026-02-28' })).toEqual(
      [`action:${action.id}`, `session:${privateNote.id}`].sort()
    )
    expect(await ids({ visibility: 'private' })).toEqual([`session:${privateNote.id}`])
    expect(await ids({ visibility: 'shareable', types: ['session'], clientId: first.client.id })).toEqual([
      `session:${shared.id}`
    ])
    expect(await call.fail('search:query', { text: 'x', from: '2026-03-01', to: '2026-02-01' })).toMatchObject({
      code: 'invalid_input',
      field: 'to'
    })
  })

  it('keeps a session note private until it is marked shareable', async () => {
    const { engagement } = await clientWithEngagement(call)
    const held = await session(engagement.id, { notes: 'Wants to negotiate a raise.' })
    expect((await find('negotiate', { visibility: 'private' })).map((result) => result.id)).toEqual([held.id])
    await call.ok('sessions:update', { id: held.id, startsAt: held.startsAt, status: 'held', notes: held.notes, notesShareable: true })
    expect(await find('negotiate', { visibility: 'private' })).toEqual([])
    expect((await find('negotiate', { visibility: 'shareable' })).map((result) => result.id)).toEqual([held.id])
  })
})

describe('the search index stays in step with the records', () => {
  it('forgets what was edited away or deleted, in every indexed table', async () => {
    const { client, engagement } = await clientWithEngagement(call)
    const held = await session(engagement.id, {
      notes: 'Original wording',
      introductions: [{ introducedTo: 'Priya Raman', reason: 'Board experience' }]
    })
    expect(await find('original')).toHaveLength(1)
    expect(await find('priya')).toHaveLength(1)
    await call.ok('sessions:update', { id: held.id, startsAt: held.startsAt, status: 'held', notes: 'Rewritten entirely' })
    expect(await find('original')).toEqual([])
    expect(await find('priya')).toEqual([])
    expect(await find('rewritten')).toHaveLength(1)

    const goal = await call.ok('goals:create', { engagementId: engagement.id, statement: 'Chair the weekly meeting' })
    const action = await call.ok('actions:create', { engagementId: engagement.id, goalId: goal.id, description: 'Draft the agenda', today: TODAY })
    await call.ok('goals:delete', { id: goal.id })
    expect(await find('chair')).toEqual([])
    expect(await find('draft', { types: ['action'] })).toEqual([])
    expect(action.id).toBeGreaterThan(0)

    await call.ok('clients:update', { id: client.id, name: 'Zoë Ødegård', tags: ['board-ready'] })
    expect(await titles('board ready', { types: ['client'] })).toEqual(['Zoë Ødegård'])
    await call.ok('clients:update', { id: client.id, name: 'Zoë Ødegård', tags: [] })
    expect(await find('board ready', { types: ['client'] })).toEqual([])

    await call.ok('sessions:delete', { id: held.id })
    expect(await find('rewritten')).toEqual([])
  })

  it('indexes every kind of record the coach writes', async () => {
    const { engagement } = await clientWithEngagement(call)
    const organisation = await call.ok('organisations:create', { name: 'Nordlys Kapital', notes: 'Pays quarterly' })
    await call.ok('organisations:createContact', { organisationId: organisation.id, name: 'Ingrid Holm', role: 'HR partner' })
    await call.ok('assessment:createIntakeNote', { engagementId: engagement.id, notedOn: '2026-01-05', whatBrought: 'Promotion to COO' })
    await call.ok('assessment:createInterview', {
      engagementId: engagement.id,
      stakeholderName: 'Per Lund',
      interviewedOn: '2026-01-07',
      notes: 'Sees her as decisive'
    })
    await call.ok('assessment:createResult', {
      engagementId: engagement.id,
      instrument: '360_feedback',
      takenOn: '2026-01-09',
      interpretation: 'Listening scores lag'
    })
    await call.ok('assessment:createGrowthArea', { engagementId: engagement.id, title: 'Strategic listening' })
    await session(engagement.id, { nextFocus: 'Succession planning' })
    await call.ok('reviews:create', { engagementId: engagement.id, kind: 'midpoint', heldOn: '2026-02-15', keyLearnings: 'Pausing works' })
    const types = async (text: string) => (await find(text)).map((result) => result.type)
    expect(await types('kapital')).toEqual(['organisation'])
    expect(await types('ingrid')).toEqual(['contact'])
    expect(await types('promotion')).toEqual(['intake_note'])
    expect(await types('decisive')).toEqual(['interview'])
    expect((await types('listening')).sort()).toEqual(['assessment_result', 'growth_area'])
    expect(await types('succession')).toEqual(['session'])
    expect(await types('pausing')).toEqual(['review'])
    const [result] = await find('listening scores')
    expect(plain(result!.title)).toBe('360° feedback')
  })

  it('stays in step with the text when a long note that was rewritten is deleted (the full check every restore runs)', async () => {
    // A note long enough that a word's positions fill more than a page of the index.
    const notes = (version: number) => `Marrakesh:${version}: `.repeat(400)
    const client = await call.ok('clients:create', { name: 'Ann Lee', notes: notes(0) })
    await call.ok('clients:create', { name: 'Tom Baker', notes: notes(0) })
    await call.ok('clients:update', { id: client.id, name: 'Ann Lee', notes: notes(9) })
    await call.ok('clients:delete', { id: client.id })
    expect(practice.database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    expect((await find('marrakesh')).map((result) => plain(result.title))).toEqual(['Tom Baker'])
  })

  it('holds nothing of a client once they are erased', async () => {
    const { client, engagement } = await clientWithEngagement(call, {}, 'Quentin Zablocki')
    const kinds = await kindIds(call)
    const other = await clientWithEngagement(call, { kindId: kinds.Mentoring! }, 'Other Client')
    await session(engagement.id, { notes: 'Xylophonist anecdote', privateObservations: 'Vexillology hobby' })
    await session(other.engagement.id, { notes: 'Xylophonist too' })
    await call.ok('actions:create', { engagementId: engagement.id, description: 'Zanzibar trip planning', today: TODAY })
    await call.ok('assessment:createIntakeNote', { engagementId: engagement.id, notedOn: '2026-01-05', context: 'Quokka project' })
    await call.ok('privacy:eraseClient', { clientId: client.id, confirmName: 'Quentin Zablocki' })

    for (const word of ['zablocki', 'vexillology', 'zanzibar', 'quokka']) expect(await find(word), word).toEqual([])
    expect(await find('xylophonist')).toHaveLength(1)
    for (const type of SEARCH_TYPES) {
      const table = indexTableOf(type)
      expect(practice.database.sqlite.prepare(`SELECT count(*) FROM ${table} WHERE client_id = ?`).pluck().get(client.id), table).toBe(0)
    }
    // Not even the words remain in the index's own structures (merged away by the erasure):
    // its pages store a word after the letters it shares with the one before, so look for endings.
    const blocks = fullTextTables().flatMap((table) => practice.database.sqlite.prepare(`SELECT block FROM ${table}_data`).pluck().all() as Buffer[])
    const stored = (ending: string) => blocks.some((block) => block.includes(Buffer.from(ending)))
    for (const ending of ['ablocki', 'xillology', 'nzibar', 'uokka']) expect(stored(ending), ending).toBe(false)
    expect(stored('lophonist')).toBe(true)
  })
})
