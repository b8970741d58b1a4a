import { formattingLocale } from './locale'
import { z } from 'zod'
import { countOf, noun, type Noun } from './words'
import { actionSchema } from './actions'
import { knownTimeZone } from './clients'
import { listCursor } from './paging'
import { MONTHLY_RULES, SERIES_FREQUENCIES, SERIES_SIZE } from './sessionSeries'
import {
  choice,
  flag,
  isoDate,
  isoDateTime,
  LIMITS,
  longText,
  recordId,
  requiredText,
  wholeNumber
} from './text'

export const SESSION_FORMATS = ['in_person', 'video', 'phone'] as const
/** A cancelled or no-show session is recorded with that status, never deleted for it. */
export const SESSION_STATUSES = ['scheduled', 'held', 'cancelled', 'no_show'] as const
export const BILLING = ['paid', 'pro_bono'] as const

export type SessionStatus = (typeof SESSION_STATUSES)[number]
export type SessionFormat = (typeof SESSION_FORMATS)[number]
export type Billing = (typeof BILLING)[number]

export const SESSION_FORMAT_LABELS: Record<SessionFormat, string> = { in_person: 'In person', video: 'Video', phone: 'Phone' }

export const BILLING_LABELS: Record<Billing, string> = { paid: 'Paid', pro_bono: 'Pro bono' }

/** Each status, and the command that marks a session with it. */
export const SESSION_STATUS_WORDS: Record<SessionStatus, { label: string; command: string }> = {
  scheduled: { label: 'Scheduled', command: 'Back to scheduled' },
  held: { label: 'Held', command: 'Mark held' },
  cancelled: { label: 'Cancelled', command: 'Mark cancelled' },
  no_show: { label: 'No-show', command: 'Mark no-show' }
}
/** Sessions per page of an engagement's list: a screenful or two, so a long engagement opens as fast as a short one. */
/**
 * What an engagement's sessions are called: "meeting" for mentoring and any other
 * open-ended engagement (met when needed), "session" for a planned programme. Screens
 * and reports alike.
 */
export type SessionNoun = 'session' | 'meeting'
export const SESSION_NOUNS: Record<SessionNoun, Noun> = { session: noun('session'), meeting: noun('meeting') }

export function sessionNoun(isMentoring: boolean, plannedSessions: number | null): SessionNoun {
  return isMentoring || plannedSessions === null ? 'meeting' : 'session'
}

/** "3 of 8 sessions held", "1 of 1 session held", or "1 meeting held" when open-ended. */
export function heldText(held: number, planned: number | null, kind: SessionNoun, locale?: string): string {
  const forms = SESSION_NOUNS[kind]
  if (planned === null) return `${countOf(held, forms, { locale })} held`
  return `${new Intl.NumberFormat(formattingLocale(locale)).format(held)} of ${countOf(planned, forms, { locale })} held`
}

export const SESSION_PAGE = { default: 100, max: 500 } as const

const sessionStatus = choice(SESSION_STATUSES, 'Choose scheduled, held, cancelled or no-show.')

/** An introduction a mentor made to someone in their network. */
const introductionFields = z.strictObject(
  {
    introducedTo: requiredText('The person introduced', LIMITS.name, 'Enter who the introduction was to.'),
    reason: longText('Why'),
    outcome: longText('The outcome')
  },
  { error: 'Each introduction needs the person introduced, why, and what came of it.' }
)

const sessionFields = z.strictObject({
  startsAt: isoDateTime('The start'),
  /** Left out: the engagement's session length. */
  durationMinutes: wholeNumber('The duration in minutes', 1, 24 * 60).optional(),
  format: choice(SESSION_FORMATS, 'Choose in person, video or phone.').default('video'),
  billing: choice(BILLING, 'Choose paid or pro bono.').default('paid'),
  status: sessionStatus.default('scheduled'),
  agenda: longText('The agenda'),
  notes: longText('The notes'),
  /** Notes are private to the coach unless marked shareable. */
  notesShareable: flag('Shareable'),
  /** Always private: never in any summary. */
  privateObservations: longText('The private observations'),
  nextFocus: longText('The next focus'),
  topicsDiscussed: longText('The topics discussed'),
  adviceGiven: longText('The advice given'),
  /** Replaces the session's introductions as a whole, in this order. */
  introductions: z
    .array(introductionFields, { error: 'The introductions must be a list.' })
    .max(LIMITS.rowsPerList, `A session can record at most ${LIMITS.rowsPerList} introductions.`)
    .default([])
})

export const introductionSchema = z.object({
  id: z.number(),
  introducedTo: z.string(),
  reason: z.string(),
  outcome: z.string()
})

export const sessionSchema = z.object({
  id: z.number(),
  engagementId: z.number(),
  /** UTC, e.g. '2026-03-14T08:30:00.000Z'; show it in the coach's time zone. */
  startsAt: z.string(),
  durationMinutes: z.number(),
  format: z.enum(SESSION_FORMATS),
  billing: z.enum(BILLING),
  status: z.enum(SESSION_STATUSES),
  /** n of "n of N": its place among the held sessions by start; null unless held. */
  number: z.number().nullable(),
  /** N: the engagement's planned sessions; null when open-ended. */
  of: z.number().nullable(),
  agenda: z.string(),
  notes: z.string(),
  notesShareable: z.boolean(),
  privateObservations: z.string(),
  nextFocus: z.string(),
  topicsDiscussed: z.string(),
  adviceGiven: z.string(),
  introductions: z.array(introductionSchema),
  createdAt: z.string(),
  updatedAt: z.string()
})

