import { sql, type Expression, type Selectable } from 'kysely'
import { z } from 'zod'
import type { Action } from '../../shared/actions'
import type { ChannelArgs, ChannelOutput } from '../../shared/contract'
import { seriesDates, skipDaysOutside } from '../../shared/sessionSeries'
import { sessionNoun, sessionsContract, type Session, type SessionCounts, type SessionFields, type SessionListItem } from '../../shared/sessions'
import { actionsOfEngagement } from '../actions'
import { getClient } from '../clients'
import { nowIso } from '../clock'
import type { Reader, Writer } from '../db/door'
import { decodeCursor, encodeCursor } from '../db/paging'
import { preparedRead, type Parameter } from '../db/prepared'
import { fromFlag, toFlag } from '../db/values'
import { engagementsOfClient, requireEngagement, type EngagementRow } from '../engagements'
import { AppError, notFound } from '../errors'
import type { SessionsTable } from './tables'

type SessionRow = Selectable<SessionsTable>

/** Chronological: by start, and by entry for two sessions at the same moment. */
function chronological(a: { startsAt: string; id: number }, b: { startsAt: string; id: number }): number {
  return a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : a.id - b.id
}

/** Held sessions counted in the list's order (start, then id) over the rows the query reads. */
const heldSoFar = sql<number>`count(*) FILTER (WHERE status = 'held') OVER (ORDER BY starts_at, id)`

/**
 * "n of N" is worked out when read, never stored: a session held late, cancelled or
 * deleted renumbers the rest with nothing to keep in step. A page that starts part-way
 * adds the held sessions before it, so its numbers carry on from the page before.
 */
function heldNumber(heldBefore?: Expression<number>) {
  const number = heldBefore ? sql<number>`(${heldBefore}) + ${heldSoFar}` : heldSoFar
  return sql<number | null>`CASE WHEN status = 'held' THEN ${number} END`.as('number')
}

/** Chronological, straight from the index on (engagement, start); the id breaks ties as `chronological` does. */
const sessionsOfEngagement = preparedRead((db, parameter: Parameter<{ engagementId: number }>) =>
  db
    .selectFrom('sessions')
    .selectAll()
    .select(heldNumber())
    .where('engagementId', '=', parameter('engagementId'))
    .orderBy('startsAt')
    .orderBy('id')
)

type NumberedRow = SessionRow & { number: number | null }

function sessionRowsOf(db: Reader, engagementId: number): Promise<NumberedRow[]> {
  return sessionsOfEngagement.all(db, { engagementId })
}

/** A page ends after this session: the list continues from the next one by (start, id). */
const sessionPosition = z.tuple([z.string(), z.number().int()])
/** Before every session: no start sorts before the empty text, no id is below 1. */
const FIRST_POSITION: [string, number] = ['', 0]

interface PageParameters {
  engagementId: number
  /** Where the previous page ended. */
  startsAt: string
  id: number
  limit: number
}

/** What a row of the list shows: never the notes or private observations. */
const sessionPage = preparedRead((db, parameter: Parameter<PageParameters>) => {
  const position = sql`(${parameter('startsAt')}, ${parameter('id')})`
  const heldBefore = db
    .selectFrom('sessions')
    .select((eb) => eb.fn.countAll<number>().filterWhere('status', '=', 'held').as('held'))
    .where('engagementId', '=', parameter('engagementId'))
    .where(sql<boolean>`(starts_at, id) <= ${position}`)
    .$asScalar()
  return db
    .selectFrom('sessions')
    .select(['id', 'engagementId', 'startsAt', 'durationMinutes', 'format', 'billing', 'status', 'agenda', 'nextFocus'])
    .select(heldNumber(heldBefore))
    .where('engagementId', '=', parameter('engagementId'))
    .where(sql<boolean>`(starts_at, id) > ${position}`)
    .orderBy('startsAt')
    .orderBy('id')
    .limit(parameter('limit'))
})

