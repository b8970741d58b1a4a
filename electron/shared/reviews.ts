import { z } from 'zod'
import { openActionsOnClosing } from './actions'
import { scoreSchema } from './assessment'
import { ACTIONS, MILESTONES } from './columns/actions'
import { ASSESSMENT_RESULTS, GROWTH_AREAS, INTAKE_NOTES, STAKEHOLDER_INTERVIEWS } from './columns/assessment'
import { readable, shapeOf, type ReadableKeys } from './columns/column'
import { GOAL_MEASUREMENTS, GOALS } from './columns/goals'
import { SESSION_INTRODUCTIONS, SESSIONS } from './columns/sessions'
import { ENGAGEMENT_STATUSES, SPONSOR_REPORTING_LEVELS } from './engagements'
import { ACHIEVED, GOAL_STATUSES, MEASURES } from './goals'
import { sessionCountsSchema } from './sessions'
import {
  choice,
  decimalNumber,
  flag,
  isoDate,
  LIMITS,
  longText,
  optionalIsoDate,
  recordId,
  wholeNumber
} from './text'

export const REVIEW_KINDS = ['midpoint', 'final'] as const
export const AUDIENCES = ['client', 'sponsor'] as const

export type ReviewKind = (typeof REVIEW_KINDS)[number]
export type Audience = (typeof AUDIENCES)[number]

export const REVIEW_KIND_LABELS: Record<ReviewKind, string> = { midpoint: 'Mid-point review', final: 'Final review' }

/** Which version of the summary a reader gets. */
export const AUDIENCE_LABELS: Record<Audience, string> = { client: 'Client version', sponsor: 'Sponsor version' }

/**
 * Who may read a note, in the one set of words used wherever a note is marked: private
 * things are in no summary, so "Private" never marks what the client's version shows.
 */
export const PRIVACY_MARKS = {
  private: { label: 'Private', meaning: 'Only you see it: it is in no summary.' },
  clientOnly: { label: 'Client only', meaning: 'In the client’s summary; never in the sponsor’s.' },
  shareable: {
    label: 'Shareable',
    meaning: 'In the client’s summary, and in the sponsor’s when the contract’s sponsor reporting is “Summary of shareable content”.'
  }
} as const

export type PrivacyMark = keyof typeof PRIVACY_MARKS

const outcomeRow = z
  .strictObject(
    {
      goalId: recordId,
      /** The current (mid-point) or final value, on the goal's measure. */
      value: decimalNumber('The value').nullable().default(null),
      achieved: choice(ACHIEVED, 'Choose whether the goal was achieved: yes, partly or no.').nullable().default(null),
      /**
       * A final review's goal partly or not achieved: the goal's status as the coach
       * confirms it (null leaves it as it is). Achieved makes the goal Achieved.
       */
      goalStatus: choice(GOAL_STATUSES, 'Choose not started, on track, at risk, achieved or dropped.').nullable().default(null)
    },
    { error: 'Each outcome names a goal, with its value and whether it was achieved.' }
  )
  .refine((row) => row.goalStatus === null || row.achieved === 'partly' || row.achieved === 'no', {
    path: ['goalStatus'],
    message: "Confirm the goal's status only for a goal partly or not achieved."
  })

const reviewFields = z.strictObject({
  heldOn: isoDate('The review date'),
  /** One row per goal reviewed; replaces the review's outcomes as a whole. */
  outcomes: z
    .array(outcomeRow, { error: 'The outcomes must be a list.' })
    .max(LIMITS.rowsPerList, `A review can have at most ${LIMITS.rowsPerList} outcomes.`)
    .default([])
    .superRefine((rows, ctx) => {
      const seen = new Set<number>()
      rows.forEach((row, index) => {
        if (seen.has(row.goalId)) {
          ctx.addIssue({ code: 'custom', path: [index, 'goalId'], message: 'This goal is already in the review.' })
        }
        seen.add(row.goalId)
      })
    }),
  keyLearnings: longText('The key learnings'),
  sustainPlan: longText('The plan to sustain the change'),
  /** The client's own words: in the client summary always, in the sponsor's only if shareable. */
  clientFeedback: longText("The client's feedback"),
  clientFeedbackShareable: flag('Shareable'),
  clientRating: wholeNumber("The client's rating", 1, 10).nullable().default(null),
  followUpOn: optionalIsoDate('The follow-up date')
})

