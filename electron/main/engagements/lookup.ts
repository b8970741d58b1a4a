import type { Kysely, Selectable } from 'kysely'
import type { DB } from '../db/schema'
import { notFound } from '../errors'
import type { EngagementsTable } from './tables'

export type EngagementRow = Selectable<EngagementsTable>

/**
 * The engagement's own row, for the domains that hang off it (goals, sessions…).
 * Kept apart from service.ts, which reads those domains, so imports never go round in a circle.
 */
export async function requireEngagement(db: Kysely<DB>, id: number, field?: string): Promise<EngagementRow> {
  const row = await db.selectFrom('engagements').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('engagement', field)
  return row
}
