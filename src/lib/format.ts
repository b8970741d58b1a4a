import { formatDay, formatMoment } from '../../electron/shared/dates'
import { formattingLocale } from '../../electron/shared/locale'

/**
 * Every date, time and number the window writes goes through here or through the shared
 * formatters (electron/shared/dates.ts, money.ts, words.ts), which all read the coach's
 * chosen locale from one place (electron/shared/locale.ts). None of them is made once at
 * load: the locale can change while the window is open.
 */

/** The locale the window writes in now: the one chosen in Settings, else this computer's. */
export function appLocale(): string {
  return formattingLocale() ?? navigator.language
}

const numberFormats = new Map<string, Intl.NumberFormat>()
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>()

function cached<F, O>(formats: Map<string, F>, options: O, make: (locale: string, options: O) => F): F {
  const locale = appLocale()
  const key = JSON.stringify([locale, options])
  let format = formats.get(key)
  if (!format) {
    format = make(locale, options)
    formats.set(key, format)
  }
  return format
}

/** A number as the coach's locale writes it, to two decimals at most: "1,250.5" in London, "1.250,5" in Berlin. */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = { maximumFractionDigits: 2 }): string {
  return cached(numberFormats, options, (locale, chosen) => new Intl.NumberFormat(locale, chosen)).format(value)
}

/** A date or time in a style of its own (a weekday, a long day), in the coach's locale. */
export function dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(dateTimeFormats, options, (locale, chosen) => new Intl.DateTimeFormat(locale, chosen))
}

/** "tomorrow", "in 3 days", "2 weeks ago", in the coach's locale. */
export function formatRelative(value: number, unit: Intl.RelativeTimeFormatUnit): string {
  return new Intl.RelativeTimeFormat(appLocale(), { numeric: 'auto' }).format(value, unit)
}

const currencyNames = new Map<string, Intl.DisplayNames>()

/** A currency's name as the coach's locale says it ("Euro", "British Pound"); '' when it has none. */
export function currencyName(code: string): string {
  return cached(currencyNames, 'currency', (locale) => new Intl.DisplayNames(locale, { type: 'currency' })).of(code) ?? ''
}

/** A stored ISO timestamp, shown in the coach's locale and time zone. */
export function formatDateTime(iso: string): string {
  return formatMoment(iso)
}

/** A calendar day stored as YYYY-MM-DD, shown in the coach's locale; the same day everywhere. */
export function formatDate(isoDate: string | null | undefined): string {
  return isoDate ? formatDay(isoDate) : '—'
}

/** Today as YYYY-MM-DD in the coach's own time zone. */
export { todayOf as todayIso } from '../../electron/shared/dates'

/** The coach's IANA time zone (this computer's): the clock their dates and times are read on. */
export function coachTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone
}
