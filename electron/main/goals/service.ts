import type { ChannelArgs } from '../../shared/contract'
import { fitsMeasure, ratingMessage, type Goal, type GoalStatus, type Measure, type Measurement } from '../../shared/goals'
import { getGrowthArea, growthAreaTitles } from '../assessment'
import { nowIso } from '../clock'
import type { Reader, Writer } from '../db/door'
import { requireEngagement } from '../engagements'
import { AppError, notFound, pointedToBy } from '../errors'
import { finalOutcomesOfGoals } from '../reviews'
import { requireSessionOfEngagement } from '../sessions'
import { requireGoal, type GoalRow } from './lookup'

const MEASUREMENT_COLUMNS = ['id', 'goalId', 'measuredOn', 'value', 'comment', 'sessionId', 'createdAt'] as const

/** Measurements of the given goals, oldest first, in one query. */
async function measurementsByGoal(db: Reader, goalIds: number[]): Promise<Map<number, Measurement[]>> {
  const byGoal = new Map<number, Measurement[]>()
  if (goalIds.length === 0) return byGoal
  const rows = await db
    .selectFrom('goalMeasurements')
    .select(MEASUREMENT_COLUMNS)
    .where('goalId', 'in', goalIds)
    .orderBy('measuredOn')
    .orderBy('id')
    .execute()
  for (const row of rows) {
    const list = byGoal.get(row.goalId) ?? []
    list.push(row)
    byGoal.set(row.goalId, list)
  }
  return byGoal
}

async function toGoals(db: Reader, rows: GoalRow[]): Promise<Goal[]> {
  const ids = rows.map((row) => row.id)
  const areaIds = rows.flatMap((row) => (row.growthAreaId === null ? [] : [row.growthAreaId]))
  const [measurements, titles, outcomes] = await Promise.all([
    measurementsByGoal(db, ids),
    growthAreaTitles(db, areaIds),
    finalOutcomesOfGoals(db, ids)
  ])
  return rows.map(({ growthAreaId, ...row }) => {
    const list = measurements.get(row.id) ?? []
    const title = growthAreaId === null ? undefined : titles.get(growthAreaId)
    return {
      ...row,
      growthArea: growthAreaId === null || title === undefined ? null : { id: growthAreaId, title },
      measurements: list,
      latestValue: list.at(-1)?.value ?? null,
      finalOutcome: outcomes.get(row.id) ?? null
    }
  })
}

/** In the coach's order. */
export async function listGoals(db: Reader, engagementId: number): Promise<{ items: Goal[] }> {
  await requireEngagement(db, engagementId)
  const rows = await db
    .selectFrom('goals')
    .selectAll()
    .where('engagementId', '=', engagementId)
    .orderBy('sortOrder')
    .orderBy('id')
    .execute()
  return { items: await toGoals(db, rows) }
}

export async function getGoal(db: Reader, id: number): Promise<Goal> {
  const [goal] = await toGoals(db, [await requireGoal(db, id)])
  if (!goal) throw notFound('goal')
  return goal
}

export async function goalCountsForEngagement(db: Reader, engagementId: number) {
  const row = await db
    .selectFrom('goals')
    .leftJoin('goalMeasurements', 'goalMeasurements.goalId', 'goals.id')
    .select((eb) => [
      eb.fn.count<number>('goals.id').distinct().as('goals'),
      eb.fn.count<number>('goalMeasurements.id').as('measurements')
    ])
    .where('goals.engagementId', '=', engagementId)
    .executeTakeFirstOrThrow()
  return { goals: Number(row.goals), measurements: Number(row.measurements) }
}

/** A linked growth area must come from the same engagement's assessment. */
async function checkGrowthArea(db: Reader, growthAreaId: number | null, engagementId: number): Promise<void> {
  if (growthAreaId === null) return
  const area = await pointedToBy('growthAreaId', getGrowthArea(db, growthAreaId))
  if (area.engagementId !== engagementId) {
    throw new AppError(
      'invalid_input',
      "That growth area belongs to another engagement: choose one of this engagement's growth areas.",
      'growthAreaId'
    )
  }
}

