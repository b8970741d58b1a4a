import { sql } from 'kysely'
import { addDays, dayOf, formatMomentTime, momentOf, type Place } from '../../shared/dates'
import { initialsOf } from '../../shared/names'
import type { ReminderSettings } from '../../shared/reminders'
import type { Reader } from '../db/door'
import { MISSED_LOOKBACK_MS, type Reminder } from './schedule'

/**
 * The reminders that can be due around a moment, from the practice: one before each
 * scheduled session, and one a day for the open actions due that day. What a
 * notification says is only a client's initials and a time unless the coach chose full
 * names: it can show on a locked screen. Descriptions and notes never go in.
 */

const MINUTE_MS = 60_000

export interface RemindedSession {
  uid: string
  startsAt: string
  clientName: string
}

export interface RemindedAction {
  engagementUid: string
  clientName: string
}

const nameIn = (settings: ReminderSettings, clientName: string) => (settings.fullNames ? clientName : initialsOf(clientName))

function inMinutes(from: number, to: number): string {
  const minutes = Math.max(1, Math.round((to - from) / MINUTE_MS))
  return minutes === 1 ? 'Starts in 1 minute' : `Starts in ${minutes} minutes`
}

export function sessionReminder(session: RemindedSession, settings: ReminderSettings, now: number, place: Place): Reminder {
  const start = Date.parse(session.startsAt)
  return {
    key: `session:${session.uid}@${session.startsAt}`,
    dueAt: start - settings.sessionLeadMinutes * MINUTE_MS,
    until: start,
    atOpening: false,
    notification: {
      title: `Session with ${nameIn(settings, session.clientName)} at ${formatMomentTime(session.startsAt, place)}`,
      body: inMinutes(now, start),
      link: { kind: 'session', uid: session.uid }
    },
    record: { kind: 'session', sessionUid: session.uid }
  }
}

/** The first moment of a day on this machine's clock (a day the clocks change at midnight starts when they say). */
function startOf(day: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  return Date.parse(momentOf({ year, month, day: date, hour: 0, minute: 0 }))
}

/** When the day's actions are announced: at the coach's time of day on this machine's clock, that day. */
function actionsDueAt(day: string, settings: ReminderSettings): number {
  if (settings.actionsTiming === 'open') return startOf(day)
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  const [hour, minute] = settings.actionsTime.split(':').map(Number) as [number, number]
  return Date.parse(momentOf({ year, month, day: date, hour, minute }))
}

/** One reminder for the open actions due on a day; none when there are none. */
export function actionsReminder(day: string, actions: readonly RemindedAction[], settings: ReminderSettings): Reminder | null {
  if (actions.length === 0) return null
  const clients = [...new Set(actions.map((action) => nameIn(settings, action.clientName)))]
  const engagements = new Set(actions.map((action) => action.engagementUid))
  return {
    key: `actions:${day}`,
    dueAt: actionsDueAt(day, settings),
    until: startOf(addDays(day, 1)),
    atOpening: settings.actionsTiming === 'open',
    notification: {
      title: actions.length === 1 ? '1 action due today' : `${actions.length} actions due today`,
      body: `For ${clients.join(', ')}`,
      // One engagement's actions open its action plan; several open the app where it was.
      link: engagements.size === 1 ? { kind: 'engagement', uid: actions[0]!.engagementUid } : null
    },
    record: { kind: 'actions', day }
  }
}

/** The scheduled sessions whose reminders can be due from a day ago until now. */
function sessionsAround(db: Reader, now: number, settings: ReminderSettings): Promise<RemindedSession[]> {
  const lead = settings.sessionLeadMinutes * MINUTE_MS
  const from = new Date(now - MISSED_LOOKBACK_MS + lead).toISOString()
  const through = new Date(now + lead).toISOString()
  return sql<RemindedSession>`
    SELECT s.uid, s.starts_at, c.name AS client_name
    FROM sessions AS s JOIN engagements AS e ON e.id = s.engagement_id JOIN clients AS c ON c.id = e.client_id
    WHERE s.status = 'scheduled' AND s.starts_at >= ${from} AND s.starts_at <= ${through}
    ORDER BY s.starts_at, s.id`
    .execute(db)
    .then((result) => result.rows)
}

function openActionsDueOn(db: Reader, day: string): Promise<RemindedAction[]> {
  return sql<RemindedAction>`
    SELECT e.uid AS engagement_uid, c.name AS client_name
    FROM actions AS a JOIN engagements AS e ON e.id = a.engagement_id JOIN clients AS c ON c.id = e.client_id
    WHERE a.status = 'open' AND a.due_on = ${day}
    ORDER BY c.name, a.id`
    .execute(db)
    .then((result) => result.rows)
}

/** Every reminder that can be due at `now` or came due in the day before it. */
export async function remindersAround(db: Reader, now: number, settings: ReminderSettings, place: Place): Promise<Reminder[]> {
  const today = dayOf(new Date(now))!
  const yesterday = addDays(today, -1)
  const sessions = (await sessionsAround(db, now, settings)).map((session) => sessionReminder(session, settings, now, place))
  const days = [yesterday, today].map(async (day) => actionsReminder(day, await openActionsDueOn(db, day), settings))
  const actions = (await Promise.all(days)).filter((reminder): reminder is Reminder => reminder !== null)
  return [...sessions, ...actions]
}
