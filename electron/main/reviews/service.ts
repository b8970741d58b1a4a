import type { Selectable } from 'kysely'
import type { OpenActionsOnClosing } from '../../shared/actions'
import type { ChannelArgs } from '../../shared/contract'
import { fitsMeasure, ratingMessage, type Goal } from '../../shared/goals'
import { REVIEW_KIND_LABELS, type Review, type ReviewFields, type ReviewKind } from '../../shared/reviews'
import { nowIso } from '../clock'
import type { Reader, Writer } from '../db/door'
import { fromFlag, toFlag } from '../db/values'
import { changeStatus, requireEngagement } from '../engagements'
import { AppError, notFound } from '../errors'
import { listGoals, setGoalStatuses } from '../goals'
import type { ReviewsTable } from './tables'

type ReviewRow = Selectable<ReviewsTable>

/** Reviews of one engagement with their outcomes, each outcome told with its goal's baseline and target. */
async function toReviews(db: Reader, engagementId: number, rows: ReviewRow[]): Promise<Review[]> {
  if (rows.length === 0) return []
  const { items: goals } = await listGoals(db, engagementId)
  const outcomes = await db
    .selectFrom('reviewOutcomes')
    .selectAll()
    .where(
      'reviewId',
      'in',
      rows.map((row) => row.id)
    )
    .execute()
  return rows.map((row) => ({
    ...row,
    clientFeedbackShareable: fromFlag(row.clientFeedbackShareable),
    // In the goals' order, which is the order the coach keeps them in.
    outcomes: goals.flatMap((goal) => {
      const outcome = outcomes.find((candidate) => candidate.reviewId === row.id && candidate.goalId === goal.id)
      if (!outcome) return []
      return [
        {
          goalId: goal.id,
          goalStatement: goal.statement,
          measure: goal.measure,
          baseline: goal.baseline,
          target: goal.target,
          value: outcome.value,
          achieved: outcome.achieved,
          goalStatus: goal.status
        }
      ]
    })
  }))
}

/** Oldest first. */
export async function listReviews(db: Reader, engagementId: number): Promise<{ items: Review[] }> {
  await requireEngagement(db, engagementId)
  const rows = await db
    .selectFrom('reviews')
    .selectAll()
    .where('engagementId', '=', engagementId)
    .orderBy('heldOn')
    .orderBy('id')
    .execute()
  return { items: await toReviews(db, engagementId, rows) }
}

async function requireReview(db: Reader, id: number): Promise<ReviewRow> {
  const row = await db.selectFrom('reviews').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('review')
  return row
}

export async function getReview(db: Reader, id: number): Promise<Review> {
  const row = await requireReview(db, id)
  const [review] = await toReviews(db, row.engagementId, [row])
  if (!review) throw notFound('review')
  return review
}

export async function reviewCountsForEngagement(db: Reader, engagementId: number) {
  const row = await db
    .selectFrom('reviews')
    .select((eb) => eb.fn.countAll<number>().as('reviews'))
    .where('engagementId', '=', engagementId)
    .executeTakeFirstOrThrow()
  return { reviews: Number(row.reviews) }
}

/**
 * Each outcome must name one of the engagement's goals, with a value on that goal's
 * measure; only a final review confirms a goal's status.
 */
function checkOutcomes(kind: ReviewKind, outcomes: ReviewFields['outcomes'], goals: Goal[]): void {
  outcomes.forEach((outcome, index) => {
    if (kind !== 'final' && outcome.goalStatus !== null) {
      throw new AppError(
        'invalid_input',
        "A goal's status is confirmed in the final review; change it on the goal itself.",
        `outcomes.${index}.goalStatus`
      )
    }
    const goal = goals.find((candidate) => candidate.id === outcome.goalId)
    if (!goal) {
      throw new AppError(
        'invalid_input',
        "That goal is not one of this engagement's goals. Reload the review and try again.",
        `outcomes.${index}.goalId`
      )
    }
    if (outcome.value !== null && !fitsMeasure(goal.measure, outcome.value)) {
      throw new AppError('invalid_input', ratingMessage('The value'), `outcomes.${index}.value`)
    }
  })
}

