import { z } from 'zod'
import { MAX_AMOUNT_MINOR } from './money'
import { choice, flag, isoDate, LIMITS, recordId, text, wholeNumber } from './text'

// ---- The billing side of a contract ----------------------------------------------------
//
// The fee itself (amount, currency, per session, for a package or a month) is part of the
// engagement's contract (shared/engagements.ts). What is added here is how it is billed:
// who pays, the instalments a package is paid in, whether a late cancellation is billed
// and how much notice makes a cancellation late, and the sponsor's billing details.

export const PAYERS = ['client', 'sponsor'] as const
export type Payer = (typeof PAYERS)[number]

/** Who pays, in words: the one map screens and documents read. */
export const PAYER_LABELS: Record<Payer, string> = { client: 'The client', sponsor: 'The sponsor organisation' }

/** Notice a cancellation needs not to be late: from one hour to thirty days. */
export const NOTICE_HOURS = { min: 1, max: 720, default: 24 } as const

/** More instalments than any package is paid in; a list the form can show whole. */
export const MAX_INSTALMENTS = 60

/** An amount in minor units: 150.00 EUR is 15000 (see shared/money.ts). */
export const amountMinor = (label: string) => wholeNumber(label, 1, MAX_AMOUNT_MINOR)

export const instalmentFields = z.strictObject(
  {
    dueOn: isoDate('The due date'),
    amountMinor: amountMinor('The instalment')
  },
  { error: 'Each instalment needs a due date and an amount.' }
)

export const billingTermsInput = z.strictObject({
  engagementId: recordId,
  payer: choice(PAYERS, 'Choose who pays: the client or the sponsor organisation.'),
  lateCancellationBillable: flag('Late cancellations billable'),
  lateCancellationNoticeHours: wholeNumber('The notice in hours', NOTICE_HOURS.min, NOTICE_HOURS.max),
  /** A package's instalments, in any order; they add up to the package's fee. None: the package is paid at once. */
  instalments: z
    .array(instalmentFields, { error: 'The instalments must be a list.' })
    .max(MAX_INSTALMENTS, `A package is paid in at most ${MAX_INSTALMENTS} instalments.`)
})

export const sponsorBillingFields = z.strictObject({
  organisationId: recordId,
  /** Who receives the invoice: a name, a role, an email address. */
  billingContact: text('The billing contact', LIMITS.shortText),
  billingAddress: text('The billing address', LIMITS.statement),
  taxId: text('The tax id', 60)
})

const instalmentSchema = z.object({ id: z.number(), dueOn: z.string(), amountMinor: z.number() })

/**
 * How much of the contract has been used, in the fee's currency: the sessions held and the
 * late cancellations billed count against a package; what is due so far is what the
 * contract makes payable by the day asked about.
 */
export const packageUseSchema = z.object({
  /** Held sessions, and late cancellations when the contract bills them. */
  sessionsUsed: z.number(),
  heldSessions: z.number(),
  billableLateCancellations: z.number(),
  /** null: open-ended. */
  plannedSessions: z.number().nullable(),
  /** A package: its fee shared over the planned sessions, for those used (null when open-ended). Per session: the fee for each. A retainer: null. */
  valueUsedMinor: z.number().nullable(),
  /** A package: what is left of its fee. Per session and a retainer: null. */
  valueRemainingMinor: z.number().nullable(),
  /**
   * Payable by the day asked about: a package's instalments due by then (all of it once
   * started, without instalments); per session, each session used; a retainer, each month begun.
   */
  dueSoFarMinor: z.number(),
  /**
   * A monthly retainer: the first day of each month of it begun by the day asked about,
   * counted from the start date on the same date each month (to the planned end, when there
   * is one); none without a start date. Null for the other bases.
   */
  retainerMonths: z.array(z.string()).nullable(),
  currency: z.string()
})

export const billingTermsSchema = z.object({
  engagementId: z.number(),
  payer: z.enum(PAYERS),
  lateCancellationBillable: z.boolean(),
  lateCancellationNoticeHours: z.number(),
  /** By due date. */
  instalments: z.array(instalmentSchema),
  /** The sessions of the engagement marked cancelled late, by id. */
  lateCancelledSessionIds: z.array(z.number()),
  /** The sponsor the engagement names, with its billing details; null without a sponsor. */
  sponsor: sponsorBillingFields.omit({ organisationId: true }).extend({ id: z.number(), name: z.string() }).nullable(),
  /** Null without a fee. */
  use: packageUseSchema.nullable()
})

export const sponsorBillingSchema = sponsorBillingFields.omit({ organisationId: true }).extend({ organisationId: z.number() })

export const feesContract = {
  /** The engagement's billing terms, and how much of it is used as of `today` (the coach's day). */
  'fees:get': {
    input: z.strictObject({ engagementId: recordId, today: isoDate('Today') }),
    output: billingTermsSchema
  },
  /** Sets who pays, the late-cancellation terms and a package's instalments (replacing those before). */
  'fees:update': {
    input: billingTermsInput.extend({ today: isoDate('Today') }),
    output: billingTermsSchema
  },
  /** Marks a cancelled session as cancelled late (with less notice than the contract asks), or not. */
  'fees:setCancelledLate': {
    input: z.strictObject({ sessionId: recordId, cancelledLate: flag('Cancelled late') }),
    output: z.object({ sessionId: z.number(), cancelledLate: z.boolean() })
  },
  'fees:getSponsorBilling': {
    input: z.strictObject({ organisationId: recordId }),
    output: sponsorBillingSchema
  },
  'fees:setSponsorBilling': {
    input: sponsorBillingFields,
    output: sponsorBillingSchema
  }
} as const

export type BillingTerms = z.output<typeof billingTermsSchema>
export type PackageUse = z.output<typeof packageUseSchema>
export type SponsorBilling = z.output<typeof sponsorBillingSchema>