function followUpAfterReview<T extends { heldOn: string; followUpOn: string | null }>(
  value: T,
  ctx: z.RefinementCtx<T>
): void {
  if (value.followUpOn !== null && value.followUpOn < value.heldOn) {
    ctx.addIssue({ code: 'custom', path: ['followUpOn'], message: 'Choose a follow-up date after the review date.' })
  }
}

export const outcomeSchema = z.object({
  goalId: z.number(),
  goalStatement: z.string(),
  measure: z.enum(MEASURES),
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  value: z.number().nullable(),
  achieved: z.enum(ACHIEVED).nullable(),
  /** The goal's status now. */
  goalStatus: z.enum(GOAL_STATUSES)
})

export const reviewSchema = z.object({
  id: z.number(),
  engagementId: z.number(),
  kind: z.enum(REVIEW_KINDS),
  heldOn: z.string(),
  /** In the goals' order. */
  outcomes: z.array(outcomeSchema),
  keyLearnings: z.string(),
  sustainPlan: z.string(),
  clientFeedback: z.string(),
  clientFeedbackShareable: z.boolean(),
  clientRating: z.number().nullable(),
  followUpOn: z.string().nullable(),
  /** When the coach completed it; null while it is a draft. */
  completedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string()
})

// ---- The end-of-engagement summary ----------------------------------------------
// Sections a given audience may not see are null (never an empty stand-in), so the
// screen can tell "not shown to this reader" from "nothing recorded".

/**
 * What the summary takes of each record: the privacy field lists of the tables' column
 * lists (electron/shared/columns/). Shareable fields reach both readers (the sponsor as
 * the reporting level allows), the client's own only the client, and a marked record's
 * fields both once the coach marked it shareable. Everything else, private to the coach,
 * is in no summary. main/reviews/summary.ts picks exactly these.
 */
export const SUMMARY_FIELDS = {
  goal: readable(GOALS, 'shareable'),
  goalDetails: readable(GOALS, 'clientOnly'),
  measurement: readable(GOAL_MEASUREMENTS, 'clientOnly'),
  milestone: readable(MILESTONES, 'clientOnly'),
  /** A done action as the client's summary lists it: a few of its fields, all the client's own. */
  doneAction: ['description', 'owner', 'doneOn'] as const satisfies readonly ReadableKeys<typeof ACTIONS.columns, 'clientOnly'>[],
  intakeNote: readable(INTAKE_NOTES, 'marked'),
  interview: readable(STAKEHOLDER_INTERVIEWS, 'marked'),
  result: readable(ASSESSMENT_RESULTS, 'marked'),
  growthArea: readable(GROWTH_AREAS, 'marked'),
  /** A held session's record beyond its notes: the client's only. */
  sessionDetails: readable(SESSIONS, 'clientOnly'),
  introduction: readable(SESSION_INTRODUCTIONS, 'clientOnly')
}

const nullable = <T extends Record<string, z.ZodType>>(shape: T) =>
  Object.fromEntries(Object.entries(shape).map(([name, value]) => [name, value.nullable()])) as { [K in keyof T]: z.ZodNullable<T[K]> }

export const summaryGoalSchema = z.object({
  id: z.number(),
  ...shapeOf(GOALS, SUMMARY_FIELDS.goal),
  /** The most recent measurement. */
  latestValue: z.number().nullable(),
  /** The value recorded in the summary's review. */
  finalValue: z.number().nullable(),
  achieved: z.enum(ACHIEVED).nullable(),
  /** Client only: the rest of the goal and its measurements (date and value) for charts. */
  details: z
    .object({
      ...shapeOf(GOALS, SUMMARY_FIELDS.goalDetails),
      measurements: z.array(z.object(shapeOf(GOAL_MEASUREMENTS, SUMMARY_FIELDS.measurement)))
    })
    .nullable()
})