/** The whole engagement's tally in one pass over its index entries, whichever page is shown. */
const sessionTally = preparedRead((db, parameter: Parameter<{ engagementId: number }>) =>
  db
    .selectFrom('sessions')
    .select((eb) => [
      eb.fn.countAll<number>().filterWhere('status', '=', 'held').as('held'),
      eb.fn.countAll<number>().filterWhere('status', '=', 'scheduled').as('scheduled'),
      eb.fn.countAll<number>().filterWhere('status', '=', 'cancelled').as('cancelled'),
      eb.fn.countAll<number>().filterWhere('status', '=', 'no_show').as('noShow'),
      eb.fn.sum<number | null>('durationMinutes').filterWhere('status', '=', 'held').as('heldMinutes')
    ])
    .where('engagementId', '=', parameter('engagementId'))
)

async function countsOf(db: Reader, engagement: EngagementRow): Promise<SessionCounts> {
  const tally = await sessionTally.first(db, { engagementId: engagement.id })
  return {
    held: Number(tally?.held ?? 0),
    planned: engagement.plannedSessions,
    scheduled: Number(tally?.scheduled ?? 0),
    cancelled: Number(tally?.cancelled ?? 0),
    noShow: Number(tally?.noShow ?? 0),
    heldMinutes: Number(tally?.heldMinutes ?? 0)
  }
}

async function introductionsBySession(db: Reader, sessionIds: number[]) {
  const bySession = new Map<number, Session['introductions']>()
  if (sessionIds.length === 0) return bySession
  const rows = await db
    .selectFrom('sessionIntroductions')
    .select(['id', 'sessionId', 'introducedTo', 'reason', 'outcome'])
    .where('sessionId', 'in', sessionIds)
    .orderBy('sessionId')
    .orderBy('position')
    .execute()
  for (const { sessionId, ...introduction } of rows) {
    const list = bySession.get(sessionId) ?? []
    list.push(introduction)
    bySession.set(sessionId, list)
  }
  return bySession
}

type ListRow = Omit<SessionListItem, 'of'>

function toListItem(row: ListRow, engagement: EngagementRow): SessionListItem {
  return {
    id: row.id,
    engagementId: row.engagementId,
    startsAt: row.startsAt,
    durationMinutes: row.durationMinutes,
    format: row.format,
    billing: row.billing,
    status: row.status,
    number: row.number,
    of: engagement.plannedSessions,
    agenda: row.agenda,
    nextFocus: row.nextFocus
  }
}

/** One page of the engagement's sessions, oldest first, with the whole engagement's counts: the Sessions tab. */
export async function listSessionPage(
  db: Reader,
  input: ChannelArgs<'sessions:listForEngagement'>
): Promise<ChannelOutput<'sessions:listForEngagement'>> {
  const engagement = await requireEngagement(db, input.engagementId)
  const [startsAt, id] = input.cursor === null ? FIRST_POSITION : decodeCursor(input.cursor, sessionPosition)
  const [rows, counts] = await Promise.all([
    sessionPage.all(db, { engagementId: engagement.id, startsAt, id, limit: input.limit + 1 }),
    countsOf(db, engagement)
  ])
  const more = rows.length > input.limit
  const shown = more ? rows.slice(0, input.limit) : rows
  const last = shown.at(-1)
  return {
    items: shown.map((row) => toListItem(row, engagement)),
    counts,
    nextCursor: more && last ? encodeCursor([last.startsAt, last.id]) : null
  }
}

/** Every session of the engagement as list items, oldest first, with its counts: for the reports. */
export async function listSessions(
  db: Reader,
  engagementId: number
): Promise<{ items: SessionListItem[]; counts: SessionCounts }> {
  const engagement = await requireEngagement(db, engagementId)
  const rows = await sessionRowsOf(db, engagementId)
  return { items: rows.map((row) => toListItem(row, engagement)), counts: await countsOf(db, engagement) }
}

