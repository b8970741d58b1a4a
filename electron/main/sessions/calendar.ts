import { sql, type Selectable } from 'kysely'
import type { Reader } from '../db/door'
import { preparedRead, type Parameter } from '../db/prepared'
import type { SessionsTable } from './tables'

/**
 * `+status` (no index may serve the term) for a status asked of given engagements: with
 * no statistics, SQLite would otherwise walk the index on (status, start) through every
 * such session of the practice rather than each engagement's own index.
 */
export const NOT_INDEXED_STATUS = sql<string>`+status`

export type CalendarSession = Pick<
  Selectable<SessionsTable>,
  'id' | 'engagementId' | 'startsAt' | 'durationMinutes' | 'format' | 'status'
>

/**
 * The sessions held or scheduled from one moment until another (cancelled ones and
 * no-shows left out), in order: from the index on (status, start).
 */
export function sessionsStartingBetween(db: Reader, from: string, until: string): Promise<CalendarSession[]> {
  return db
    .selectFrom('sessions')
    .select(['id', 'engagementId', 'startsAt', 'durationMinutes', 'format', 'status'])
    .where('status', 'in', ['scheduled', 'held'])
    .where('startsAt', '>=', from)
    .where('startsAt', '<', until)
    .orderBy('startsAt')
    .orderBy('id')
    .execute()
}

/** The last session held in the engagement before the moment: walks the engagement's index back from it. */
const heldBefore = preparedRead((db, parameter: Parameter<{ engagementId: number; startsAt: string }>) =>
  db
    .selectFrom('sessions')
    .select(['id', 'startsAt', 'nextFocus'])
    .where('engagementId', '=', parameter('engagementId'))
    .where('startsAt', '<', parameter('startsAt'))
    .where(NOT_INDEXED_STATUS, '=', 'held')
    .orderBy('startsAt', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
)

export type HeldBefore = { id: number; startsAt: string; nextFocus: string }

/** For each session given, the one held last before it in its engagement, if any: whose commitments and next focus it picks up. */
export async function previousHeldSessions(db: Reader, sessions: CalendarSession[]): Promise<Map<number, HeldBefore>> {
  const previous = await Promise.all(
    sessions.map((session) => heldBefore.first(db, { engagementId: session.engagementId, startsAt: session.startsAt }))
  )
  return new Map(sessions.flatMap((session, index) => (previous[index] ? [[session.id, previous[index]] as const] : [])))
}

/** When each of the given engagements last held a session; engagements with none are left out. */
export async function lastHeldSessions(db: Reader, engagementIds: number[]): Promise<Map<number, string>> {
  if (engagementIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('sessions')
    .select(['engagementId', sql<string>`max(starts_at)`.as('lastAt')])
    .where('engagementId', 'in', engagementIds)
    .where(NOT_INDEXED_STATUS, '=', 'held')
    .groupBy('engagementId')
    .execute()
  return new Map(rows.map((row) => [row.engagementId, row.lastAt]))
}
