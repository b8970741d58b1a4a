import { z } from 'zod'
import { pluralOf } from './words'
import {
  choice,
  decimalNumber,
  isoDate,
  LIMITS,
  longText,
  optionalIsoDate,
  optionalRecordId,
  optionalText,
  recordId,
  requiredText,
  wholeNumber
} from './text'

export const GOAL_STATUSES = ['not_started', 'on_track', 'at_risk', 'achieved', 'dropped'] as const
export const PRIORITIES = ['high', 'medium', 'low'] as const
/**
 * How a goal's progress is measured. 'number': any number in the goal's unit (hours a
 * week, % of meetings…). 'rating': a whole number from 0 to 10. Baseline, target and
 * every measurement of the goal are plain numbers on that scale.
 */
export const MEASURES = ['number', 'rating'] as const
export const RATING = { min: 0, max: 10 } as const
/** Whether a review found a goal achieved. */
export const ACHIEVED = ['yes', 'partly', 'no'] as const

export type GoalStatus = (typeof GOAL_STATUSES)[number]
export type Achieved = (typeof ACHIEVED)[number]
export type Measure = (typeof MEASURES)[number]
export type Priority = (typeof PRIORITIES)[number]

export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  not_started: 'Not started',
  on_track: 'On track',
  at_risk: 'At risk',
  achieved: 'Achieved',
  dropped: 'Dropped'
}

export const PRIORITY_LABELS: Record<Priority, string> = { high: 'High', medium: 'Medium', low: 'Low' }

export const MEASURE_LABELS: Record<Measure, string> = { rating: 'A 0–10 rating', number: 'A number' }

/** What a review found, and the answer to "Achieved?" in the review form. */
export const ACHIEVED_WORDS: Record<Achieved, { label: string; answer: string }> = {
  yes: { label: 'Achieved', answer: 'Yes' },
  partly: { label: 'Partly achieved', answer: 'Partly' },
  no: { label: 'Not achieved', answer: 'No' }
}

/** True when `value` fits the goal's measure. */
export function fitsMeasure(measure: Measure, value: number): boolean {
  return measure === 'number' || (Number.isInteger(value) && value >= RATING.min && value <= RATING.max)
}

/** What a goal's values are in: its measure and, for a number, its unit (and the unit for one). */
export interface GoalMeasure {
  measure: Measure
  unit: string | null
  unitOne: string | null
}

/**
 * The unit that agrees with `value` as it is written (two decimals at most): "1 hour a
 * week", "1.5 hours a week". Without a singular given, the unit serves for every value.
 */
export function unitFor(goal: GoalMeasure, value: number): string | null {
  if (!goal.unit) return null
  return pluralOf(value, { one: goal.unitOne ?? goal.unit, other: goal.unit }, { maximumFractionDigits: 2 })
}

export function ratingMessage(label: string): string {
  return `${label} is a rating: use a whole number from ${RATING.min} to ${RATING.max}.`
}

const goalFields = z.strictObject({
  statement: requiredText('The goal', LIMITS.statement, 'Write the goal, such as "Delegate the weekly report by June".'),
  whyItMatters: longText('Why it matters'),
  successIndicator: longText('The success indicator'),
  observableBehaviours: longText('The observable behaviours'),
  measure: choice(MEASURES, 'Choose whether progress is a number or a 0–10 rating.').default('rating'),
  /** For a 'number' measure: what the number counts, e.g. "hours a week". */
  unit: optionalText('The unit', LIMITS.shortText),
  /** The unit said of one, e.g. "hour a week": "1 hour a week". Left out: the unit itself. */
  unitOne: optionalText('The unit for one', LIMITS.shortText),
  baseline: decimalNumber('The baseline').nullable().default(null),
  target: decimalNumber('The target').nullable().default(null),
  deadline: optionalIsoDate('The deadline'),
  priority: choice(PRIORITIES, 'Choose high, medium or low priority.').default('medium'),
  growthAreaId: optionalRecordId,
  status: choice(GOAL_STATUSES, 'Choose not started, on track, at risk, achieved or dropped.').default('not_started'),
  /** How confident the client is of reaching it, 0–10. */
  confidence: wholeNumber('The confidence', 0, 10).nullable().default(null)
})

