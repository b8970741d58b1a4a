import { z } from 'zod'
import { ACTION_OWNERS } from './actions'
import { REVIEW_KINDS } from './reviews'
import { SESSION_FORMATS, SESSION_STATUSES } from './sessions'
import { isoDate, isoDateTime, wholeNumber } from './text'

/** How many weeks without a session make a client worth a call: the coach's own choice, in Settings. */
export const QUIET_WEEKS = { min: 1, max: 52, default: 6 } as const

/** How many items each section of Today lists; its count says how many there are in all. */
export const TODAY_LIST_LIMIT = 25

/** An engagement is nearing its end within this many days of its planned end date. */
export const ENDING_WITHIN_DAYS = 14

/** A review's follow-up stays on Today this many days after its date, until it is seen to. */
export const FOLLOW_UP_GRACE_DAYS = 28

/**
 * The coach's day and week, worked out in the window from the coach's own calendar: the
 * days are theirs, and the moments the instants where their today, tomorrow and next
 * week begin in their time zone. Sessions are stored as moments, dates as days.
 */
export const todayBounds = z
  .strictObject({
    today: isoDate("Today's date"),
    /** The last day of this week, by the locale's first day of the week. */
    weekEnd: isoDate('The end of the week'),
    todayFrom: isoDateTime('The start of today'),
    tomorrowFrom: isoDateTime('The start of tomorrow'),
    weekUntil: isoDateTime('The start of next week')
  })
  .refine((bounds) => bounds.today <= bounds.weekEnd, { message: 'The week must end on or after today.', path: ['weekEnd'] })
  .refine((bounds) => bounds.todayFrom < bounds.tomorrowFrom && bounds.tomorrowFrom <= bounds.weekUntil, {
    message: 'Today must start before tomorrow, and tomorrow no later than next week.',
    path: ['tomorrowFrom']
  })

export type TodayBounds = z.output<typeof todayBounds>

const whose = { engagementId: z.number(), engagementTitle: z.string(), clientId: z.number(), clientName: z.string() }

const preparation = z.object({
  /** The last session held before this one, whose commitments and next focus come up now. */
  previousSession: z.object({ id: z.number(), startsAt: z.string(), nextFocus: z.string() }).nullable(),
  commitments: z.array(z.object({ id: z.number(), description: z.string(), status: z.enum(['open', 'done', 'dropped']) })),
  goalsAtRisk: z.array(z.object({ id: z.number(), statement: z.string() }))
})

export const todaySessionSchema = z.object({
  id: z.number(),
  ...whose,
  startsAt: z.string(),
  durationMinutes: z.number(),
  format: z.enum(SESSION_FORMATS),
  status: z.enum(SESSION_STATUSES),
  noun: z.enum(['session', 'meeting']),
  prepare: preparation
})

export const todayActionSchema = z.object({
  id: z.number(),
  ...whose,
  description: z.string(),
  owner: z.enum(ACTION_OWNERS),
  dueOn: z.string()
})

export const todayGoalSchema = z.object({ id: z.number(), ...whose, statement: z.string(), deadline: z.string().nullable() })

export const endingEngagementSchema = z.object({
  ...whose,
  plannedEndDate: z.string().nullable(),
  held: z.number(),
  planned: z.number().nullable(),
  noun: z.enum(['session', 'meeting'])
})

export const followUpSchema = z.object({ reviewId: z.number(), ...whose, kind: z.enum(REVIEW_KINDS), followUpOn: z.string() })

export const quietClientSchema = z.object({ clientId: z.number(), clientName: z.string(), lastSessionAt: z.string().nullable() })

/** A section's first items and how many there are in all. */
function listed<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number() })
}

export const todayOverviewSchema = z.object({
  /** No client yet: Today welcomes a new practice instead. */
  newPractice: z.boolean(),
  sessionsToday: listed(todaySessionSchema),
  sessionsThisWeek: listed(todaySessionSchema),
  overdueActions: listed(todayActionSchema),
  actionsDueThisWeek: listed(todayActionSchema),
  goalsAtRisk: listed(todayGoalSchema),
  endingEngagements: listed(endingEngagementSchema),
  followUps: listed(followUpSchema),
  quietClients: listed(quietClientSchema),
  quietWeeks: z.number()
})

export const quietWeeksSetting = z.strictObject({
  weeks: wholeNumber('The weeks without a session', QUIET_WEEKS.min, QUIET_WEEKS.max)
})

export const todayContract = {
  /**
   * The coach's day in one read: today's and the rest of this week's sessions with what to
   * prepare, actions overdue and due this week, goals at risk, engagements nearing their
   * end, review follow-ups due and clients not seen for the chosen number of weeks.
   */
  'today:overview': { input: todayBounds, output: todayOverviewSchema },
  'today:settings': { input: z.strictObject({}), output: z.object({ quietWeeks: z.number() }) },
  'today:updateSettings': { input: quietWeeksSetting, output: z.object({ quietWeeks: z.number() }) }
} as const

export type TodayOverview = z.output<typeof todayOverviewSchema>
export type TodaySession = z.output<typeof todaySessionSchema>
export type TodayAction = z.output<typeof todayActionSchema>
