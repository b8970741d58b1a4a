import { sql, type RawBuilder } from 'kysely'
import type { Reader } from '../db/door'
import type { ActionRow } from './service'

/** Which due dates: before a day (overdue), or from one day through another (due this week). */
export type DueWindow = { before: string } | { from: string; through: string }

export type DueAction = Pick<ActionRow, 'id' | 'engagementId' | 'description' | 'owner'> & { dueOn: string }

/**
 * The page's order (due date, id) is that of the index on (status, due date) across the
 * whole practice, and SQLite, with no statistics to tell it how few of those rows belong
 * to the engagements asked about, would walk that index to save a sort. `+status` (no
 * index may serve the term) leaves it each engagement's own index; the count keeps
 * `status`, which serves it from the covering index on (engagement, status, due date).
 */
const NOT_INDEXED_STATUS: RawBuilder<string> = sql`+status`

function openActionsDue(db: Reader, engagementIds: number[], due: DueWindow, status: 'status' | RawBuilder<string> = 'status') {
  const open = db.selectFrom('actions').where('engagementId', 'in', engagementIds).where(status, '=', 'open')
  return 'before' in due ? open.where('dueOn', '<', due.before) : open.where('dueOn', '>=', due.from).where('dueOn', '<=', due.through)
}

/**
 * The open actions of the given engagements due in the window, the earliest first, the
 * first `limit` of them and how many in all: each engagement's read from the index on
 * (engagement, status, due date).
 */
export async function openActionsDueIn(
  db: Reader,
  engagementIds: number[],
  due: DueWindow,
  limit: number
): Promise<{ items: DueAction[]; total: number }> {
  if (engagementIds.length === 0) return { items: [], total: 0 }
  const [items, counted] = await Promise.all([
    openActionsDue(db, engagementIds, due, NOT_INDEXED_STATUS)
      .select(['id', 'engagementId', 'description', 'owner', 'dueOn'])
      .orderBy('dueOn')
      .orderBy('id')
      .limit(limit)
      .$narrowType<{ dueOn: string }>()
      .execute(),
    openActionsDue(db, engagementIds, due)
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .executeTakeFirst()
  ])
  return { items, total: Number(counted?.total ?? 0) }
}

/** The actions agreed in the given sessions: the commitments the next session reviews. */
export function actionsAgreedIn(
  db: Reader,
  sessionIds: number[]
): Promise<(Pick<ActionRow, 'id' | 'description' | 'status'> & { sessionId: number })[]> {
  if (sessionIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('actions')
    .select(['id', 'sessionId', 'description', 'status'])
    .where('sessionId', 'in', sessionIds)
    .orderBy('id')
    .$narrowType<{ sessionId: number }>()
    .execute()
}
