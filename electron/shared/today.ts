import { z } from 'zod'
import { countedTotal } from './counts'
import { ACTION_OWNERS } from './actions'
import { REVIEW_KINDS } from './reviews'
import { SESSION_FORMATS, SESSION_STATUSES } from './sessions'
import { isoDate, isoDateTime, wholeNumber } from './text'

/** How many weeks without a session make a client worth a call: the coach's own choice, in Settings. */
export const QUIET_WEEKS = { min: 1, max: 52, default: 6 } as const

/**
 * How many items each section of Today lists; its count says how many there are in all.
 * Ten keeps a coach's whole day readable at a glance, every section on one screen, and
 * Today's cost the same for a practice of a thousand clients as for a team's four thousand.
 */
export const TODAY_LIST_LIMIT = 10

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

/** A section's first items and how many there are in all (shared/counts.ts). */
function listed<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: countedTotal })
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

/** Where Coachbook opens: on Today, or on the screen the coach was on when they left. */
export const START_SCREENS = ['today', 'last'] as const
export const START_SCREEN_LABELS: Record<(typeof START_SCREENS)[number], string> = { today: 'Today', last: 'The screen I was on last' }
export const startScreenSetting = z.strictObject({
  openOn: z.enum(START_SCREENS, { error: 'Choose whether Coachbook opens on Today or on the last screen.' })
})
export type StartScreenSetting = z.output<typeof startScreenSetting>

/** A place in the app as its route names it ('/clients/12', '/engagements/3/goals'): letters, digits, dashes and slashes. */
export const screenPath = z
  .string({ error: 'Say which screen is shown.' })
  .max(200, 'That is not a screen of Coachbook.')
  .regex(/^\/[a-z0-9/-]*$/, 'That is not a screen of Coachbook.')

export const todayContract = {
  /**
   * The coach's day in one read: today's and the rest of this week's sessions with what to
   * prepare, actions overdue and due this week, goals at risk, engagements nearing their
   * end, review follow-ups due and clients not seen for the chosen number of weeks.
   */
  'today:overview': { input: todayBounds, output: todayOverviewSchema },
  'today:settings': { input: z.strictObject({}), output: z.object({ quietWeeks: z.number() }) },
  'today:updateSettings': { input: quietWeeksSetting, output: z.object({ quietWeeks: z.number() }) },
  /**
   * Where the window opens: the choice, and the screen to show. `screen` is the last screen
   * the coach was on when they chose it and it still shows something (a record since deleted
   * does not), otherwise null: Today.
   */
  'today:startScreen': {
    input: z.strictObject({}),
    output: startScreenSetting.extend({ screen: screenPath.nullable() })
  },
  'today:setStartScreen': { input: startScreenSetting, output: startScreenSetting },
  /**
   * Remembers the screen on show, on this computer, for the next launch. A form (a new or
   * edited record) is not a screen and is not remembered.
   */
  'today:rememberScreen': { input: z.strictObject({ path: screenPath }), output: z.object({ remembered: z.boolean() }) }
} as const

export type TodayOverview = z.output<typeof todayOverviewSchema>
export type TodaySession = z.output<typeof todaySessionSchema>
export type TodayAction = z.output<typeof todayActionSchema>
