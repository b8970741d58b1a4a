import { sql, type Selectable } from 'kysely'
import type { Reader } from '../db/door'
import { eachId, idList } from '../db/idList'
import { preparedRead, type Parameter } from '../db/prepared'
import { fromFlag } from '../db/values'
import { notFound } from '../errors'
import type { EngagementsTable } from './tables'

export type EngagementRow = Selectable<EngagementsTable>

const engagementById = preparedRead((db, parameter: Parameter<{ id: number }>) =>
  db.selectFrom('engagements').selectAll().where('id', '=', parameter('id'))
)

/**
 * The engagement's own row, for the domains that hang off it (goals, sessions…).
 * Kept apart from service.ts, which reads those domains, so imports never go round in a circle.
 */
export async function requireEngagement(db: Reader, id: number, field?: string): Promise<EngagementRow> {
  const row = await engagementById.first(db, { id })
  if (!row) throw notFound('engagement', field)
  return row
}

/** A client's engagements, as the domains that hang off them list them across the client: id, title, what their sessions are called. */
export async function engagementsOfClient(
  db: Reader,
  clientId: number
): Promise<{ id: number; title: string; status: EngagementRow['status']; isMentoring: boolean; plannedSessions: number | null }[]> {
  const rows = await db
    .selectFrom('engagements')
    .innerJoin('engagementKinds', 'engagementKinds.id', 'engagements.kindId')
    .select(['engagements.id', 'engagements.title', 'engagements.status', 'engagementKinds.isMentoring', 'engagements.plannedSessions'])
    .where('engagements.clientId', '=', clientId)
    .execute()
  return rows.map((row) => ({ ...row, isMentoring: fromFlag(row.isMentoring) }))
}


/** What other domains show of an engagement listed across clients: whose it is, its title, its plan. */
export interface EngagementSummary {
  id: number
  title: string
  clientId: number
  status: EngagementRow['status']
  isMentoring: boolean
  plannedSessions: number | null
  startDate: string | null
  plannedEndDate: string | null
}

function selectSummaries(db: Reader) {
  return db
    .selectFrom('engagements')
    .innerJoin('engagementKinds', 'engagementKinds.id', 'engagements.kindId')
    .select([
      'engagements.id',
      'engagements.title',
      'engagements.clientId',
      'engagements.status',
      'engagementKinds.isMentoring',
      'engagements.plannedSessions',
      'engagements.startDate',
      'engagements.plannedEndDate'
    ])
}

type SummaryRow = Omit<EngagementSummary, 'isMentoring'> & { isMentoring: number }

const toSummary = (row: SummaryRow): EngagementSummary => ({ ...row, isMentoring: fromFlag(row.isMentoring) })

/** An active engagement near its end: its summary with the sessions it has held. */
export type EndingEngagement = EngagementSummary & { heldSessions: number }

/** Active engagements whose planned end is on or before the day: from the index on (status, planned end). */
const endingByDate = preparedRead((db, parameter: Parameter<{ endsBy: string }>) =>
  selectSummaries(db)
    .select('engagements.heldSessions')
    .where('engagements.status', '=', 'active')
    .where('engagements.plannedEndDate', '<=', parameter('endsBy'))
)

/** Active engagements with at most one planned session left to hold: from the index on the sessions left (migration 020). */
const endingBySessions = preparedRead((db) =>
  selectSummaries(db)
    .select('engagements.heldSessions')
    .where('engagements.status', '=', 'active')
    .where('engagements.plannedSessions', 'is not', null)
    .where(sql<number>`engagements.planned_sessions - engagements.held_sessions`, '<=', 1)
)

/**
 * Active engagements past their planned end or near it (on or before `endsBy`), or with
 * at most one planned session left to hold; the nearest end first, open-ended last.
 */
export async function endingEngagements(db: Reader, endsBy: string): Promise<EndingEngagement[]> {
  const [byDate, bySessions] = await Promise.all([endingByDate.all(db, { endsBy }), endingBySessions.all(db, {})])
  const ending = new Map([...byDate, ...bySessions].map((row) => [row.id, { ...toSummary(row), heldSessions: row.heldSessions }]))
  return [...ending.values()].sort(
    (a, b) => (a.plannedEndDate ?? '9999').localeCompare(b.plannedEndDate ?? '9999') || a.id - b.id
  )
}

/**
 * The clients of active engagements who have held no session since `since` (nor any at
 * all, when one of their engagements started before `sinceDay`), the longest unseen
 * first: the candidates are two ranges of the index on (status, last held) — held before
 * `since`, never held — and each candidate's active engagements come from the index on client.
 */
const quietClientsSince = preparedRead((db, parameter: Parameter<{ since: string; sinceDay: string }>) => {
  const active = () => db.selectFrom('engagements').select('clientId').where('status', '=', 'active')
  const candidates = active().where('lastHeldAt', '<', parameter('since')).unionAll(active().where('lastHeldAt', 'is', null))
  return db
    .selectFrom(db.selectFrom(candidates.as('candidates')).select('clientId').distinct().as('candidate'))
    .crossJoin('engagements')
    .whereRef('engagements.clientId', '=', 'candidate.clientId')
    .where('engagements.status', '=', 'active')
    .select(['engagements.clientId', (eb) => eb.fn.max<string | null>('engagements.lastHeldAt').as('lastSessionAt')])
    .groupBy('engagements.clientId')
    .having((eb) =>
      eb.or([
        eb.and([eb(eb.fn.max('engagements.lastHeldAt'), 'is', null), eb(eb.fn.max(sql`engagements.start_date < ${parameter('sinceDay')}`), '=', 1)]),
        eb(eb.fn.max('engagements.lastHeldAt'), '<', parameter('since'))
      ])
    )
    .orderBy(sql`coalesce(max(engagements.last_held_at), '')`)
    .orderBy('engagements.clientId')
})

export function quietClients(db: Reader, since: string, sinceDay: string): Promise<{ clientId: number; lastSessionAt: string | null }[]> {
  return quietClientsSince.all(db, { since, sinceDay })
}

const summariesOf = preparedRead((db, parameter: Parameter<{ ids: string }>) => selectSummaries(db).where('engagements.id', 'in', eachId(parameter('ids'))))

/** The given engagements, by id. */
export async function engagementSummaries(db: Reader, ids: number[]): Promise<Map<number, EngagementSummary>> {
  if (ids.length === 0) return new Map()
  const rows = await summariesOf.all(db, { ids: idList(ids) })
  return new Map(rows.map((row) => [row.id, toSummary(row)]))
}