export const sessionListItemSchema = sessionSchema.pick({
  id: true,
  engagementId: true,
  startsAt: true,
  durationMinutes: true,
  format: true,
  billing: true,
  status: true,
  number: true,
  of: true,
  agenda: true,
  nextFocus: true
})

export const sessionCountsSchema = z.object({
  held: z.number(),
  /** N, or null when open-ended. */
  planned: z.number().nullable(),
  scheduled: z.number(),
  cancelled: z.number(),
  noShow: z.number(),
  heldMinutes: z.number()
})

const byId = z.strictObject({ id: recordId })

/** A series of scheduled sessions, as sessionSeries.ts reads it. */
export const seriesFields = sessionFields.pick({ durationMinutes: true, format: true, billing: true }).extend({
  engagementId: recordId,
  /** The first session: its day starts the series, its time on the coach's clock is every session's. May be in the past. */
  firstStartsAt: isoDateTime('The first session'),
  /** The coach's time zone, whose clock the series keeps across changes of the clocks. */
  timeZone: knownTimeZone,
  frequency: choice(SERIES_FREQUENCIES, 'Choose weekly, fortnightly or monthly.'),
  monthlyBy: choice(MONTHLY_RULES, 'Choose the same date or the same weekday of each month.').default('date'),
  count: wholeNumber('The number of sessions', SERIES_SIZE.min, SERIES_SIZE.max),
  skipDays: z
    .array(isoDate('A day to skip'), { error: 'The days to skip must be a list of dates.' })
    .max(SERIES_SIZE.max, `A series can skip at most ${SERIES_SIZE.max} days.`)
    .default([])
})

export const sessionsContract = {
  /**
   * Oldest first, a page at a time: hand back `nextCursor` for the next page (null when
   * there is none). The counts for the "3 of 8 held" header are the whole engagement's,
   * on every page, and each held session keeps its "n of N" number across pages.
   */
  'sessions:listForEngagement': {
    input: z.strictObject({
      engagementId: recordId,
      limit: wholeNumber('The page size', 1, SESSION_PAGE.max).default(SESSION_PAGE.default),
      cursor: listCursor
    }),
    output: z.object({ items: z.array(sessionListItemSchema), counts: sessionCountsSchema, nextCursor: z.string().nullable() })
  },
  'sessions:get': { input: byId, output: sessionSchema },
  /** The client's next scheduled session (or meeting) across their engagements, from the moment given; null when none is planned. */
  'sessions:nextForClient': {
    input: z.strictObject({ clientId: recordId, from: isoDateTime('The moment') }),
    output: z.object({
      session: sessionSchema
        .pick({ id: true, engagementId: true, startsAt: true, durationMinutes: true, format: true })
        .extend({ engagementTitle: z.string(), noun: z.enum(['session', 'meeting']) })
        .nullable()
    })
  },
  'sessions:create': {
    input: sessionFields.extend({ engagementId: recordId }),
    output: sessionSchema
  },
  'sessions:update': {
    input: sessionFields.extend({ id: recordId }),
    output: sessionSchema
  },
  /** Mark held, cancelled or no-show (or back to scheduled) without touching the notes. */
  'sessions:setStatus': {
    input: z.strictObject({ id: recordId, status: sessionStatus }),
    output: sessionSchema
  },
  /**
   * Schedules a series of sessions in one write (one Undo step): the dates of
   * sessionSeries.ts, skipped days passed over. Each session is its own afterwards:
   * moving one moves no other.
   */
  'sessions:createSeries': {
    input: seriesFields,
    output: z.object({ created: z.array(sessionListItemSchema), skipped: z.array(z.string()) })
  },
  /** Deletes the session for good. Its actions and measurements stay, unlinked from it. */
  'sessions:delete': { input: byId, output: z.object({ id: z.number() }) },
  /**
   * The accountability list for a session: what was agreed in the previous held
   * session (whatever its status now), every other open action of the engagement,
   * and what has been agreed in this session so far.
   */
  'sessions:commitmentsToReview': {
    input: z.strictObject({ sessionId: recordId, today: isoDate("Today's date") }),
    output: z.object({
      previousSession: z.object({ id: z.number(), startsAt: z.string(), number: z.number().nullable() }).nullable(),
      agreedLastTime: z.array(actionSchema),
      otherOpen: z.array(actionSchema),
      agreedThisSession: z.array(actionSchema)
    })
  }
} as const

export type Session = z.output<typeof sessionSchema>
export type SessionListItem = z.output<typeof sessionListItemSchema>
export type SessionCounts = z.output<typeof sessionCountsSchema>
export type SessionFields = z.output<typeof sessionFields>
export type SeriesFields = z.output<typeof seriesFields>
