import { z } from 'zod'
import { knownTimeZone } from './clients'
import { BILLING, SESSION_STATUSES } from './sessions'
import { choice, isoDate, isoDateTime, LIMITS, recordId, requiredText, text, wholeNumber } from './text'

// ---- ICF's rules ----------------------------------------------------------------------------
//
// The experience requirements of the International Coaching Federation's credentials, as
// published on coachingfederation.org/experience-requirements and in ICF's support article
// "What information does ICF require for the client coaching log?"
// (icfsupport.freshdesk.com/support/solutions/articles/5000653702), read on 2026-12-06:
//
// - ACC: 100 hours (75 paid) with at least 8 clients; 25 of them (paid or not) in the 18 months
//   before the application.
// - PCC: 500 hours (450 paid) with at least 25 clients; 50 of them in the 18 months before.
// - MCC: 2,500 hours (2,250 paid) with at least 35 clients. ICF's own page was cut off after
//   "2,500 hours (2," in the copy read; 2,250 paid and 35 clients are confirmed by
//   credentialprep.com/blog/icf-mcc-requirements (2026). No figure of recent hours for the MCC
//   could be confirmed (searched again on 2026-12-06: ICF's page is cut off before its MCC
//   figures in every copy read, and the summaries give 18 months only for mentor coaching):
//   the log checks none for it, and the screen says that ICF asks for recent hours it cannot check.
// - One coaching hour is 60 minutes with a client; a shorter session counts as part of an hour
//   (30 minutes = 0.5) (ICF support article 5000896617, "Do my coaching experience hours count?").
// - Mentor coaching, supervision and training are not client coaching hours (same article):
//   mentoring engagements are left out unless the coach includes one.
// - Individual clients who do not consent to be named are left off the log.
// - A group is logged with one contact person, its size and the hours coached with the group
//   (not multiplied by its members); each member counts as a client; only groups of 15 or
//   fewer count.
// - The mentor coaching a candidate receives (10 hours for ACC and PCC) is not part of the
//   client coaching log and is not tracked here.

export const CREDENTIALS = ['ACC', 'PCC', 'MCC'] as const
export type Credential = (typeof CREDENTIALS)[number]

export interface CredentialRule {
  /** The credential's full name. */
  label: string
  hours: number
  paidHours: number
  clients: number
  /** Hours (paid or not) within the recent window before applying; null where ICF's figure could not be confirmed. */
  recentHours: number | null
}

export const CREDENTIAL_RULES: Record<Credential, CredentialRule> = {
  ACC: { label: 'Associate Certified Coach', hours: 100, paidHours: 75, clients: 8, recentHours: 25 },
  PCC: { label: 'Professional Certified Coach', hours: 500, paidHours: 450, clients: 25, recentHours: 50 },
  MCC: { label: 'Master Certified Coach', hours: 2500, paidHours: 2250, clients: 35, recentHours: null }
}

/** The recent hours are those of the 18 months before the day of applying. */
export const RECENT_MONTHS = 18
/** A group of more people does not count (ICF support article 5000653702). */
export const LARGEST_GROUP = 15
/** The date the rules above were read at their sources. */
export const RULES_READ_ON = '2026-12-06'

export const CLIENT_KINDS = ['individual', 'group'] as const
export type ClientKind = (typeof CLIENT_KINDS)[number]
export const CLIENT_KIND_LABELS: Record<ClientKind, string> = { individual: 'Individual', group: 'Group' }

// ---- Fields -------------------------------------------------------------------------------

const MAX_MINUTES = 100_000 * 60
const minutes = (label: string) => wholeNumber(label, 0, MAX_MINUTES).default(0)

/** What the coach says about one client for the log. */
export const logClientFields = z.strictObject({
  clientId: recordId,
  /** False: the client has not consented to be named, and is left off the log. */
  named: z.boolean({ error: 'Say whether the client consents to be named.' }).default(true),
  openingPaidMinutes: minutes('The paid time before Coachbook'),
  openingProBonoMinutes: minutes('The pro bono time before Coachbook')
})

/** Hours before Coachbook not tied to a client kept here, with how many clients they were with. */
export const openingFields = z.strictObject({
  paidMinutes: minutes('The paid time before Coachbook'),
  proBonoMinutes: minutes('The pro bono time before Coachbook'),
  clients: wholeNumber('The number of clients before Coachbook', 0, 100_000).default(0)
})

export const groupFields = z.strictObject({
  name: requiredText('The group name', LIMITS.name, 'Give the group a name, such as "Leadership circle".'),
  contactName: requiredText('The contact person', LIMITS.name, 'Enter the name of one person in the group: ICF asks for one contact.'),
  contactEmail: text('The contact email', LIMITS.shortText).refine(
    (value) => z.email().safeParse(value).success,
    'Enter the contact person’s email address, like name@example.com: ICF asks for it.'
  ),
  size: wholeNumber('The group size', 2, 1000)
})

export const groupSessionFields = z.strictObject({
  startsAt: isoDateTime('The start'),
  durationMinutes: wholeNumber('The duration in minutes', 1, 24 * 60),
  billing: choice(BILLING, 'Choose paid or pro bono.').default('paid'),
  status: choice(SESSION_STATUSES, 'Choose scheduled, held, cancelled or no-show.').default('held')
})

