import { CalendarDateTime, fromAbsolute, toZoned } from '@internationalized/date'
import { addDays, dayOf } from './dates'

/**
 * A series of scheduled sessions: the dates a rule gives from a first session, on the
 * coach's calendar and clock. Worked out here for the preview (in the window) and for
 * the write (in main) alike, so the sessions created are the ones previewed.
 */

export const SERIES_FREQUENCIES = ['weekly', 'fortnightly', 'monthly'] as const
export type SeriesFrequency = (typeof SERIES_FREQUENCIES)[number]
export const SERIES_FREQUENCY_LABELS: Record<SeriesFrequency, string> = { weekly: 'Weekly', fortnightly: 'Fortnightly', monthly: 'Monthly' }

/** A monthly series falls on the same date of each month (the 14th), or the same weekday of it (the 2nd Tuesday). */
export const MONTHLY_RULES = ['date', 'weekday'] as const
export type MonthlyRule = (typeof MONTHLY_RULES)[number]
/** The rule in general; the dialog names it for the first date ("The 2nd Tuesday of each month"). */
export const MONTHLY_RULE_LABELS: Record<MonthlyRule, string> = { date: 'The same date of each month', weekday: 'The same weekday of each month' }

/** At most this many sessions in one series: two years of weekly sessions. */
export const SERIES_SIZE = { min: 1, max: 104 } as const

export interface SeriesRule {
  /** The first session's start (UTC): its day starts the series, its time on the coach's clock is every session's. */
  firstStartsAt: string
  /** The coach's IANA time zone: the clock the series keeps, whatever the clocks do. */
  timeZone: string
  frequency: SeriesFrequency
  /** For a monthly series; ignored otherwise. */
  monthlyBy: MonthlyRule
  /** How many sessions are created: skipped dates do not count. */
  count: number
  /** Days ('YYYY-MM-DD') the series passes over (holidays); it goes on to the next date. */
  skipDays: readonly string[]
}

/** Why a date is not the rule's plain reading, for the preview to say. */
export type SeriesAdjustment =
  /** The month has no such date (the 31st in April): its last day. */
  | { kind: 'monthEnd'; wantedDate: number }
  /** The month has no fifth such weekday: its last one. */
  | { kind: 'lastWeekday' }
  /** The clocks went forward through the time that day: the same time after the jump. */
  | { kind: 'clockGap'; wantedTime: string }

export interface SeriesDate {
  /** The day on the coach's calendar. */
  day: string
  /** UTC. */
  startsAt: string
  skipped: boolean
  adjustment: SeriesAdjustment | null
}

interface Day {
  year: number
  month: number
  date: number
}

const dayText = ({ year, month, date }: Day) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`

function parseDay(day: string): Day {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  return { year, month, date }
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** 0 for Sunday to 6 for Saturday. */
function weekdayOf({ year, month, date }: Day): number {
  return new Date(Date.UTC(year, month - 1, date)).getUTCDay()
}

/** Which of its weekday in the month a date is: the 1st to the 5th. */
export function weekdayOrdinal(day: string): number {
  return Math.ceil(parseDay(day).date / 7)
}

function monthsLater({ year, month }: Day, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}

/** The n-th date of a rule counted from the first (0 is the first itself). */
function nthDay(first: Day, rule: Pick<SeriesRule, 'frequency' | 'monthlyBy'>, n: number): { day: string; adjustment: SeriesAdjustment | null } {
  if (rule.frequency !== 'monthly') return { day: addDays(dayText(first), n * (rule.frequency === 'weekly' ? 7 : 14)), adjustment: null }
  const { year, month } = monthsLater(first, n)
  const length = daysInMonth(year, month)
  if (rule.monthlyBy === 'date') {
    // Counted from the first date each time, so a series from the 31st comes back to the 31st after a short month.
    if (first.date <= length) return { day: dayText({ year, month, date: first.date }), adjustment: null }
    return { day: dayText({ year, month, date: length }), adjustment: { kind: 'monthEnd', wantedDate: first.date } }
  }
  const weekday = weekdayOf(first)
  const firstSuchWeekday = 1 + ((weekday - weekdayOf({ year, month, date: 1 }) + 7) % 7)
  const wanted = firstSuchWeekday + 7 * (weekdayOrdinal(dayText(first)) - 1)
  if (wanted <= length) return { day: dayText({ year, month, date: wanted }), adjustment: null }
  return { day: dayText({ year, month, date: wanted - 7 }), adjustment: { kind: 'lastWeekday' } }
}

/** The date `months` months after `day`, on the same date, or the month's last day when it is shorter (31 Jan → 28 Feb → 31 Mar). */
export function sameDateMonthsLater(day: string, months: number): string {
  return nthDay(parseDay(day), { frequency: 'monthly', monthlyBy: 'date' }, months).day
}

/** The time on the coach's clock at a moment, 'HH:MM'. */
function clockTime(moment: string, timeZone: string): string {
  const zoned = fromAbsolute(Date.parse(moment), timeZone)
  return `${String(zoned.hour).padStart(2, '0')}:${String(zoned.minute).padStart(2, '0')}`
}

/**
 * The moment a time on the coach's clock names on a day, in UTC. A time the clocks
 * skipped is the same time after the jump (02:30 becomes 03:30), a time they passed
 * twice the first of the two, as `momentOf` reads them here.
 */
function momentOn(day: string, time: string, timeZone: string): string {
  const { year, month, date } = parseDay(day)
  const [hour, minute] = time.split(':').map(Number) as [number, number]
  return toZoned(new CalendarDateTime(year, month, date, hour, minute), timeZone, 'compatible').toDate().toISOString()
}

/**
 * Every date of the series, the skipped ones among them (marked), until `count` are not
 * skipped. Each is counted from the first date, not from the one before, and at the
 * first session's time on the coach's clock: 09:00 in London stays 09:00 when the
 * clocks change. A skipped day the rule never reaches is left out of the result.
 */
export function seriesDates(rule: SeriesRule): SeriesDate[] {
  const firstDay = dayOf(rule.firstStartsAt, rule.timeZone)!
  const time = clockTime(rule.firstStartsAt, rule.timeZone)
  const skip = new Set(rule.skipDays)
  const dates: SeriesDate[] = []
  let kept = 0
  // A skipped day can only push the series on by one date each.
  for (let n = 0; kept < rule.count && n < rule.count + skip.size; n += 1) {
    const { day, adjustment } = nthDay(parseDay(firstDay), rule, n)
    const startsAt = momentOn(day, time, rule.timeZone)
    const shownTime = clockTime(startsAt, rule.timeZone)
    const skipped = skip.has(day)
    if (!skipped) kept += 1
    dates.push({ day, startsAt, skipped, adjustment: adjustment ?? (shownTime === time ? null : { kind: 'clockGap', wantedTime: time }) })
  }
  return dates
}

/** The skip days the series never reaches: a mistake to point out, never to drop quietly. */
export function skipDaysOutside(rule: SeriesRule, dates: readonly SeriesDate[]): string[] {
  const reached = new Set(dates.map((date) => date.day))
  return rule.skipDays.filter((day) => !reached.has(day))
}