function valuesFitMeasure<T extends { measure: Measure; baseline: number | null; target: number | null }>(
  value: T,
  ctx: z.RefinementCtx<T>
): void {
  for (const [field, label] of [
    ['baseline', 'The baseline'],
    ['target', 'The target']
  ] as const) {
    const number = value[field]
    if (number !== null && !fitsMeasure(value.measure, number)) {
      ctx.addIssue({ code: 'custom', path: [field], message: ratingMessage(label) })
    }
  }
}

const measurementFields = z.strictObject({
  measuredOn: isoDate('The date'),
  /** On the goal's measure: a whole number 0–10 for a rating goal. */
  value: decimalNumber('The value'),
  comment: longText('The comment'),
  /** The session it was taken in (a quick progress rating), if any. */
  sessionId: optionalRecordId
})

export const measurementSchema = z.object({
  id: z.number(),
  goalId: z.number(),
  measuredOn: z.string(),
  value: z.number(),
  comment: z.string(),
  sessionId: z.number().nullable(),
  createdAt: z.string()
})

export const goalSchema = z.object({
  id: z.number(),
  engagementId: z.number(),
  statement: z.string(),
  whyItMatters: z.string(),
  successIndicator: z.string(),
  observableBehaviours: z.string(),
  measure: z.enum(MEASURES),
  unit: z.string().nullable(),
  unitOne: z.string().nullable(),
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  deadline: z.string().nullable(),
  priority: z.enum(PRIORITIES),
  growthArea: z.object({ id: z.number(), title: z.string() }).nullable(),
  status: z.enum(GOAL_STATUSES),
  confidence: z.number().nullable(),
  sortOrder: z.number(),
  /** Oldest first, ready for a chart. */
  measurements: z.array(measurementSchema),
  /** The most recent measurement's value (by date), or null. */
  latestValue: z.number().nullable(),
  /** Whether the engagement's final review found it achieved; null until one says. */
  finalOutcome: z.enum(ACHIEVED).nullable(),
  createdAt: z.string(),
  updatedAt: z.string()
})

const byId = z.strictObject({ id: recordId })
const deleted = z.object({ id: z.number() })

export const goalsContract = {
  /** In the coach's order (see goals:reorder), each with its measurements. */
  'goals:listForEngagement': {
    input: z.strictObject({ engagementId: recordId }),
    output: z.object({ items: z.array(goalSchema) })
  },
  'goals:get': { input: byId, output: goalSchema },
  'goals:create': {
    input: goalFields.extend({ engagementId: recordId }).superRefine(valuesFitMeasure),
    output: goalSchema
  },
  'goals:update': {
    input: goalFields.extend({ id: recordId }).superRefine(valuesFitMeasure),
    output: goalSchema
  },
  /** Its measurements, actions and milestones go with it. */
  'goals:delete': { input: byId, output: deleted },
  /** Every goal of the engagement, in the new order. */
  'goals:reorder': {
    input: z.strictObject({
      engagementId: recordId,
      goalIds: z
        .array(recordId, { error: 'The goals to reorder must be a list of goal ids.' })
        .max(LIMITS.rowsPerList, 'Too many goals to reorder at once.')
    }),
    output: z.object({ items: z.array(goalSchema) })
  },
  'goals:createMeasurement': {
    input: measurementFields.extend({ goalId: recordId }),
    output: measurementSchema
  },
  'goals:updateMeasurement': {
    input: measurementFields.extend({ id: recordId }),
    output: measurementSchema
  },
  'goals:deleteMeasurement': { input: byId, output: deleted }
} as const

export type Goal = z.output<typeof goalSchema>
export type Measurement = z.output<typeof measurementSchema>
export type GoalFields = z.output<typeof goalFields>
export type MeasurementFields = z.output<typeof measurementFields>
