import type { Kysely, Selectable } from 'kysely'
import type { Action } from '../../shared/actions'
import type { ChannelArgs, ChannelOutput } from '../../shared/contract'
import type { Session, SessionCounts, SessionFields, SessionListItem } from '../../shared/sessions'
import { actionsOfEngagement } from '../actions/service'
import { nowIso } from '../clock'
import { preparedRead, type Parameter } from '../db/prepared'
import type { DB } from '../db/schema'
import { fromFlag, toFlag } from '../db/values'
import { requireEngagement, type EngagementRow } from '../engagements/lookup'
import { notFound } from '../errors'
import type { SessionsTable } from './tables'

type Db = Kysely<DB>
type SessionRow = Selectable<SessionsTable>

/** Chronological: by start, and by entry for two sessions at the same moment. */
function chronological(a: { startsAt: string; id: number }, b: { startsAt: string; id: number }): number {
  return a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : a.id - b.id
}

/**
 * "n of N" is worked out when read, never stored: a session held late, cancelled or
 * deleted renumbers the rest with nothing to keep in step.
 */
function heldNumbers(rows: SessionRow[]): Map<number, number> {
  const numbers = new Map<number, number>()
  for (const row of [...rows].sort(chronological)) {
    if (row.status === 'held') numbers.set(row.id, numbers.size + 1)
  }
  return numbers
}

/** Chronological, straight from the index on (engagement, start); the id breaks ties as `chronological` does. */
const sessionsOfEngagement = preparedRead((db, parameter: Parameter<{ engagementId: number }>) =>
  db.selectFrom('sessions').selectAll().where('engagementId', '=', parameter('engagementId')).orderBy('startsAt').orderBy('id')
)

function sessionRowsOf(db: Db, engagementId: number): Promise<SessionRow[]> {
  return sessionsOfEngagement.all(db, { engagementId })
}

function tally(rows: SessionRow[], engagement: EngagementRow): SessionCounts {
  const count = (status: SessionRow['status']) => rows.filter((row) => row.status === status).length
  return {
    held: count('held'),
    planned: engagement.plannedSessions,
    scheduled: count('scheduled'),
    cancelled: count('cancelled'),
    noShow: count('no_show'),
    heldMinutes: rows.filter((row) => row.status === 'held').reduce((sum, row) => sum + row.durationMinutes, 0)
  }
}

async function introductionsBySession(db: Db, sessionIds: number[]) {
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

function toListItem(row: SessionRow, numbers: Map<number, number>, engagement: EngagementRow): SessionListItem {
  return {
    id: row.id,
    engagementId: row.engagementId,
    startsAt: row.startsAt,
    durationMinutes: row.durationMinutes,
    format: row.format,
    billing: row.billing,
    status: row.status,
    number: numbers.get(row.id) ?? null,
    of: engagement.plannedSessions,
    agenda: row.agenda,
    nextFocus: row.nextFocus
  }
}

export async function listSessions(
  db: Db,
  engagementId: number
): Promise<{ items: SessionListItem[]; counts: SessionCounts }> {
  const engagement = await requireEngagement(db, engagementId)
  const rows = await sessionRowsOf(db, engagementId)
  const numbers = heldNumbers(rows)
  return { items: rows.map((row) => toListItem(row, numbers, engagement)), counts: tally(rows, engagement) }
}

/** Every session of the engagement in full, oldest first, with its counts: for the summary. */
export async function sessionsInFull(
  db: Db,
  engagementId: number
): Promise<{ sessions: Session[]; counts: SessionCounts }> {
  const engagement = await requireEngagement(db, engagementId)
  const rows = await sessionRowsOf(db, engagementId)
  const numbers = heldNumbers(rows)
  const introductions = await introductionsBySession(
    db,
    rows.map((row) => row.id)
  )
  const sessions = rows.map((row) => ({
    ...row,
    ...toListItem(row, numbers, engagement),
    notesShareable: fromFlag(row.notesShareable),
    introductions: introductions.get(row.id) ?? []
  }))
  return { sessions, counts: tally(rows, engagement) }
}

export async function getSession(db: Db, id: number): Promise<Session> {
  const row = await db.selectFrom('sessions').select('engagementId').where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('session')
  // Numbering needs the engagement's other sessions anyway, and an engagement has tens of them.
  const { sessions } = await sessionsInFull(db, row.engagementId)
  const session = sessions.find((candidate) => candidate.id === id)
  if (!session) throw notFound('session')
  return session
}

/** Held sessions per engagement, for the engagement list's "3 of 8". */
export async function heldSessionCounts(db: Db, engagementIds: number[]): Promise<Map<number, number>> {
  if (engagementIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('sessions')
    .select((eb) => ['engagementId', eb.fn.countAll<number>().as('held')])
    .where('engagementId', 'in', engagementIds)
    .where('status', '=', 'held')
    .groupBy('engagementId')
    .execute()
  return new Map(rows.map((row) => [row.engagementId, Number(row.held)]))
}

export async function sessionCountsForEngagement(db: Db, engagementId: number) {
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

async function replaceIntroductions(db: Db, sessionId: number, introductions: SessionFields['introductions']) {
  await db.deleteFrom('sessionIntroductions').where('sessionId', '=', sessionId).execute()
  if (introductions.length === 0) return
  await db
    .insertInto('sessionIntroductions')
    .values(introductions.map((introduction, position) => ({ ...introduction, sessionId, position })))
    .execute()
}

export async function createSession(db: Db, input: ChannelArgs<'sessions:create'>): Promise<Session> {
  const { engagementId, ...fields } = input
  const id = await db.transaction().execute(async (trx) => {
    const engagement = await requireEngagement(trx, engagementId, 'engagementId')
    const now = nowIso()
    const { id } = await trx
      .insertInto('sessions')
      .values({ ...sessionColumns(fields, engagement), engagementId, createdAt: now, updatedAt: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    await replaceIntroductions(trx, id, fields.introductions)
    return id
  })
  return getSession(db, id)
}

export async function updateSession(db: Db, input: ChannelArgs<'sessions:update'>): Promise<Session> {
  const { id, ...fields } = input
  await db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('sessions').select('engagementId').where('id', '=', id).executeTakeFirst()
    if (!row) throw notFound('session')
    const engagement = await requireEngagement(trx, row.engagementId)
    await trx
      .updateTable('sessions')
      .set({ ...sessionColumns(fields, engagement), updatedAt: nowIso() })
      .where('id', '=', id)
      .execute()
    await replaceIntroductions(trx, id, fields.introductions)
  })
  return getSession(db, id)
}

export async function setSessionStatus(db: Db, input: ChannelArgs<'sessions:setStatus'>): Promise<Session> {
  const result = await db
    .updateTable('sessions')
    .set({ status: input.status, updatedAt: nowIso() })
    .where('id', '=', input.id)
    .executeTakeFirst()
  if (result.numUpdatedRows === 0n) throw notFound('session')
  return getSession(db, input.id)
}

/** For good. Actions agreed and ratings taken in it stay, no longer linked to it (foreign keys). */
export async function deleteSession(db: Db, id: number): Promise<{ id: number }> {
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
  db: Db,
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
