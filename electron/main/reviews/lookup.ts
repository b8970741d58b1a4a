import type { Achieved } from '../../shared/goals'
import type { ReviewKind } from '../../shared/reviews'
import type { Reader } from '../db/door'
import { preparedRead, type Parameter } from '../db/prepared'

/**
 * What the final review (an engagement has one) says of each of the given goals, for
 * the goals domain to show on each goal. Apart from service.ts, which reads goals, so
 * imports never go round in a circle.
 */
export async function finalOutcomesOfGoals(db: Reader, goalIds: number[]): Promise<Map<number, Achieved>> {
  if (goalIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('reviewOutcomes')
    .innerJoin('reviews', 'reviews.id', 'reviewOutcomes.reviewId')
    .select(['reviewOutcomes.goalId', 'reviewOutcomes.achieved'])
    .where('reviews.kind', '=', 'final')
    .where('reviewOutcomes.goalId', 'in', goalIds)
    .where('reviewOutcomes.achieved', 'is not', null)
    .execute()
  return new Map(rows.flatMap((row) => (row.achieved === null ? [] : [[row.goalId, row.achieved] as const])))
}

/** From the index on follow-up days: the reviews outside the days are not read. */
const followUps = preparedRead((db, parameter: Parameter<{ firstDay: string; lastDay: string }>) =>
  db
    .selectFrom('reviews')
    .select(['id', 'engagementId', 'kind', 'followUpOn'])
    .where('followUpOn', '>=', parameter('firstDay'))
    .where('followUpOn', '<=', parameter('lastDay'))
    .orderBy('followUpOn')
    .orderBy('id')
    .$narrowType<{ followUpOn: string }>()
)

/** Reviews whose follow-up date falls between two days, the earliest first. */
export function followUpsBetween(
  db: Reader,
  from: string,
  through: string
): Promise<{ id: number; engagementId: number; kind: ReviewKind; followUpOn: string }[]> {
  return followUps.all(db, { firstDay: from, lastDay: through })
}
