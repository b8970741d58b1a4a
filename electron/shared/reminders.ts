import { z } from 'zod'
import { choice, recordId, wholeNumber } from './text'

/**
 * Desktop notifications while Coachbook runs: before each session, and once a day for the
 * actions due that day. A notification can show on a locked screen, so by default it names
 * a client by initials only; reminders missed while the app was closed or the computer
 * asleep are listed in the app, never shown late.
 */
export const SESSION_LEADS = [5, 10, 15, 30, 60, 120] as const

/** When the day's actions are announced: as Coachbook opens (or the day begins while it runs), or at a time of day. */
export const ACTION_TIMINGS = ['open', 'time'] as const
export type ActionTiming = (typeof ACTION_TIMINGS)[number]

export const ACTION_TIMING_LABELS: Record<ActionTiming, string> = {
  open: 'When Coachbook opens',
  time: 'At a time of day'
}

/** 'HH:MM' on the coach's clock, 00:00 to 23:59. */
const timeOfDay = z.string({ error: 'Choose a time of day.' }).max(5, 'A time of day is written like 08:30.').regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time of day is written like 08:30.')

export const reminderSettingsSchema = z.strictObject({
  /** The off switch for every reminder. */
  enabled: z.boolean({ error: 'Reminders on or off must be yes or no.' }),
  /** How many minutes before a session its reminder shows. */
  sessionLeadMinutes: wholeNumber('The minutes before a session', 1, 24 * 60),
  actionsTiming: choice(ACTION_TIMINGS, 'Choose when the day’s actions are announced.'),
  actionsTime: timeOfDay,
  /** Clients' full names in notifications; initials otherwise, since a notification can show on a locked screen. */
  fullNames: z.boolean({ error: 'Full names must be yes or no.' })
})
export type ReminderSettings = z.output<typeof reminderSettingsSchema>

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  enabled: true,
  sessionLeadMinutes: 15,
  actionsTiming: 'time',
  actionsTime: '08:30',
  fullNames: false
}

/** Names one reminder: what it is about and when it was due, e.g. 'session:<uid>@<start>'. */
const reminderKey = z.string({ error: 'A reminder is named by its key.' }).min(1, 'A reminder is named by its key.').max(200, 'A reminder is named by its key.')

/** A reminder that came due while Coachbook was closed or the computer asleep, with the record it is about. */
export const missedReminderSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('session'),
    key: reminderKey,
    remindAt: z.string(),
    sessionId: recordId,
    engagementId: recordId,
    clientName: z.string(),
    startsAt: z.string()
  }),
  z.object({
    kind: z.literal('action'),
    key: reminderKey,
    remindAt: z.string(),
    actionId: recordId,
    engagementId: recordId,
    clientName: z.string(),
    description: z.string(),
    dueOn: z.string()
  })
])
export type MissedReminder = z.output<typeof missedReminderSchema>

export const remindersContract = {
  'reminders:settings': { input: z.strictObject({}), output: reminderSettingsSchema },
  'reminders:updateSettings': { input: reminderSettingsSchema, output: reminderSettingsSchema },
  /** What came due while Coachbook was closed or asleep, oldest first; records deleted since are left out. */
  'reminders:missed': { input: z.strictObject({}), output: z.object({ items: z.array(missedReminderSchema) }) },
  /** The coach has seen these missed reminders (those listed, not any found since): they go from the list. */
  'reminders:dismissMissed': {
    input: z.strictObject({ keys: z.array(reminderKey, { error: 'The reminders to dismiss must be a list.' }).max(1000, 'Too many reminders at once.') }),
    output: z.object({ dismissed: z.number() })
  }
} as const
