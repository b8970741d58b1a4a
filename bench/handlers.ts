import type { Channel, ChannelInput } from '../electron/shared/contract'
import { addDays } from '../electron/shared/dates'
import { roundsFor, sideBySide, type Timing } from './measure'
import type { OpenPractice, Ran } from './practice'

/** One screen's worth of calls, as the renderer makes them. */
export type Calls = [Channel, unknown][]

export interface Comparison {
  name: string
  handler: Timing
  raw: Timing
}

/** The search terms a coach types: names in several scripts, topics, a phrase, unfinished words. */
export const SEARCH_TERMS = [
  'delegat', 'stakeholder map', 'board presentation', '"difficult conversation"', 'exhausted', 'restructuring',
  'offsite', 'director role', 'negotiat', 'journal', 'Müller', 'Ødegård', 'Петрова', 'Παπαδόπουλος', '王芳',
  'العلي', 'succession', 'burnout', 'sleeping badly', 'Zoë'
]

const TODAY = '2026-03-02'

async function sample<T>(practice: OpenPractice, sql: string, count: number): Promise<T[]> {
  return practice.database.sqlite.prepare(sql).all(count) as T[]
}

/** Every channel call of a screen, each answer serialised as IPC would carry it. */
export async function callAll(practice: OpenPractice, calls: Calls): Promise<string> {
  const answers = []
  for (const [channel, input] of calls) {
    const result = await practice.dispatch(channel, input)
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
    answers.push(result)
  }
  return JSON.stringify(answers)
}

/** The client list's first ten pages of 100, and its first page filtered by five starts of names. */
export async function clientListScreens(practice: OpenPractice): Promise<Calls[]> {
  const pages: Calls[] = [[['clients:list', {}]]]
  let cursor: string | null = null
  for (let page = 0; page < 9; page++) {
    const result = await practice.dispatch('clients:list', { cursor })
    if (!result.ok) throw new Error(result.error.message)
    cursor = (result.data as { nextCursor: string | null }).nextCursor
    if (!cursor) break
    pages.push([['clients:list', { cursor } satisfies ChannelInput<'clients:list'>]])
  }
  for (const query of ['an', 'ol', 'müller', 'zo', 'acme']) pages.push([['clients:list', { query }]])
  return pages
}

/** The name of the saved filters' comparison and growth row. */
export const SAVED_FILTER_SCREEN = 'Saved filter first page (6 saved filters of both lists, 100 each)'

/**
 * A saved filter as the coach opens it from the sidebar: the first page of its list.
 * Six a coach would keep: sponsored engagements under way, active ones not met for four
 * weeks, the mentoring ones; clients tagged executive, not seen for eight weeks, and
 * those with an executive coaching engagement of the busiest sponsor.
 */
export async function savedFilterScreens(practice: OpenPractice): Promise<Calls[]> {
  const [sponsor] = await sample<{ id: number }>(
    practice,
    `SELECT sponsor_organisation_id AS id FROM engagements WHERE sponsor_organisation_id IS NOT NULL
     GROUP BY sponsor_organisation_id ORDER BY count(*) DESC, sponsor_organisation_id LIMIT ?`,
    1
  )
  const kinds = await sample<{ id: number; name: string }>(practice, 'SELECT id, name FROM engagement_kinds WHERE built_in = 1 ORDER BY id LIMIT ?', 10)
  const kind = (name: string) => kinds.find((each) => each.name === name)!.id
  const sponsorId = sponsor!.id
  return [
    [['filters:engagements', { status: 'active', sponsorId } satisfies ChannelInput<'filters:engagements'>]],
    [['filters:engagements', { status: 'active', sinceLastSession: 'weeks4' } satisfies ChannelInput<'filters:engagements'>]],
    [['filters:engagements', { kindId: kind('Mentoring') } satisfies ChannelInput<'filters:engagements'>]],
    [['clients:list', { tag: 'executive' } satisfies ChannelInput<'clients:list'>]],
    [['clients:list', { sinceLastSession: 'weeks8' } satisfies ChannelInput<'clients:list'>]],
    [['clients:list', { kindId: kind('Executive coaching'), sponsorId } satisfies ChannelInput<'clients:list'>]]
  ]
}

/** Thirty engagements spread over the practice (the same ones on every run). */
function engagementSample(practice: OpenPractice): Promise<{ id: number }[]> {
  return sample<{ id: number }>(practice, 'SELECT id FROM engagements WHERE start_date IS NOT NULL ORDER BY (id * 7919) % 3001 LIMIT ?', 30)
}

/** An engagement's page: its contract and its sessions. */
export async function engagementViewScreens(practice: OpenPractice): Promise<Calls[]> {
  return (await engagementSample(practice)).map(({ id }) => [
    ['engagements:get', { id }],
    ['sessions:listForEngagement', { engagementId: id }]
  ])
}

export async function openActionsScreens(practice: OpenPractice): Promise<Calls[]> {
  return (await engagementSample(practice)).map(({ id }) => [
    ['actions:listForEngagement', { engagementId: id, today: TODAY } satisfies ChannelInput<'actions:listForEngagement'>]
  ])
}

/**
 * Today as the coach opens it on each of the ten working days of two weeks around the
 * bench's day (weeks from Monday, in UTC): its overview and the backup's status.
 */
export function todayScreens(): Calls[] {
  const monday = addDays(TODAY, -7)
  return [0, 1, 2, 3, 4, 7, 8, 9, 10, 11].map((offset) => {
    const today = addDays(monday, offset)
    const weekEnd = addDays(monday, offset < 7 ? 6 : 13)
    const bounds: ChannelInput<'today:overview'> = {
      today,
      weekEnd,
      todayFrom: `${today}T00:00:00Z`,
      tomorrowFrom: `${addDays(today, 1)}T00:00:00Z`,
      weekUntil: `${addDays(weekEnd, 1)}T00:00:00Z`
    }
    return [
      ['today:overview', bounds],
      ['backup:status', {}]
    ]
  })
}

/** The name of Today's comparison, whose handler side is also the whole screen's data. */
export const TODAY_SCREEN = 'Today (overview and backup status, 10 days)'

/** The search palette: every bench search, 5 results of each type. */
export function searchScreens(): Calls[] {
  return SEARCH_TERMS.map((text) => [['search:query', { text }]])
}

async function compare(practice: OpenPractice, name: string, screens: Calls[], rounds: number): Promise<Comparison> {
  // The raw side runs exactly the statements the handlers ran for the same screen.
  const recorded = new Map<Calls, Ran[]>()
  for (const calls of screens) recorded.set(calls, await practice.statementsOf(() => callAll(practice, calls)))
  const { a, b } = await sideBySide(
    screens,
    roundsFor(screens.length, rounds),
    (calls) => callAll(practice, calls),
    (calls) => practice.replay(recorded.get(calls)!)
  )
  return { name, handler: a, raw: b }
}

/** IPC handler (validation, service, serialisation, through the real dispatcher) against the same queries run raw. */
export async function handlerComparisons(practice: OpenPractice): Promise<Comparison[]> {
  const views = await engagementViewScreens(practice)
  return [
    await compare(practice, 'Client list page (100 of 1,000)', await clientListScreens(practice), 10),
    await compare(practice, 'Engagement view (contract + sessions)', views, 6),
    await compare(practice, 'Open actions of an engagement', await openActionsScreens(practice), 6),
    await compare(practice, TODAY_SCREEN, todayScreens(), 20),
    await compare(practice, SAVED_FILTER_SCREEN, await savedFilterScreens(practice), 20),
    await compare(practice, 'Search, every type (5 of each)', searchScreens(), 6)
  ]
}
