import type { Kysely, Selectable } from 'kysely'
import { preparedRead, type Parameter } from '../db/prepared'
import type { DB } from '../db/schema'
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
export async function requireEngagement(db: Kysely<DB>, id: number, field?: string): Promise<EngagementRow> {
  const row = await engagementById.first(db, { id })
  if (!row) throw notFound('engagement', field)
  return row
}
