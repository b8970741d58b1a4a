import type { RecordLink } from '../../shared/links'

/**
 * Which reminders to show, which were missed and which have passed, worked out afresh at
 * every look from the clock and what is stored, never from timers counting down: a timer
 * sleeps with the computer and knows nothing of the clock being changed, the clock does.
 */

/** A reminder that shows up to this late after the computer wakes is still on time; a later one is listed as missed. */
export const ON_TIME_MS = 2 * 60_000
/** How far back a look after a gap (closed, asleep, the clock moved on) lists missed reminders. */
export const MISSED_LOOKBACK_MS = 24 * 60 * 60_000
/** How long a shown reminder's key is kept: longer than the look-back, so it can never come due again. */
const KEPT_MS = 3 * MISSED_LOOKBACK_MS
/** The most missed reminders kept for the list: a coach away for weeks needs the newest, not all. */
const MISSED_KEPT = 200

/** What a desktop notification says, and the record a click on it opens. */
export interface ReminderNotification {
  title: string
  body: string
  link: RecordLink | null
}

/** What the missed list needs to find the record again: a session by its global id, or the actions of a day. */
export type MissedRecord = { kind: 'session'; sessionUid: string } | { kind: 'actions'; day: string }

export interface Reminder {
  /** The same reminder always has the same key (a session moved to another time is a new one). */
  key: string
  /** When it should show. */
  dueAt: number
  /** From this moment it is of no use: the session has started, the day is over. */
  until: number
  /** Announced when Coachbook opens (the day's actions, if the coach chose so): never missed, shown at the first look of its day. */
  atOpening: boolean
  notification: ReminderNotification
  record: MissedRecord
}

export interface MissedEntry {
  key: string
  remindAt: string
  record: MissedRecord
}

/** What is kept in the practice between looks and between runs. */
export interface ReminderState {
  /** Reminders due before this moment are never shown nor listed: the first look ever, or when reminders were switched on. */
  since: string | null
  /** Reminders shown, or passed while Coachbook was watching (a past session recorded today): never again. */
  done: { key: string; at: string }[]
  /** Reminders that came due while Coachbook could not show them, until the coach dismisses them. */
  missed: MissedEntry[]
}

export const NO_REMINDERS_YET: ReminderState = { since: null, done: [], missed: [] }

export interface Look {
  show: Reminder[]
  /** The state to keep, or null when nothing changed (no write). */
  next: ReminderState | null
}

/**
 * One look at the reminders at `now`. `afterGap` says that Coachbook could not watch just
 * before: it has just opened, the computer has just woken up, or the clock jumped ahead.
 * Then what came due meanwhile is listed as missed instead of shown late in a burst
 * (within a couple of minutes is still on time). While it watches, a reminder due is
 * shown, even one that came due a moment ago because the session was just scheduled.
 */
export function look(now: number, reminders: readonly Reminder[], state: ReminderState, afterGap: boolean): Look {
  if (state.since === null) return { show: [], next: { ...state, since: new Date(now).toISOString() } }
  const since = Date.parse(state.since)
  const known = new Set([...state.done.map((entry) => entry.key), ...state.missed.map((entry) => entry.key)])
  const show: Reminder[] = []
  const done: ReminderState['done'] = []
  const missed: MissedEntry[] = []
  const at = new Date(now).toISOString()
  for (const reminder of reminders) {
    if (known.has(reminder.key) || reminder.dueAt > now) continue
    known.add(reminder.key)
    const late = now - reminder.dueAt
    // Only what came due since Coachbook began watching is ever listed as missed.
    const watched = reminder.dueAt >= since && late <= MISSED_LOOKBACK_MS
    const missedNow = afterGap && (now >= reminder.until || (late > ON_TIME_MS && !reminder.atOpening))
    if (missedNow && watched) missed.push({ key: reminder.key, remindAt: new Date(reminder.dueAt).toISOString(), record: reminder.record })
    else if (missedNow || now >= reminder.until) done.push({ key: reminder.key, at })
    else {
      show.push(reminder)
      done.push({ key: reminder.key, at })
    }
  }
  const kept = state.done.filter((entry) => now - Date.parse(entry.at) <= KEPT_MS)
  if (done.length === 0 && missed.length === 0 && kept.length === state.done.length) return { show, next: null }
  return {
    show,
    next: { since: state.since, done: [...kept, ...done], missed: [...state.missed, ...missed].slice(-MISSED_KEPT) }
  }
}

/** The state once the coach has dismissed some missed reminders (they stay known, so they never return). */
export function dismissed(state: ReminderState, keys: readonly string[], now: number): ReminderState {
  const gone = new Set(keys)
  const at = new Date(now).toISOString()
  return {
    ...state,
    done: [...state.done, ...state.missed.filter((entry) => gone.has(entry.key)).map((entry) => ({ key: entry.key, at }))],
    missed: state.missed.filter((entry) => !gone.has(entry.key))
  }
}
