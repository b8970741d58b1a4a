import { sql, type Selectable } from 'kysely'
import type { Reader } from '../db/door'
import { countedUpTo } from '../db/counting'
import { preparedRead, type Parameter } from '../db/prepared'
import type { SessionsTable } from './tables'

export type CalendarSession = Pick<
  Selectable<SessionsTable>,
  'id' | 'engagementId' | 'startsAt' | 'durationMinutes' | 'format' | 'status'
>

interface Window {
  startsFrom: string
  startsBefore: string
  limit: number
}

/** The sessions held or scheduled (cancelled ones and no-shows left out) starting in the window: from the index on (status, start). */
function startingIn(db: Reader, parameter: Parameter<Window>) {
  return db
    .selectFrom('sessions')
    .where('status', 'in', ['scheduled', 'held'])
    .where('startsAt', '>=', parameter('startsFrom'))
    .where('startsAt', '<', parameter('startsBefore'))
}

/** The first `limit` of them in order, picked from the index; only their rows are read. */
const firstStarting = preparedRead((db, parameter: Parameter<Window>) =>
  db
    .selectFrom('sessions')
    .select(['id', 'engagementId', 'startsAt', 'durationMinutes', 'format', 'status'])
    .where('id', 'in', startingIn(db, parameter).select('id').orderBy('startsAt').orderBy('id').limit(parameter('limit')))
    .orderBy('startsAt')
    .orderBy('id')
)

const countStarting = preparedRead((db, parameter: Parameter<Window>) => countedUpTo(db, startingIn(db, parameter)))

/** The sessions held or scheduled from one moment until another, in order: the first `limit` of them and how many in all (up to COUNTED_UP_TO and one more). */
export async function sessionsStartingBetween(db: Reader, from: string, until: string, limit: number): Promise<{ items: CalendarSession[]; total: number }> {
  const window = { startsFrom: from, startsBefore: until, limit }
  const [items, counted] = await Promise.all([firstStarting.all(db, window), countStarting.first(db, window)])
  return { items, total: Number(counted?.total ?? 0) }
}

export type HeldBefore = { id: number; startsAt: string; nextFocus: string }

/**
 * For each session of a JSON list of [engagement, start], the one held last before it in
 * its engagement: one step back in the index on (engagement, status, start) each, all in
 * one statement rather than one call per session shown.
 */
const heldBeforeEach = preparedRead((db, parameter: Parameter<{ sessions: string }>) =>
  db
    .selectFrom(sql<{ key: number; value: string }>`json_each(${parameter('sessions')})`.as('wanted'))
    .innerJoin('sessions', (join) =>
      join.on(
        'sessions.id',
        '=',
        sql<number>`(SELECT held.id FROM sessions AS held
          WHERE held.engagement_id = wanted.value ->> 0 AND held.status = 'held' AND held.starts_at < wanted.value ->> 1
          ORDER BY held.starts_at DESC, held.id DESC LIMIT 1)`
      )
    )
    .select([sql<number>`wanted.key`.as('position'), 'sessions.id', 'sessions.startsAt', 'sessions.nextFocus'])
)

/** For each session given, the one held last before it in its engagement, if any: whose commitments and next focus it picks up. */
export async function previousHeldSessions(db: Reader, sessions: CalendarSession[]): Promise<Map<number, HeldBefore>> {
  if (sessions.length === 0) return new Map()
  const rows = await heldBeforeEach.all(db, { sessions: JSON.stringify(sessions.map((session) => [session.engagementId, session.startsAt])) })
  return new Map(rows.map(({ position, ...held }) => [sessions[position]!.id, held]))
}
