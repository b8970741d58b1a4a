import { sql, type SelectQueryBuilder } from 'kysely'
import { COUNTED_UP_TO } from '../../shared/counts'
import type { DB } from './schema'
import type { Reader } from './door'

/**
 * How many rows `matching` selects, counted up to COUNTED_UP_TO + 1 (shared/counts.ts):
 * the count stops stepping through its index once it knows there are more than a list
 * says, so a first page costs what it shows however large the practice.
 */
export function countedUpTo<TB extends keyof DB, O>(db: Reader, matching: SelectQueryBuilder<DB, TB, O>) {
  const capped = matching.select(sql<number>`1`.as('matched')).limit(COUNTED_UP_TO + 1)
  return db.selectFrom(capped.as('capped')).select((eb) => eb.fn.countAll<number>().as('total'))
}
