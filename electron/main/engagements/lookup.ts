import type { Selectable } from 'kysely'
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

/** The engagements under way (active or paused), across the practice: from the index on status. */
const underWay = preparedRead((db) => selectSummaries(db).where('engagements.status', 'in', ['active', 'paused']).orderBy('engagements.id'))

export async function engagementsUnderWay(db: Reader): Promise<EngagementSummary[]> {
  const rows = await underWay.all(db, {})
  return rows.map(toSummary)
}

const summariesOf = preparedRead((db, parameter: Parameter<{ ids: string }>) => selectSummaries(db).where('engagements.id', 'in', eachId(parameter('ids'))))

/** The given engagements, by id. */
export async function engagementSummaries(db: Reader, ids: number[]): Promise<Map<number, EngagementSummary>> {
  if (ids.length === 0) return new Map()
  const rows = await summariesOf.all(db, { ids: idList(ids) })
  return new Map(rows.map((row) => [row.id, toSummary(row)]))
}
