import { z } from 'zod'
import { ACTION_OWNERS, openActionsOnClosing } from './actions'
import { INSTRUMENTS, scoreSchema } from './assessment'
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

const summaryMeasurement = z.object({ measuredOn: z.string(), value: z.number() })

export const summaryGoalSchema = z.object({
  id: z.number(),
  statement: z.string(),
  status: z.enum(GOAL_STATUSES),
  measure: z.enum(MEASURES),
  unit: z.string().nullable(),
  unitOne: z.string().nullable(),
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  /** The most recent measurement. */
  latestValue: z.number().nullable(),
  /** The value recorded in the summary's review. */
  finalValue: z.number().nullable(),
  achieved: z.enum(ACHIEVED).nullable(),
  /** Client only: the rest of the goal and its measurements (date and value) for charts. */
  details: z
    .object({
      whyItMatters: z.string(),
      successIndicator: z.string(),
      observableBehaviours: z.string(),
      deadline: z.string().nullable(),
      measurements: z.array(summaryMeasurement)
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
      doneItems: z
        .array(z.object({ description: z.string(), owner: z.enum(ACTION_OWNERS), doneOn: z.string().nullable() }))
        .nullable()
    })
    .nullable(),
  /** Client only. */
  milestones: z.array(z.object({ title: z.string(), dueOn: z.string(), reached: z.boolean() })).nullable(),
  /** Shareable items only. Client, and sponsor at the "summary" level. */
  assessment: z
    .object({
      intakeNotes: z.array(
        z.object({ notedOn: z.string(), whatBrought: z.string(), context: z.string(), hopes: z.string() })
      ),
      interviews: z.array(
        z.object({
          stakeholderName: z.string(),
          relationship: z.string().nullable(),
          interviewedOn: z.string(),
          notes: z.string()
        })
      ),
      results: z.array(
        z.object({
          instrument: z.enum(INSTRUMENTS),
          instrumentName: z.string().nullable(),
          takenOn: z.string(),
          scores: z.array(scoreSchema),
          interpretation: z.string()
        })
      ),
      /** Only those agreed with the client. */
      growthAreas: z.array(z.object({ title: z.string(), description: z.string() }))
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
        agenda: z.string().nullable(),
        nextFocus: z.string().nullable(),
        topicsDiscussed: z.string().nullable(),
        adviceGiven: z.string().nullable()
      })
    )
    .nullable(),
  /** Client: each introduction. Sponsor (progress and up): the count only, items null. */
  introductions: z
    .object({
      count: z.number(),
      items: z.array(z.object({ introducedTo: z.string(), reason: z.string(), outcome: z.string() })).nullable()
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
