import { z } from 'zod'
import { isoDate, LIMITS, recordId, text } from './text'

// ---- The coaching agreement ---------------------------------------------------------------
//
// The agreement is drafted from the contract: its wording is a template the coach edits in
// Settings, with placeholders such as {client} that are filled from the engagement when the
// PDF is made. A line starting with "## " is a heading; a blank line starts a new paragraph.
// The parties, the schedule and the fee are printed as facts above the wording, and the
// signature blocks below it, so no template can leave them out.

/** Every placeholder a template may use, with what it is filled with: the words Settings shows. */
export const AGREEMENT_PLACEHOLDERS = {
  coach: 'The coach’s name (Settings › Branding), or the practice’s',
  practice: 'The practice’s name, or the coach’s',
  client: 'The client’s name',
  sponsor: 'The sponsor organisation, or “no sponsor”',
  sponsor_contact: 'The sponsor contact, or “no sponsor contact”',
  engagement: 'The engagement’s title',
  kind: 'The kind of engagement, e.g. Executive coaching',
  sessions: 'The number of sessions, e.g. “6 sessions”, or “sessions as needed”',
  session_length: 'Each session’s length, e.g. “60 minutes”',
  cadence: 'How often the sessions are held, e.g. “fortnightly”',
  start_date: 'The start date',
  end_date: 'The planned end date',
  fee: 'The fee, e.g. “€1,800.00 for the package”',
  payer: 'Who pays: the client, or the sponsor organisation by name',
  payment_terms: 'When the fee is due: the instalments, after each session, or monthly',
  late_cancellation: 'Whether a late cancellation is billed, and the notice it needs',
  cancellation_terms: 'The cancellation terms written in the contract',
  confidentiality_terms: 'The confidentiality terms written in the contract',
  sponsor_reporting: 'Exactly what the sponsor will see (the contract’s sponsor reporting)',
  disposal_date: 'The day the records are disposed of, or “when the engagement ends and the law allows”',
  date: 'The day the agreement is drafted'
} as const satisfies Record<string, string>

export type AgreementPlaceholder = keyof typeof AGREEMENT_PLACEHOLDERS
export const AGREEMENT_PLACEHOLDER_NAMES = Object.keys(AGREEMENT_PLACEHOLDERS) as AgreementPlaceholder[]

/** The wording before the coach changes it: the parts of a coaching agreement ICF and EMCC ask for. */
export const DEFAULT_AGREEMENT_TEMPLATE = `This agreement is made on {date} between {coach} of {practice} (the coach) and {client} (the client), for {engagement}.

## The coaching
The coach and the client meet for {sessions} of {session_length}, {cadence}, from {start_date} to {end_date}. Coaching is a partnership: the client sets the goals and owns the decisions; the coach asks, listens and challenges. Coaching is not therapy, counselling or advice; where another kind of help would serve the client better, the coach will say so.

## Fees and payment
The fee is {fee}. {payer} pays it: {payment_terms}.

## Cancellations
{late_cancellation}
{cancellation_terms}

## Confidentiality
What the client says in coaching stays between the client and the coach. The coach keeps the notes private, on the coach’s own computer, and shares nothing without the client’s consent, unless the law requires it or someone’s safety is at risk.
{confidentiality_terms}

## What the sponsor will see
{sponsor} sponsors this engagement. {sponsor_reporting}

## Records and the client’s rights
The coach keeps records of the coaching to do the work well, and disposes of them {disposal_date}. The client may ask at any time for a copy of everything the coach holds about them, in an open format, and for it to be erased, except what the law obliges a business to keep (such as issued invoices).

## Agreement
By signing below, the coach and the client agree to these terms.`

export const TEMPLATE_LIMITS = { chars: LIMITS.notes } as const

/** The {names} a template uses that Coachbook does not fill, each once, in the order written. */
export function unknownPlaceholders(template: string): string[] {
  const names = [...template.matchAll(/\{([^{}\n]*)\}/g)].map((match) => match[1]!)
  return [...new Set(names.filter((name) => !Object.hasOwn(AGREEMENT_PLACEHOLDERS, name)))]
}

/** Why a template cannot be saved, in words the coach can act on; null when it can. */
export function templateProblem(template: string): string | null {
  if (template.trim() === '') return 'Write the agreement’s wording, or reset it to the default.'
  const unknown = unknownPlaceholders(template)
  if (unknown.length > 0) {
    const named = unknown.map((name) => `{${name}}`).join(', ')
    return `Coachbook does not know ${unknown.length === 1 ? 'the placeholder' : 'the placeholders'} ${named}: use one of those listed below the wording, or write it out as text.`
  }
  return null
}

const templateText = text('The agreement’s wording', TEMPLATE_LIMITS.chars).superRefine((value, ctx) => {
  const problem = templateProblem(value)
  if (problem) ctx.addIssue({ code: 'custom', message: problem })
})

export const agreementTemplateSchema = z.object({
  template: z.string(),
  /** True while the coach has not changed the default wording (or has reset it). */
  isDefault: z.boolean()
})

export const agreementContract = {
  'agreement:getTemplate': { input: z.strictObject({}), output: agreementTemplateSchema },
  /** Saves the coach's wording; a placeholder Coachbook does not know is refused, by name. */
  'agreement:setTemplate': { input: z.strictObject({ template: templateText }), output: agreementTemplateSchema },
  /** Back to the default wording. */
  'agreement:resetTemplate': { input: z.strictObject({}), output: agreementTemplateSchema },
  /** Drafts the engagement's agreement as PDF and asks where to save it; `today` is the coach's date, printed on it. */
  'agreement:export': {
    input: z.strictObject({ engagementId: recordId, today: isoDate("Today's date") }),
    output: z.union([z.object({ path: z.string() }), z.object({ cancelled: z.literal(true) })])
  }
} as const

export type AgreementTemplate = z.output<typeof agreementTemplateSchema>
