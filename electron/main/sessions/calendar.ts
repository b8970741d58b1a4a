import type { Selectable } from 'kysely'
import type { Reader } from '../db/door'
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

const countStarting = preparedRead((db, parameter: Parameter<Window>) => startingIn(db, parameter).select((eb) => eb.fn.countAll<number>().as('total')))

/** The sessions held or scheduled from one moment until another, in order: the first `limit` of them and how many in all. */
export async function sessionsStartingBetween(db: Reader, from: string, until: string, limit: number): Promise<{ items: CalendarSession[]; total: number }> {
  const window = { startsFrom: from, startsBefore: until, limit }
  const [items, counted] = await Promise.all([firstStarting.all(db, window), countStarting.first(db, window)])
  return { items, total: Number(counted?.total ?? 0) }
}

/** The last session held in the engagement before the moment: one step back in the index on (engagement, status, start). */
const heldBefore = preparedRead((db, parameter: Parameter<{ engagementId: number; startsAt: string }>) =>
  db
    .selectFrom('sessions')
    .select(['id', 'startsAt', 'nextFocus'])
    .where('engagementId', '=', parameter('engagementId'))
    .where('status', '=', 'held')
    .where('startsAt', '<', parameter('startsAt'))
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