async function replaceOutcomes(db: Writer, reviewId: number, outcomes: ReviewFields['outcomes']): Promise<void> {
  await db.deleteFrom('reviewOutcomes').where('reviewId', '=', reviewId).execute()
  if (outcomes.length === 0) return
  await db
    .insertInto('reviewOutcomes')
    .values(outcomes.map(({ goalStatus: _goalStatus, ...outcome }) => ({ ...outcome, reviewId })))
    .execute()
}

/**
 * A final review's outcomes are the goals' standing at the end: achieved makes a goal
 * Achieved; partly or not achieved leaves it as it is unless the coach confirmed another
 * status in the review.
 */
async function updateGoalsFromOutcomes(db: Writer, kind: ReviewKind, outcomes: ReviewFields['outcomes']): Promise<void> {
  if (kind !== 'final') return
  await setGoalStatuses(
    db,
    outcomes.flatMap(({ goalId, achieved, goalStatus }) => {
      const status = achieved === 'yes' ? 'achieved' : goalStatus
      return status === null ? [] : [{ goalId, status }]
    })
  )
}

function reviewColumns(fields: ReviewFields) {
  const { outcomes: _outcomes, ...columns } = fields
  return { ...columns, clientFeedbackShareable: toFlag(fields.clientFeedbackShareable) }
}

export async function createReview(db: Writer, input: ChannelArgs<'reviews:create'>): Promise<Review> {
  const { engagementId, kind, ...fields } = input
  await requireEngagement(db, engagementId, 'engagementId')
  if (kind === 'final') {
    const existing = await db
      .selectFrom('reviews')
      .select('id')
      .where('engagementId', '=', engagementId)
      .where('kind', '=', 'final')
      .executeTakeFirst()
    if (existing) {
      throw new AppError('conflict', 'This engagement already has a final review: open that one instead.', 'kind')
    }
  }
  checkOutcomes(kind, fields.outcomes, (await listGoals(db, engagementId)).items)
  const now = nowIso()
  const { id } = await db
    .insertInto('reviews')
    .values({ ...reviewColumns(fields), engagementId, kind, completedAt: null, createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  await replaceOutcomes(db, id, fields.outcomes)
  await updateGoalsFromOutcomes(db, kind, fields.outcomes)
  return getReview(db, id)
}

/** A completed review stays editable (a typo, a late feedback score); completing is not undone. */
export async function updateReview(db: Writer, input: ChannelArgs<'reviews:update'>): Promise<Review> {
  const { id, ...fields } = input
  const review = await requireReview(db, id)
  checkOutcomes(review.kind, fields.outcomes, (await listGoals(db, review.engagementId)).items)
  await db
    .updateTable('reviews')
    .set({ ...reviewColumns(fields), updatedAt: nowIso() })
    .where('id', '=', id)
    .execute()
  await replaceOutcomes(db, id, fields.outcomes)
  await updateGoalsFromOutcomes(db, review.kind, fields.outcomes)
  return getReview(db, id)
}

/** The engagement's refusal, told against the review's own fields. */
async function completeEngagement(trx: Writer, review: ReviewRow, openActions: OpenActionsOnClosing): Promise<void> {
  try {
    await changeStatus(trx, review.engagementId, {
      status: 'completed',
      date: review.heldOn,
      note: `${REVIEW_KIND_LABELS.final} completed.`,
      openActions
    })
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    const field = error.field === 'date' ? 'heldOn' : undefined
    throw new AppError(error.code, `The engagement cannot be completed on this review. ${error.message}`, field, error.dates)
  }
}

/**
 * Completing the final review closes the engagement on the review's date. Both happen
 * in the one transaction of the write: if the engagement cannot be completed (e.g. it
 * was cancelled), the review stays a draft too.
 */
export async function completeReview(db: Writer, { id, openActions }: ChannelArgs<'reviews:complete'>): Promise<Review> {
  const review = await requireReview(db, id)
  if (review.completedAt !== null) throw new AppError('conflict', 'This review is already completed.')
  await db.updateTable('reviews').set({ completedAt: nowIso(), updatedAt: nowIso() }).where('id', '=', id).execute()
  if (review.kind === 'final') await completeEngagement(db, review, openActions)
  return getReview(db, id)
}

export async function deleteReview(db: Writer, id: number): Promise<{ id: number }> {
  const result = await db.deleteFrom('reviews').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('review')
  return { id }
}
