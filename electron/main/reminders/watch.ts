import type { Place } from '../../shared/dates'
import type { DoorFor } from '../db/door'
import type { Logger } from '../logging/logger'
import type { Platform } from '../platform'
import { readLocale } from '../preferences'
import { remindersAround } from './due'
import { look, ON_TIME_MS } from './schedule'
import { readReminderSettings, readReminderState, writeReminderState } from './settings'

/** How often Coachbook looks at the clock for reminders while it runs. */
export const LOOK_EVERY_MS = 30_000

export interface ReminderWatchOptions {
  /** The open practice's door (it changes when a backup is restored). */
  door: () => DoorFor
  platform: Pick<Platform, 'notify'>
  log: Logger
  /** This computer's locale (the practice's, once the coach chose one) and time zone, for the times a notification says. */
  place: Place
  now?: () => number
  everyMs?: number
}

export interface ReminderWatch {
  /** Looks now (after a change to the practice: a session just scheduled, reminders switched on). */
  lookNow(): Promise<void>
  /** The computer goes to sleep: no looks until it wakes. */
  suspend(): void
  /** The computer woke up: what came due while it slept is listed, not shown. */
  resume(): Promise<void>
  stop(): void
}

/**
 * Looks for due reminders now, every half minute and after each change, while Coachbook
 * runs. Each look works from the clock: a look long after the last one (the computer
 * slept without saying so, or the clock jumped ahead) is treated as a wake-up. What a look
 * shows is stored before it shows, so that no restart ever shows it again.
 */
export function watchReminders(options: ReminderWatchOptions): ReminderWatch {
  const now = options.now ?? Date.now
  const everyMs = options.everyMs ?? LOOK_EVERY_MS
  let lastLookAt: number | null = null
  let asleep = false
  let wokeUp = true
  let looking: Promise<void> = Promise.resolve()

  const lookOnce = async () => {
    const at = now()
    const afterGap = wokeUp || lastLookAt === null || at - lastLookAt > everyMs + ON_TIME_MS
    wokeUp = false
    lastLookAt = at
    const door = options.door()
    const settings = await readReminderSettings(door.reader)
    if (!settings.enabled) return
    // The time a reminder says is written in the practice's locale when the coach chose one.
    const place = { ...options.place, locale: (await readLocale(door.reader)) ?? options.place.locale }
    const reminders = await remindersAround(door.reader, at, settings, place)
    const seen = look(at, reminders, await readReminderState(door.reader), afterGap)
    if (seen.next) {
      const next = seen.next
      await door.write((writer) => writeReminderState(writer, next))
    }
    for (const reminder of seen.show) options.platform.notify(reminder.notification)
    if (seen.show.length > 0) options.log.info('reminders.shown', { count: seen.show.length })
  }

  // One look at a time, in order: two at once could both find the same reminder due.
  const lookNow = () => {
    if (asleep) return looking
    looking = looking.then(lookOnce).catch((error: unknown) => options.log.error('reminders.lookFailed', error))
    return looking
  }

  const timer = setInterval(() => void lookNow(), everyMs)
  // The watch never keeps the app (or a test) from ending.
  timer.unref()
  void lookNow()
  return {
    lookNow,
    suspend: () => {
      asleep = true
    },
    resume: () => {
      asleep = false
      wokeUp = true
      return lookNow()
    },
    stop: () => clearInterval(timer)
  }
}
