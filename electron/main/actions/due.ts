import type { Reader } from '../db/door'
import { countedUpTo } from '../db/counting'
import { preparedRead, type Parameter } from '../db/prepared'
import type { ActionRow } from './service'

/** Which due dates: before a day (overdue), or from one day through another (due this week). */
export type DueWindow = { before: string } | { from: string; through: string }

export type DueAction = Pick<ActionRow, 'id' | 'engagementId' | 'description' | 'owner'> & { dueOn: string }

interface DueParameters {
  /** Overdue: due before `before`. Due this week: due from `firstDay` through `lastDay`. */
  before: string
  firstDay: string
  lastDay: string
  limit: number
}

type Window = 'before' | 'between'

/**
 * The open actions of engagements under way due in the window: one range of the partial
 * index that holds only those (migration 020), in due order. A finished engagement's open
 * actions are not in it, so however many a practice gathers, none is walked past.
 */
function openActionsDue(db: Reader, window: Window, parameter: Parameter<DueParameters>) {
  const open = db.selectFrom('actions').where('actions.status', '=', 'open').where('actions.underWay', '=', 1)
  return window === 'before'
    ? open.where('actions.dueOn', '<', parameter('before'))
    : open.where('actions.dueOn', '>=', parameter('firstDay')).where('actions.dueOn', '<=', parameter('lastDay'))
}

/** The first `limit` of them, the earliest first: picked from the index, and only those rows read. */
function firstDue(window: Window) {
  return preparedRead((db, parameter: Parameter<DueParameters>) =>
    db
      .selectFrom('actions')
      .select(['id', 'engagementId', 'description', 'owner', 'dueOn'])
      .where(
        'id',
        'in',
        openActionsDue(db, window, parameter).select('actions.id').orderBy('actions.dueOn').orderBy('actions.id').limit(parameter('limit'))
      )
      .orderBy('dueOn')
      .orderBy('id')
      .$narrowType<{ dueOn: string }>()
  )
}

function countDue(window: Window) {
  return preparedRead((db, parameter: Parameter<DueParameters>) =>
    countedUpTo(db, openActionsDue(db, window, parameter))
  )
}

const dueStatements = {
  before: { items: firstDue('before'), count: countDue('before') },
  between: { items: firstDue('between'), count: countDue('between') }
}

/** The open actions of engagements under way due in the window, the earliest first: the first `limit` of them and how many in all (up to COUNTED_UP_TO and one more). */
export async function openActionsDueIn(db: Reader, due: DueWindow, limit: number): Promise<{ items: DueAction[]; total: number }> {
  const window: Window = 'before' in due ? 'before' : 'between'
  const days = 'before' in due ? { before: due.before, firstDay: '', lastDay: '' } : { before: '', firstDay: due.from, lastDay: due.through }
  const parameters: DueParameters = { ...days, limit }
  const { items, count } = dueStatements[window]
  const [rows, counted] = await Promise.all([items.all(db, parameters), count.first(db, parameters)])
  return { items: rows, total: Number(counted?.total ?? 0) }
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