export async function createGoal(db: Writer, input: ChannelArgs<'goals:create'>): Promise<Goal> {
  const { engagementId, ...fields } = input
  await requireEngagement(db, engagementId, 'engagementId')
  await checkGrowthArea(db, fields.growthAreaId, engagementId)
  const { last } = await db
    .selectFrom('goals')
    .select((eb) => eb.fn.max<number | null>('sortOrder').as('last'))
    .where('engagementId', '=', engagementId)
    .executeTakeFirstOrThrow()
  const now = nowIso()
  const { id } = await db
    .insertInto('goals')
    .values({ ...fields, engagementId, sortOrder: (last ?? -1) + 1, createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  return getGoal(db, id)
}

/** Switching a goal to a 0–10 rating is refused while it has measurements off that scale. */
async function checkMeasureChange(db: Reader, goal: GoalRow, measure: Measure): Promise<void> {
  if (measure === goal.measure) return
  const measurements = await db.selectFrom('goalMeasurements').select('value').where('goalId', '=', goal.id).execute()
  if (measurements.some((row) => !fitsMeasure(measure, row.value))) {
    throw new AppError(
      'conflict',
      'This goal has measurements that are not whole numbers from 0 to 10, so it cannot become a rating. ' +
        'Change or delete those measurements first.',
      'measure'
    )
  }
}

export async function updateGoal(db: Writer, input: ChannelArgs<'goals:update'>): Promise<Goal> {
  const { id, ...fields } = input
  const goal = await requireGoal(db, id)
  await checkGrowthArea(db, fields.growthAreaId, goal.engagementId)
  await checkMeasureChange(db, goal, fields.measure)
  await db
    .updateTable('goals')
    .set({ ...fields, updatedAt: nowIso() })
    .where('id', '=', id)
    .execute()
  return getGoal(db, id)
}

/** Sets the status of goals (a final review's outcomes), in the caller's transaction. */
export async function setGoalStatuses(db: Writer, statuses: { goalId: number; status: GoalStatus }[]): Promise<void> {
  for (const { goalId, status } of statuses) {
    await db.updateTable('goals').set({ status, updatedAt: nowIso() }).where('id', '=', goalId).where('status', '!=', status).execute()
  }
}

/** Its measurements, actions, milestones and review outcomes go with it (foreign keys). */
export async function deleteGoal(db: Writer, id: number): Promise<{ id: number }> {
  const result = await db.deleteFrom('goals').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('goal')
  return { id }
}

function sameMembers(a: number[], b: number[]): boolean {
  const set = new Set(a)
  return a.length === b.length && set.size === a.length && b.every((id) => set.has(id))
}

export async function reorderGoals(db: Writer, input: ChannelArgs<'goals:reorder'>): Promise<{ items: Goal[] }> {
  await requireEngagement(db, input.engagementId, 'engagementId')
  const current = await db.selectFrom('goals').select('id').where('engagementId', '=', input.engagementId).execute()
  if (
    !sameMembers(
      current.map((row) => row.id),
      input.goalIds
    )
  ) {
    throw new AppError(
      'conflict',
      'The goals changed while you were reordering them. Reload the goals and try again.',
      'goalIds'
    )
  }
  for (const [sortOrder, id] of input.goalIds.entries()) {
    await db.updateTable('goals').set({ sortOrder }).where('id', '=', id).execute()
  }
  return listGoals(db, input.engagementId)
}

// ---- Measurements -------------------------------------------------------------------------

async function getMeasurement(db: Reader, id: number): Promise<Measurement> {
  const row = await db.selectFrom('goalMeasurements').select(MEASUREMENT_COLUMNS).where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('measurement')
  return row
}

/** The value must fit the goal's measure; a session named must be one of the goal's engagement. */
async function checkMeasurement(
  db: Reader,
  goal: GoalRow,
  fields: { value: number; sessionId: number | null }
): Promise<void> {
  if (!fitsMeasure(goal.measure, fields.value)) {
    throw new AppError('invalid_input', ratingMessage('The value'), 'value')
  }
  if (fields.sessionId !== null) await requireSessionOfEngagement(db, fields.sessionId, goal.engagementId)
}

export async function createMeasurement(db: Writer, input: ChannelArgs<'goals:createMeasurement'>): Promise<Measurement> {
  const { goalId, ...fields } = input
  const goal = await requireGoal(db, goalId, 'goalId')
  await checkMeasurement(db, goal, fields)
  const { id } = await db
    .insertInto('goalMeasurements')
    .values({ ...fields, goalId, createdAt: nowIso() })
    .returning('id')
    .executeTakeFirstOrThrow()
  return getMeasurement(db, id)
}

export async function updateMeasurement(db: Writer, input: ChannelArgs<'goals:updateMeasurement'>): Promise<Measurement> {
  const { id, ...fields } = input
  const existing = await getMeasurement(db, id)
  await checkMeasurement(db, await requireGoal(db, existing.goalId), fields)
  await db.updateTable('goalMeasurements').set(fields).where('id', '=', id).execute()
  return getMeasurement(db, id)
}

export async function deleteMeasurement(db: Writer, id: number): Promise<{ id: number }> {
  const result = await db.deleteFrom('goalMeasurements').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('measurement')
  return { id }
}
