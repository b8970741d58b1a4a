import { formattingLocale } from './locale'

/**
 * Days and moments on the coach's calendar. A moment is stored in UTC ('…Z'); a day is
 * 'YYYY-MM-DD'. Which day a moment falls on depends on where the coach is: these are the
 * only places that work it out, for main and the window alike (they share the machine's
 * time zone).
 */

/** The time on the wall clock, to the minute, with no time zone of its own. */
export interface WallClock {
  year: number
  month: number
  day: number
  hour: number
  minute: number
}

const pad = (value: number, digits = 2) => String(value).padStart(digits, '0')

function dayText(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`
}

const dayFormats = new Map<string, Intl.DateTimeFormat>()

function dayFormatIn(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' })
    dayFormats.set(timeZone, format)
  }
  return format
}

/**
 * The day a moment falls on, 'YYYY-MM-DD': on this machine's calendar, or in the given
 * time zone (a report printed for a coach elsewhere). Invalid input gives null.
 */
export function dayOf(moment: Date | string, timeZone?: string): string | null {
  const date = typeof moment === 'string' ? new Date(moment) : moment
  if (Number.isNaN(date.getTime())) return null
  if (timeZone === undefined) return dayText(date.getFullYear(), date.getMonth() + 1, date.getDate())
  const parts = Object.fromEntries(dayFormatIn(timeZone).formatToParts(date).map((part) => [part.type, part.value]))
  return dayText(Number(parts.year), Number(parts.month), Number(parts.day))
}

/** The day `days` after (or, negative, before) a day: calendar arithmetic, the same in every time zone. */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  const moved = new Date(Date.UTC(year, month - 1, date + days))
  return dayText(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate())
}

/** Today on this machine's calendar. */
export function todayOf(now: Date = new Date()): string {
  return dayOf(now)!
}

/** What the wall clock here showed at a stored moment; null for text that is no moment. */
export function wallClockOf(moment: string): WallClock | null {
  const date = new Date(moment)
  if (!moment || Number.isNaN(date.getTime())) return null
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate(), hour: date.getHours(), minute: date.getMinutes() }
}

/**
 * The moment a wall-clock time names here, in UTC ('…Z'). Any year is read as itself
 * (not 19xx for two digits), with the offset this place had then. A time the clocks
 * skipped when they went forward is read as the same time after the jump (02:30 becomes
 * 03:30); a time they passed twice when they went back is the first of the two.
 */
export function momentOf(wall: WallClock): string {
  const date = new Date(2000, 0, 1)
  date.setFullYear(wall.year, wall.month - 1, wall.day)
  date.setHours(wall.hour, wall.minute, 0, 0)
  return date.toISOString()
}

/** Tomorrow at the given hour on this machine's clock, in UTC, whether or not the clocks change overnight. */
export function tomorrowAt(hour: number, now: Date = new Date()): string {
  const wall = wallClockOf(now.toISOString())!
  const tomorrow = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + 1))
  return momentOf({ year: tomorrow.getUTCFullYear(), month: tomorrow.getUTCMonth() + 1, day: tomorrow.getUTCDate(), hour, minute: 0 })
}

/** Now, back to the last quarter hour on this machine's clock, in UTC. */
export function lastQuarterHour(now: Date = new Date()): string {
  const wall = wallClockOf(now.toISOString())!
  return momentOf({ ...wall, minute: Math.floor(wall.minute / 15) * 15 })
}

/** Where the coach is, for writing dates: their locale and time zone (this machine's when left out). */
export interface Place {
  locale?: string
  timeZone?: string
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const writtenIn = formattingLocale(locale)
  const key = JSON.stringify([writtenIn ?? null, options])
  let format = formatters.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(writtenIn, options)
    formatters.set(key, format)
  }
  return format
}

/** A day is written as the UTC day it names, so no time zone can move it to the day before. */
const asUtc = (day: string) => new Date(`${day}T00:00:00Z`)
const DAY_STYLE = { dateStyle: 'medium', timeZone: 'UTC' } as const

/** A calendar day ('YYYY-MM-DD') as the coach writes it, e.g. "14 Mar 2026": the same day wherever they are. */
export function formatDay(day: string, locale?: string): string {
  return formatter(locale, DAY_STYLE).format(asUtc(day))
}

/** Two days as one range, "5 Jan – 30 Jun 2026". */
export function formatDayRange(from: string, to: string, locale?: string): string {
  return formatter(locale, DAY_STYLE).formatRange(asUtc(from), asUtc(to))
}

/** The day of a stored moment, as the coach writes it, on their calendar. */
export function formatMomentDay(moment: string, place: Place = {}): string {
  return formatter(place.locale, { dateStyle: 'medium', timeZone: place.timeZone }).format(new Date(moment))
}

/** A stored moment's day and time, as the coach writes them, on their clock. */
export function formatMoment(moment: string, place: Place = {}): string {
  return formatter(place.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: place.timeZone }).format(new Date(moment))
}

/** A stored moment's time of day, as the coach writes it, on their clock ("09:00", "9:00 AM"). */
export function formatMomentTime(moment: string, place: Place = {}): string {
  return formatter(place.locale, { timeStyle: 'short', timeZone: place.timeZone }).format(new Date(moment))
}
