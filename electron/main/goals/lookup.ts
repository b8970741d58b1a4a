import { sql, type Selectable } from 'kysely'
import type { Reader } from '../db/door'
import { eachId, idList } from '../db/idList'
import { countedUpTo } from '../db/counting'
import { preparedRead, type Parameter } from '../db/prepared'
import { AppError, notFound } from '../errors'
import type { GoalsTable } from './tables'

export type GoalRow = Selectable<GoalsTable>

/** A goal's own row, for actions and reviews; apart from service.ts so imports stay one-way. */
export async function requireGoal(db: Reader, id: number, field?: string): Promise<GoalRow> {
  const row = await db.selectFrom('goals').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('goal', field)
  return row
}

/** A goal another record points to must be one of the same engagement's goals. */
export async function requireGoalOfEngagement(
  db: Reader,
  goalId: number,
  engagementId: number,
  field = 'goalId'
): Promise<GoalRow> {
  const goal = await requireGoal(db, goalId, field)
  if (goal.engagementId !== engagementId) {
    throw new AppError(
      'invalid_input',
      "That goal belongs to another engagement: choose one of this engagement's goals.",
      field
    )
  }
  return goal
}

/** The ids of an engagement's goals, for the domains that hang things off goals. */
export async function goalIdsOfEngagement(db: Reader, engagementId: number): Promise<number[]> {
  const rows = await db.selectFrom('goals').select('id').where('engagementId', '=', engagementId).execute()
  return rows.map((row) => row.id)
}

const statementsOfGoals = preparedRead((db, parameter: Parameter<{ ids: string }>) =>
  db.selectFrom('goals').select(['id', 'statement']).where('id', 'in', eachId(parameter('ids')))
)

/** Statements of the given goals, for lists that name each action's goal. */
export async function goalStatements(db: Reader, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map()
  const rows = await statementsOfGoals.all(db, { ids: idList(ids) })
  return new Map(rows.map((row) => [row.id, row.statement]))
}

/** The goals at risk of engagements under way, the nearest deadline first (none last), from the partial index that holds only those (migration 020). */
function atRiskUnderWay(db: Reader) {
  return db.selectFrom('goals').where('status', '=', 'at_risk').where('underWay', '=', 1)
}

const firstAtRiskUnderWay = preparedRead((db, parameter: Parameter<{ limit: number }>) =>
  atRiskUnderWay(db)
    .select(['id', 'engagementId', 'statement', 'deadline'])
    .orderBy(sql`deadline IS NULL`)
    .orderBy('deadline')
    .orderBy('id')
    .limit(parameter('limit'))
)

const countAtRiskUnderWay = preparedRead((db) => countedUpTo(db, atRiskUnderWay(db)))

type GoalAtRisk = Pick<GoalRow, 'id' | 'engagementId' | 'statement' | 'deadline'>

/** Across the practice's engagements under way: the first `limit` goals at risk and how many in all (up to COUNTED_UP_TO and one more). */
export async function goalsAtRiskUnderWay(db: Reader, limit: number): Promise<{ items: GoalAtRisk[]; total: number }> {
  const [items, counted] = await Promise.all([firstAtRiskUnderWay.all(db, { limit }), countAtRiskUnderWay.first(db, {})])
  return { items, total: Number(counted?.total ?? 0) }
}

/** From the index on (engagement, status): the engagements' other goals are not read. */
const goalsAtRisk = preparedRead((db, parameter: Parameter<{ engagementIds: string }>) =>
  db
    .selectFrom('goals')
    .select(['id', 'engagementId', 'statement', 'deadline'])
    .where('engagementId', 'in', eachId(parameter('engagementIds')))
    .where('status', '=', 'at_risk')
    .orderBy(sql`deadline IS NULL`)
    .orderBy('deadline')
    .orderBy('id')
)

/** The goals at risk in the given engagements, the nearest deadline first (none last). */
export function goalsAtRiskIn(db: Reader, engagementIds: number[]): Promise<GoalAtRisk[]> {
  if (engagementIds.length === 0) return Promise.resolve([])
  return goalsAtRisk.all(db, { engagementIds: idList(engagementIds) })
}
