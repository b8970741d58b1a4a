import { z } from 'zod'
import { openActionsOnClosing } from './actions'
import { currencyCode, formatMoney } from './money'
import {
  choice,
  flag,
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

export const ENGAGEMENT_STATUSES = ['prospect', 'active', 'paused', 'completed', 'cancelled'] as const
export const CADENCES = ['weekly', 'fortnightly', 'monthly', 'as_needed'] as const
export const FEE_BASES = ['per_session', 'package', 'monthly_retainer'] as const
/** What the sponsor may see in the end-of-engagement summary. */
export const SPONSOR_REPORTING_LEVELS = ['none', 'progress', 'summary'] as const

/**
 * The sponsor reporting levels in words: the one set the contract, the summary and the
 * sponsor's PDF all use, so what the coach agreed is what the sponsor is told.
 */
export const SPONSOR_REPORTING: Record<(typeof SPONSOR_REPORTING_LEVELS)[number], { label: string; explanation: string }> = {
  none: {
    label: 'Nothing',
    explanation: 'The sponsor learns only that the engagement ran: its dates and attendance. No goals, no notes.'
  },
  progress: {
    label: 'Progress only',
    explanation:
      'The sponsor sees attendance and the goals with how far each came; notes, the assessment and the client’s words stay between client and coach.'
  },
  summary: {
    label: 'Summary of shareable content',
    explanation:
      'The sponsor sees attendance, the goals and their progress, and what was marked shareable: assessment items, notes, learnings, the plan to sustain the change and shareable feedback. Private notes never.'
  }
}

export type EngagementStatus = (typeof ENGAGEMENT_STATUSES)[number]
export type Cadence = (typeof CADENCES)[number]
export type FeeBasis = (typeof FEE_BASES)[number]
export type SponsorReportingLevel = (typeof SPONSOR_REPORTING_LEVELS)[number]

/** Each status, and the command that moves an engagement to it. */
export const ENGAGEMENT_STATUS_WORDS: Record<EngagementStatus, { label: string; command: string }> = {
  prospect: { label: 'Prospect', command: 'Back to prospect' },
  active: { label: 'Active', command: 'Start or resume' },
  paused: { label: 'Paused', command: 'Pause' },
  completed: { label: 'Completed', command: 'Mark completed' },
  cancelled: { label: 'Cancelled', command: 'Cancel engagement' }
}

export const CADENCE_LABELS: Record<Cadence, string> = {
  weekly: 'Weekly',
  fortnightly: 'Fortnightly',
  monthly: 'Monthly',
  as_needed: 'As needed'
}

/** Each fee basis: its label, what the amount is for after it, and under the amount typed. */
export const FEE_BASIS_WORDS: Record<FeeBasis, { label: string; afterAmount: string; amountFor: string }> = {
  per_session: { label: 'Per session', afterAmount: 'per session', amountFor: 'For each session.' },
  package: { label: 'Package', afterAmount: 'for the package', amountFor: 'For the whole package.' },
  monthly_retainer: { label: 'Monthly retainer', afterAmount: 'a month (retainer)', amountFor: 'For each month, from the start date.' }
}

/** "€1,500.00 for the package", "£150.00 per session" or "€900.00 a month (retainer)", in the locale given (the computer's when left out). */
export function formatFee(fee: { amountMinor: number; currency: string; basis: FeeBasis }, locale?: string): string {
  return `${formatMoney(fee.amountMinor, fee.currency, locale)} ${FEE_BASIS_WORDS[fee.basis].afterAmount}`
}

/**
 * Where an engagement may go from each status. Completed and cancelled are final:
 * further work with the same client is a new engagement, with its own contract.
 */
export const STATUS_TRANSITIONS: Readonly<Record<EngagementStatus, readonly EngagementStatus[]>> = {
  prospect: ['active', 'cancelled'],
  active: ['paused', 'completed', 'cancelled'],
  paused: ['active', 'completed', 'cancelled'],
  completed: [],
  cancelled: []
}

/** Completed or cancelled: nothing more happens in it. */
export function isClosed(status: EngagementStatus): boolean {
  return STATUS_TRANSITIONS[status].length === 0
}

export const SESSION_MINUTES = { min: 5, max: 600 } as const
export const PLANNED_SESSIONS = { min: 1, max: 500 } as const

const status = choice(ENGAGEMENT_STATUSES, 'Choose prospect, active, paused, completed or cancelled.')
const cadence = choice(CADENCES, 'Choose weekly, fortnightly, monthly or as needed.')
const plannedSessions = wholeNumber('The number of planned sessions', PLANNED_SESSIONS.min, PLANNED_SESSIONS.max)
const sessionMinutes = wholeNumber('The session length in minutes', SESSION_MINUTES.min, SESSION_MINUTES.max)

export const feeFields = z.strictObject(
  {
    /** In the currency's minor unit: 150.00 EUR is 15000. See shared/money.ts. */
    amountMinor: wholeNumber('The fee', 0, 1_000_000_000_000),
    currency: currencyCode,
    basis: choice(FEE_BASES, 'Choose whether the fee is per session, for a package or a monthly retainer.')
  },
  { error: 'The fee needs an amount, a currency and whether it is per session or a package.' }
)

/** The contracting terms a coach edits. Status changes have their own channel. */
const engagementFields = z.strictObject({
  kindId: recordId,
  /** Empty means "use the kind's name", e.g. "Executive coaching". */
  title: optionalText('The title', LIMITS.shortText),
  sponsorOrganisationId: optionalRecordId,
  sponsorContactId: optionalRecordId,
  startDate: optionalIsoDate('The start date'),
  plannedEndDate: optionalIsoDate('The planned end date'),
  /** Left out: the kind's default. null: open-ended, as mentoring usually is. */
  plannedSessions: plannedSessions.nullable().optional(),
  /** Left out: the kind's default. */
  sessionMinutes: sessionMinutes.optional(),
  /** Left out: the kind's default (as needed for mentoring). */
  cadence: cadence.optional(),
  /** null: no fee recorded (pro bono, or not agreed yet). */
  fee: feeFields.nullable().default(null),
  cancellationTerms: longText('The cancellation terms'),
  confidentialityTerms: longText('The confidentiality terms'),
  sponsorReporting: choice(
    SPONSOR_REPORTING_LEVELS,
    'Choose what the sponsor may see: nothing, progress, or a summary.'
  ).default('none'),
  recordsConsentOn: optionalIsoDate('The date of consent to keep records'),
  disposalOn: optionalIsoDate('The disposal date')
})

interface ContractingRuleFields {
  startDate: string | null
  plannedEndDate: string | null
  sponsorOrganisationId: number | null
  sponsorContactId: number | null
}

/** Rules across fields, reported on the field the coach should change. */
function contractingRules<T extends ContractingRuleFields>(value: T, ctx: z.RefinementCtx<T>): void {
  if (value.startDate && value.plannedEndDate && value.plannedEndDate < value.startDate) {
    ctx.addIssue({ code: 'custom', path: ['plannedEndDate'], message: 'Choose a planned end date after the start date.' })
  }
  if (value.sponsorContactId !== null && value.sponsorOrganisationId === null) {
    ctx.addIssue({
      code: 'custom',
      path: ['sponsorOrganisationId'],
      message: 'Choose the sponsor organisation the sponsor contact works for.'
    })
  }
}

export const createEngagementInput = engagementFields
  .extend({
    clientId: recordId,
    /** An engagement starts as a prospect, or straight away as active. */
    status: choice(['prospect', 'active'], 'A new engagement starts as a prospect or as active.').default('prospect'),
    /**
     * The day of that first status. Left out: for an active engagement its start date
     * (or today, which then becomes its start date); for a prospect today, or the start
     * date if that is already past.
     */
    statusDate: optionalIsoDate('The status date')
  })
  .superRefine(contractingRules)

export const updateEngagementInput = engagementFields.extend({ id: recordId }).superRefine(contractingRules)

/** A kind the coach makes or changes. Left-out defaults are filled as for a new kind. */
const kindFields = z.strictObject({
  name: requiredText('The name', LIMITS.name, 'Name the kind of engagement, such as "Team coaching".'),
  isMentoring: flag('Mentoring'),
  /** Left out: none for mentoring, 6 for coaching. null: open-ended. */
  defaultPlannedSessions: plannedSessions.nullable().optional(),
  /** Left out: as needed for mentoring, fortnightly for coaching. */
  defaultCadence: cadence.optional(),
  defaultSessionMinutes: sessionMinutes.default(60)
})

export const kindSchema = z.object({
  id: z.number(),
  name: z.string(),
  isMentoring: z.boolean(),
  builtIn: z.boolean(),
  /** What a new engagement of this kind starts with; null sessions means open-ended. */
  defaultPlannedSessions: z.number().nullable(),
  defaultCadence: z.enum(CADENCES),
  defaultSessionMinutes: z.number(),
  /** How many engagements are of this kind: a kind in use cannot be deleted. */
  engagementCount: z.number()
})

export const statusChangeSchema = z.object({
  id: z.number(),
  status: z.enum(ENGAGEMENT_STATUSES),
  /** The day it took effect, 'YYYY-MM-DD'. */
  date: z.string(),
  /** Private to the coach (e.g. why it paused); never in a summary. */
  note: z.string(),
  recordedAt: z.string()
})

const namedRef = z.object({ id: z.number(), name: z.string() })

export const engagementSchema = z.object({
  id: z.number(),
  clientId: z.number(),
  clientName: z.string(),
  kind: kindSchema.pick({ id: true, name: true, isMentoring: true }),
  title: z.string(),
  sponsorOrganisation: namedRef.nullable(),
  sponsorContact: namedRef.nullable(),
  startDate: z.string().nullable(),
  plannedEndDate: z.string().nullable(),
  plannedSessions: z.number().nullable(),
  sessionMinutes: z.number(),
  cadence: z.enum(CADENCES),
  fee: z.object({ amountMinor: z.number(), currency: z.string(), basis: z.enum(FEE_BASES) }).nullable(),
  cancellationTerms: z.string(),
  confidentialityTerms: z.string(),
  sponsorReporting: z.enum(SPONSOR_REPORTING_LEVELS),
  recordsConsentOn: z.string().nullable(),
  disposalOn: z.string().nullable(),
  status: z.enum(ENGAGEMENT_STATUSES),
  /** The statuses `engagements:setStatus` accepts next, for the buttons to offer. */
  allowedNextStatuses: z.array(z.enum(ENGAGEMENT_STATUSES)),
  /** Oldest first. */
  statusHistory: z.array(statusChangeSchema),
  createdAt: z.string(),
  updatedAt: z.string()
})

export const engagementListItemSchema = engagementSchema
  .pick({
    id: true,
    clientId: true,
    kind: true,
    title: true,
    sponsorOrganisation: true,
    startDate: true,
    plannedEndDate: true,
    plannedSessions: true,
    status: true,
    createdAt: true,
    updatedAt: true
  })
  .extend({ heldSessions: z.number() })

/** What deleting an engagement would take with it, for the confirmation dialog. */
export const deleteImpactSchema = z.object({
  id: z.number(),
  title: z.string(),
  sessions: z.number(),
  introductions: z.number(),
  goals: z.number(),
  measurements: z.number(),
  actions: z.number(),
  milestones: z.number(),
  intakeNotes: z.number(),
  stakeholderInterviews: z.number(),
  assessmentResults: z.number(),
  growthAreas: z.number(),
  reviews: z.number()
})

export const engagementsContract = {
  /** Newest start first; engagements without a start date (prospects) on top. */
  'engagements:listForClient': {
    input: z.strictObject({ clientId: recordId }),
    output: z.object({ items: z.array(engagementListItemSchema) })
  },
  'engagements:get': {
    input: z.strictObject({ id: recordId }),
    output: engagementSchema
  },
  'engagements:create': {
    input: createEngagementInput,
    output: engagementSchema
  },
  'engagements:update': {
    input: updateEngagementInput,
    output: engagementSchema
  },
  /**
   * Any day on or after the last change; today when left out. The first time the
   * engagement becomes active, that day is its start date (the contracted one when left out).
   */
  'engagements:setStatus': {
    input: z.strictObject({
      id: recordId,
      status,
      /** The day it took effect. */
      date: optionalIsoDate('The date'),
      note: longText('The note'),
      /** Completing or cancelling: what becomes of its open actions. */
      openActions: openActionsOnClosing
    }),
    output: engagementSchema
  },
  /**
   * Corrects the day (kept in order with the changes either side) or the note of a past
   * status change, by its id in `statusHistory`. The first change to active is the start date.
   */
  'engagements:correctStatusChange': {
    input: z.strictObject({ id: recordId, date: isoDate('The date'), note: longText('The note') }),
    output: engagementSchema
  },
  'engagements:deleteImpact': {
    input: z.strictObject({ id: recordId }),
    output: deleteImpactSchema
  },
  /** Deletes the engagement with everything under it (see deleteImpact). */
  'engagements:delete': {
    input: z.strictObject({ id: recordId }),
    output: z.object({ id: z.number() })
  },
  /** Built-in kinds first, then the coach's own, each group by name. */
  'engagements:listKinds': {
    input: z.strictObject({}),
    output: z.object({ items: z.array(kindSchema) })
  },
  'engagements:createKind': {
    input: kindFields,
    output: kindSchema
  },
  /**
   * Renames or adjusts one of the coach's own kinds; built-in kinds are refused.
   * Engagements already made keep the plan they copied from the kind.
   */
  'engagements:updateKind': {
    input: kindFields.extend({ id: recordId }),
    output: kindSchema
  },
  /** Deletes one of the coach's own kinds; refused while any engagement is of that kind. */
  'engagements:deleteKind': {
    input: z.strictObject({ id: recordId }),
    output: z.object({ id: z.number() })
  }
} as const

export type Engagement = z.output<typeof engagementSchema>
export type EngagementListItem = z.output<typeof engagementListItemSchema>
export type EngagementKind = z.output<typeof kindSchema>
export type KindFields = z.output<typeof kindFields>
export type StatusChange = z.output<typeof statusChangeSchema>
export type DeleteImpact = z.output<typeof deleteImpactSchema>
export type CreateEngagementArgs = z.output<typeof createEngagementInput>
export type UpdateEngagementArgs = z.output<typeof updateEngagementInput>