/** Every session of the engagement in full, oldest first. */
async function fullSessionsOf(db: Reader, engagement: EngagementRow): Promise<Session[]> {
  const rows = await sessionRowsOf(db, engagement.id)
  const introductions = await introductionsBySession(
    db,
    rows.map((row) => row.id)
  )
  return rows.map((row) => ({
    ...row,
    ...toListItem(row, engagement),
    notesShareable: fromFlag(row.notesShareable),
    introductions: introductions.get(row.id) ?? []
  }))
}

/** Every session of the engagement in full, oldest first, with its counts: for the summary. */
export async function sessionsInFull(
  db: Reader,
  engagementId: number
): Promise<{ sessions: Session[]; counts: SessionCounts }> {
  const engagement = await requireEngagement(db, engagementId)
  const [sessions, counts] = await Promise.all([fullSessionsOf(db, engagement), countsOf(db, engagement)])
  return { sessions, counts }
}

export async function nextSessionForClient(
  db: Reader,
  { clientId, from }: ChannelArgs<'sessions:nextForClient'>
): Promise<ChannelOutput<'sessions:nextForClient'>> {
  await getClient(db, clientId)
  const engagements = await engagementsOfClient(db, clientId)
  if (engagements.length === 0) return { session: null }
  const next = await db
    .selectFrom('sessions')
    .select(['id', 'engagementId', 'startsAt', 'durationMinutes', 'format'])
    .where('status', '=', 'scheduled')
    .where('startsAt', '>=', from)
    .where(
      'engagementId',
      'in',
      engagements.map((engagement) => engagement.id)
    )
    .orderBy('startsAt')
    .orderBy('id')
    .executeTakeFirst()
  const engagement = next && engagements.find((candidate) => candidate.id === next.engagementId)
  if (!next || !engagement) return { session: null }
  return { session: { ...next, engagementTitle: engagement.title, noun: sessionNoun(engagement.isMentoring, engagement.plannedSessions) } }
}

export async function getSession(db: Reader, id: number): Promise<Session> {
  const row = await db.selectFrom('sessions').select('engagementId').where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('session')
  // Numbering needs the engagement's other sessions anyway, and an engagement has tens of them.
  const sessions = await fullSessionsOf(db, await requireEngagement(db, row.engagementId))
  const session = sessions.find((candidate) => candidate.id === id)
  if (!session) throw notFound('session')
  return session
}

export async function sessionCountsForEngagement(db: Reader, engagementId: number) {
  const rows = await db.selectFrom('sessions').select('id').where('engagementId', '=', engagementId).execute()
  const introductions = await introductionsBySession(
    db,
    rows.map((row) => row.id)
  )
  return {
    sessions: rows.length,
    introductions: [...introductions.values()].reduce((sum, list) => sum + list.length, 0)
  }
}

function sessionColumns(fields: SessionFields, engagement: EngagementRow) {
  const { introductions: _introductions, ...columns } = fields
  return {
    ...columns,
    durationMinutes: fields.durationMinutes ?? engagement.sessionMinutes,
    notesShareable: toFlag(fields.notesShareable)
  }
}

async function replaceIntroductions(db: Writer, sessionId: number, introductions: SessionFields['introductions']) {
  await db.deleteFrom('sessionIntroductions').where('sessionId', '=', sessionId).execute()
  if (introductions.length === 0) return
  await db
    .insertInto('sessionIntroductions')
    .values(introductions.map((introduction, position) => ({ ...introduction, sessionId, position })))
    .execute()
}

