import { z } from 'zod'

/**
 * Text limits are explicit per kind of field, so nothing is ever silently cut:
 * a value over the limit is refused with a message that says so.
 */
export const LIMITS = {
  /** A date or a date and time as text: '2026-03-14T09:30:00.123456789+01:00' is 35 characters. */
  dateText: 40,
  name: 200,
  shortText: 200,
  tag: 50,
  tagsPerRecord: 50,
  /** One sentence or a short paragraph: a goal statement, an action. */
  statement: 2_000,
  notes: 1_000_000,
  /** Rows sent in one list (scores of a result, outcomes of a review, introductions of a session…). */
  rowsPerList: 1_000,
  /** The size of a measurement, score or target: far beyond any a coach records, and within what a chart can scale. */
  magnitude: 1_000_000_000_000
} as const

/**
 * Text that can be stored and read back faithfully: lone surrogates have no UTF-8 form,
 * and SQLite's text functions (length, the CHECKs on names, the search index) stop at a NUL.
 */
function isStorable(value: string): boolean {
  return value.isWellFormed() && !value.includes('\u0000')
}

/** Text kept exactly as typed, apart from surrounding spaces; see isStorable for what cannot be kept. */
export function text(label: string, max: number) {
  return z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, `${label} is too long: keep it under ${max.toLocaleString('en')} characters.`)
    .refine(isStorable, `${label} contains a character that cannot be saved.`)
}

/** Optional text: empty or missing becomes null, so "no value" has one spelling. */
export function optionalText(label: string, max: number) {
  return text(label, max)
    .nullish()
    .transform((value) => (value ? value : null))
}

/** Text that must be there: a short line such as a name or a title. */
export function requiredText(label: string, max: number, emptyMessage: string) {
  return text(label, max).pipe(z.string().min(1, emptyMessage))
}

/** Long free text (notes, terms, reflections): missing means empty, never null. */
export function longText(label: string) {
  return text(label, LIMITS.notes).default('')
}

/** An email address, or null when left empty. */
export function optionalEmail(label: string) {
  return optionalText(label, LIMITS.shortText).refine(
    (value) => value === null || z.email().safeParse(value).success,
    'That email address does not look right: check it has one @ and a domain, like name@example.com.'
  )
}

export const recordId = z
  .number({ error: 'A record id must be a number.' })
  .int('A record id must be a whole number.')
  .positive('A record id must be positive.')

/** A link to another record that may be left empty. */
export const optionalRecordId = recordId.nullish().transform((value) => value ?? null)

/** A yes/no choice; missing means no. */
export function flag(label: string) {
  return z.boolean({ error: `${label} must be yes or no.` }).default(false)
}

/** Chosen from a fixed list; the message says what the choices are for. */
export function choice<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.enum(values, { error: message })
}

/** A whole number in a range, e.g. minutes or a 0–10 rating. */
export function wholeNumber(label: string, min: number, max: number) {
  const range = `${label} must be a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}.`
  return z.number({ error: `${label} must be a number.` }).int(range).min(min, range).max(max, range)
}

/** A number with or without decimals, e.g. a measurement or a score, up to a trillion either side of zero. */
export function decimalNumber(label: string) {
  const bound = LIMITS.magnitude.toLocaleString('en')
  const range = `${label} must be between -${bound} and ${bound}.`
  return z.number({ error: `${label} must be a number.` }).min(-LIMITS.magnitude, range).max(LIMITS.magnitude, range)
}

function isRealCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

/** True for a real day written YYYY-MM-DD: 2026-02-28 yes, 2026-02-30 no. */
export function isIsoDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value)
  return match !== null && isRealCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))
}

/**
 * A calendar day as 'YYYY-MM-DD', with no time zone: a deadline or a session's
 * day means the same date wherever the coach is. Sorting the text sorts the dates.
 */
export function isoDate(label: string) {
  const format = `${label} must be a date written like 2026-03-14.`
  return z
    .string({ error: `${label} must be a date.` })
    .trim()
    .max(LIMITS.dateText, format)
    .regex(DATE_PATTERN, format)
    .refine(isIsoDate, `${label} is not a day on the calendar: check the day and the month.`)
}

/** A date that may be left empty: empty or missing becomes null. */
export function optionalIsoDate(label: string) {
  return z
    .string({ error: `${label} must be a date.` })
    .trim()
    .max(LIMITS.dateText, `${label} must be a date written like 2026-03-14.`)
    .nullish()
    .transform((value) => (value ? value : null))
    .pipe(isoDate(label).nullable())
}

const DATE_TIME_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/

/** Offsets in use run from -12:00 to +14:00; anything beyond is a typo, not a place. */
const MAX_OFFSET_HOURS = 14

function isRealDateTime(value: string): boolean {
  const match = DATE_TIME_PATTERN.exec(value)
  if (!match) return false
  const [, year, month, day, hour, minute, second = '0', offsetHours = '0', offsetMinutes = '0'] = match
  return (
    isRealCalendarDate(Number(year), Number(month), Number(day)) &&
    Number(hour) < 24 &&
    Number(minute) < 60 &&
    Number(second) < 60 &&
    Number(offsetHours) <= MAX_OFFSET_HOURS &&
    Number(offsetMinutes) < 60 &&
    // What passes here is turned into a Date: it must be one the engine can read.
    !Number.isNaN(Date.parse(value))
  )
}

/**
 * A moment in time, sent with its offset ('2026-03-14T09:30:00+01:00' or '…Z') and
 * stored in UTC ('2026-03-14T08:30:00.000Z'), so sorting the text sorts the moments.
 */
export function isoDateTime(label: string) {
  const format = `${label} must be a date and time with its offset, like 2026-03-14T09:30:00+01:00.`
  return z
    .string({ error: `${label} must be a date and time.` })
    .trim()
    .max(LIMITS.dateText, format)
    .refine(isRealDateTime, format)
    .transform((value) => new Date(value).toISOString())
}

/** Any characters at all; main says when one is too short. Not trimmed: a space is part of a passphrase. */
export const passphraseText = z.string({ error: 'The passphrase must be text.' }).max(1000, 'Keep the passphrase under 1,000 characters.')