/** Where the coach is: the day the log is drawn up, and the time zone its dates are read in. */
export const logRequest = z.strictObject({
  today: isoDate("Today's date"),
  /** An IANA time zone; left out, this computer's. */
  timeZone: knownTimeZone.optional()
})

// ---- What the log shows --------------------------------------------------------------------

export const logRowSchema = z.object({
  kind: z.enum(CLIENT_KINDS),
  /** The client's, or the group's contact person's. */
  name: z.string(),
  email: z.string(),
  /** The group's size; 1 for an individual. */
  people: z.number(),
  firstDay: z.string().nullable(),
  lastDay: z.string().nullable(),
  paidMinutes: z.number(),
  proBonoMinutes: z.number(),
  recentMinutes: z.number(),
  clientId: z.number().nullable(),
  groupId: z.number().nullable()
})

export const totalsSchema = z.object({
  paidMinutes: z.number(),
  proBonoMinutes: z.number(),
  recentMinutes: z.number(),
  clients: z.number()
})

export const progressSchema = z.object({
  credential: z.enum(CREDENTIALS),
  met: z.boolean(),
  /** What is still missing, each 0 once met; recent null where no figure applies. */
  missingHours: z.number(),
  missingPaidHours: z.number(),
  missingClients: z.number(),
  missingRecentHours: z.number().nullable()
})

export const groupSchema = z.object({
  id: z.number(),
  name: z.string(),
  contactName: z.string(),
  contactEmail: z.string(),
  size: z.number(),
  sessions: z.array(
    z.object({
      id: z.number(),
      startsAt: z.string(),
      durationMinutes: z.number(),
      billing: z.enum(BILLING),
      status: z.enum(SESSION_STATUSES)
    })
  )
})

export const logOverviewSchema = z.object({
  /** The first day of the recent window. */
  recentFrom: z.string(),
  rows: z.array(logRowSchema),
  totals: totalsSchema,
  /** Hours kept on the opening balance not tied to a client. */
  opening: z.object({ paidMinutes: z.number(), proBonoMinutes: z.number(), clients: z.number() }),
  progress: z.array(progressSchema),
  /** Individual clients left off because they did not consent to be named, and their time. */
  unnamed: z.object({ clients: z.number(), minutes: z.number() }),
  /** Groups larger than ICF counts: left off. */
  tooLarge: z.array(z.object({ groupId: z.number(), name: z.string(), size: z.number() })),
  /** Every client of the practice with what the coach said of them for the log. */
  clients: z.array(
    z.object({ clientId: z.number(), name: z.string(), named: z.boolean(), openingPaidMinutes: z.number(), openingProBonoMinutes: z.number() })
  ),
  /** Mentoring engagements, left out unless the coach includes them. */
  mentoring: z.array(z.object({ engagementId: z.number(), clientName: z.string(), title: z.string(), included: z.boolean() })),
  groups: z.array(groupSchema)
})

const saved = z.union([z.object({ path: z.string() }), z.object({ cancelled: z.literal(true) })])

export const coachingLogContract = {
  /** The log, its totals and the progress towards each credential, as of `today`. */
  'coachingLog:overview': { input: logRequest, output: logOverviewSchema },
  /** Whether a client consents to be named, and their hours before Coachbook. */
  'coachingLog:setClient': { input: logClientFields, output: z.object({ clientId: z.number() }) },
  /** Includes a mentoring engagement's meetings in the log (or leaves them out again). */
  'coachingLog:setMentoring': {
    input: z.strictObject({ engagementId: recordId, included: z.boolean({ error: 'Say whether to include it.' }) }),
    output: z.object({ engagementId: z.number(), included: z.boolean() })
  },
  'coachingLog:setOpening': { input: openingFields, output: z.object({ paidMinutes: z.number(), proBonoMinutes: z.number(), clients: z.number() }) },
  'coachingLog:createGroup': { input: groupFields, output: groupSchema },
  'coachingLog:updateGroup': { input: groupFields.extend({ id: recordId }), output: groupSchema },
  /** Deletes the group and its sessions. */
  'coachingLog:deleteGroup': { input: z.strictObject({ id: recordId }), output: z.object({ id: z.number() }) },
  'coachingLog:addGroupSession': { input: groupSessionFields.extend({ groupId: recordId }), output: groupSchema },
  /** Corrects a group session: its start, length, billing or status. */
  'coachingLog:updateGroupSession': { input: groupSessionFields.extend({ id: recordId }), output: groupSchema },
  'coachingLog:deleteGroupSession': { input: z.strictObject({ id: recordId }), output: groupSchema },
  /** The log as CSV in the column order of ICF's template, saved where the coach chooses. */
  'coachingLog:exportCsv': { input: logRequest, output: saved },
  /** The log as a PDF with the practice's branding, saved where the coach chooses. */
  'coachingLog:exportPdf': { input: logRequest, output: saved }
} as const

export type LogOverview = z.output<typeof logOverviewSchema>
export type LogRow = z.output<typeof logRowSchema>
export type LogTotals = z.output<typeof totalsSchema>
export type CredentialProgress = z.output<typeof progressSchema>
export type CoachingGroup = z.output<typeof groupSchema>
export type GroupFields = z.output<typeof groupFields>
export type GroupSessionFields = z.output<typeof groupSessionFields>

/** Minutes as ICF's decimal hours, to two places: 90 → "1.50". */
export function hoursText(minutes: number): string {
  return (minutes / 60).toFixed(2)
}