export const summarySchema = z.object({
  audience: z.enum(AUDIENCES),
  /** The engagement's sponsor-reporting level, which shaped a sponsor summary. */
  reportingLevel: z.enum(SPONSOR_REPORTING_LEVELS),
  engagement: z.object({
    id: z.number(),
    title: z.string(),
    clientName: z.string(),
    kind: z.string(),
    isMentoring: z.boolean(),
    sponsorOrganisation: z.string().nullable(),
    sponsorContact: z.string().nullable(),
    startDate: z.string().nullable(),
    plannedEndDate: z.string().nullable(),
    /** The day it was completed or cancelled. */
    endedOn: z.string().nullable(),
    status: z.enum(ENGAGEMENT_STATUSES)
  }),
  sessions: sessionCountsSchema.extend({
    heldHours: z.number(),
    firstHeldAt: z.string().nullable(),
    lastHeldAt: z.string().nullable()
  }),
  goals: z.array(summaryGoalSchema).nullable(),
  actions: z
    .object({
      done: z.number(),
      open: z.number(),
      dropped: z.number(),
      /** Client only. */
      doneItems: z.array(z.object(shapeOf(ACTIONS, SUMMARY_FIELDS.doneAction))).nullable()
    })
    .nullable(),
  /** Client only. */
  milestones: z.array(z.object(shapeOf(MILESTONES, SUMMARY_FIELDS.milestone))).nullable(),
  /** Shareable items only. Client, and sponsor at the "summary" level. */
  assessment: z
    .object({
      intakeNotes: z.array(z.object(shapeOf(INTAKE_NOTES, SUMMARY_FIELDS.intakeNote))),
      interviews: z.array(z.object(shapeOf(STAKEHOLDER_INTERVIEWS, SUMMARY_FIELDS.interview))),
      results: z.array(z.object({ ...shapeOf(ASSESSMENT_RESULTS, SUMMARY_FIELDS.result), scores: z.array(scoreSchema) })),
      /** Only those agreed with the client. */
      growthAreas: z.array(z.object(shapeOf(GROWTH_AREAS, SUMMARY_FIELDS.growthArea)))
    })
    .nullable(),
  /**
   * Held sessions. Client: every one, with its shareable notes (else null). Sponsor at
   * the "summary" level: only those with shareable notes, and nothing but the notes.
   */
  sessionRecords: z
    .array(
      z.object({
        number: z.number().nullable(),
        startsAt: z.string(),
        sharedNotes: z.string().nullable(),
        /** The client's only: null for the sponsor. */
        ...nullable(shapeOf(SESSIONS, SUMMARY_FIELDS.sessionDetails))
      })
    )
    .nullable(),
  /** Client: each introduction. Sponsor (progress and up): the count only, items null. */
  introductions: z
    .object({
      count: z.number(),
      items: z.array(z.object(shapeOf(SESSION_INTRODUCTIONS, SUMMARY_FIELDS.introduction))).nullable()
    })
    .nullable(),
  /** The final review if there is one, else the latest mid-point review. Client, and sponsor at "summary". */
  review: z
    .object({
      kind: z.enum(REVIEW_KINDS),
      heldOn: z.string(),
      completed: z.boolean(),
      keyLearnings: z.string(),
      sustainPlan: z.string(),
      followUpOn: z.string().nullable(),
      /** For the sponsor, only when the client marked it shareable. */
      clientFeedback: z.object({ text: z.string(), rating: z.number().nullable() }).nullable()
    })
    .nullable()
})

const byId = z.strictObject({ id: recordId })

export const reviewsContract = {
  /** Oldest first. */
  'reviews:listForEngagement': {
    input: z.strictObject({ engagementId: recordId }),
    output: z.object({ items: z.array(reviewSchema) })
  },
  'reviews:get': { input: byId, output: reviewSchema },
  'reviews:create': {
    input: reviewFields
      .extend({
        engagementId: recordId,
        kind: choice(REVIEW_KINDS, 'Choose a mid-point or a final review.')
      })
      .superRefine(followUpAfterReview),
    output: reviewSchema
  },
  'reviews:update': {
    input: reviewFields.extend({ id: recordId }).superRefine(followUpAfterReview),
    output: reviewSchema
  },
  /**
   * Completing the final review also completes the engagement, on the review's date,
   * doing with its open actions what `openActions` says.
   */
  'reviews:complete': { input: byId.extend({ openActions: openActionsOnClosing }), output: reviewSchema },
  'reviews:delete': { input: byId, output: z.object({ id: z.number() }) },
  /** The end-of-engagement summary, as the given reader may see it (screen and PDF). */
  'reviews:summary': {
    input: z.strictObject({
      engagementId: recordId,
      audience: choice(AUDIENCES, 'Choose the client or the sponsor version.')
    }),
    output: summarySchema
  }
} as const

export type Review = z.output<typeof reviewSchema>
export type ReviewOutcome = z.output<typeof outcomeSchema>
export type ReviewFields = z.output<typeof reviewFields>
export type Summary = z.output<typeof summarySchema>
export type SummaryGoal = z.output<typeof summaryGoalSchema>