export async function createSession(db: Writer, input: ChannelArgs<'sessions:create'>): Promise<Session> {
  const { engagementId, ...fields } = input
  const engagement = await requireEngagement(db, engagementId, 'engagementId')
  const now = nowIso()
  const { id } = await db
    .insertInto('sessions')
    .values({ ...sessionColumns(fields, engagement), engagementId, createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  await replaceIntroductions(db, id, fields.introductions)
  return getSession(db, id)
}

export async function updateSession(db: Writer, input: ChannelArgs<'sessions:update'>): Promise<Session> {
  const { id, ...fields } = input
  const row = await db.selectFrom('sessions').select('engagementId').where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('session')
  const engagement = await requireEngagement(db, row.engagementId)
  await db
    .updateTable('sessions')
    .set({ ...sessionColumns(fields, engagement), updatedAt: nowIso() })
    .where('id', '=', id)
    .execute()
  await replaceIntroductions(db, id, fields.introductions)
  return getSession(db, id)
}

export async function setSessionStatus(db: Writer, input: ChannelArgs<'sessions:setStatus'>): Promise<Session> {
  const result = await db
    .updateTable('sessions')
    .set({ status: input.status, updatedAt: nowIso() })
    .where('id', '=', input.id)
    .executeTakeFirst()
  if (result.numUpdatedRows === 0n) throw notFound('session')
  return getSession(db, input.id)
}

/** For good. Actions agreed and ratings taken in it stay, no longer linked to it (foreign keys). */
export async function deleteSession(db: Writer, id: number): Promise<{ id: number }> {
  const result = await db.deleteFrom('sessions').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('session')
  return { id }
}

/**
 * The accountability list for one session. What was agreed in the previous held session
 * comes first, whatever its status now, so the coach can go through each commitment;
 * then every other open action; then what has been agreed in this session so far.
 */
export async function commitmentsToReview(
  db: Reader,
  input: ChannelArgs<'sessions:commitmentsToReview'>
): Promise<ChannelOutput<'sessions:commitmentsToReview'>> {
  const session = await getSession(db, input.sessionId)
  const { sessions } = await sessionsInFull(db, session.engagementId)
  const previous = sessions.filter((other) => other.status === 'held' && chronological(other, session) < 0).at(-1)
  const actions = await actionsOfEngagement(db, session.engagementId, input.today)
  const agreedIn = (sessionId: number | undefined) => (action: Action) =>
    sessionId !== undefined && action.sessionId === sessionId
  const agreedLastTime = actions.filter(agreedIn(previous?.id))
  const agreedThisSession = actions.filter(agreedIn(session.id))
  const otherOpen = actions.filter(
    (action) => action.status === 'open' && !agreedLastTime.includes(action) && !agreedThisSession.includes(action)
  )
  return {
    previousSession: previous ? { id: previous.id, startsAt: previous.startsAt, number: previous.number } : null,
    agreedLastTime,
    otherOpen,
    agreedThisSession
  }
}

/**
 * A series of scheduled sessions, all in the one write the door gives the call (one Undo
 * step). The dates are sessionSeries.ts's, as the preview showed them; each session is
 * an ordinary one afterwards, so moving one moves no other.
 */
export async function createSessionSeries(db: Writer, input: ChannelArgs<'sessions:createSeries'>): Promise<ChannelOutput<'sessions:createSeries'>> {
  const { engagementId, firstStartsAt, timeZone, frequency, monthlyBy, count, skipDays, ...fields } = input
  const engagement = await requireEngagement(db, engagementId, 'engagementId')
  const rule = { firstStartsAt, timeZone, frequency, monthlyBy, count, skipDays }
  const dates = seriesDates(rule)
  const outside = skipDaysOutside(rule, dates)
  if (outside.length > 0) {
    throw new AppError('invalid_input', `${outside.join(', ')} ${outside.length === 1 ? 'is' : 'are'} not among the dates of this series: only its own dates can be skipped.`, 'skipDays', outside)
  }
  const now = nowIso()
  // Each session as one scheduled alone would be, with its text left empty.
  const { engagementId: _engagementId, ...blank } = sessionsContract['sessions:create'].input.parse({ engagementId, startsAt: firstStartsAt, ...fields })
  const columns = sessionColumns(blank, engagement)
  const kept = dates.filter((date) => !date.skipped)
  const rows = await db
    .insertInto('sessions')
    .values(kept.map((date) => ({ ...columns, startsAt: date.startsAt, engagementId, createdAt: now, updatedAt: now })))
    .returning('id')
    .execute()
  const ids = new Set(rows.map((row) => row.id))
  const { items } = await listSessions(db, engagementId)
  return { created: items.filter((item) => ids.has(item.id)), skipped: dates.filter((date) => date.skipped).map((date) => date.day) }
}
