import { dayOf, formatDay, formatDayRange, formatMomentDay } from '../../shared/dates'
import { countOf, type Noun } from '../../shared/words'
import type { Reader } from '../db/door'
import { readLocale, systemLocality, type Locality } from '../preferences'

/** Where the report is written: the practice's locale (else this computer's), and the given time zone (else this computer's). */
export async function practiceLocality(db: Reader, chosen: Partial<Locality> = {}): Promise<Locality> {
  const system = systemLocality()
  return {
    locale: chosen.locale ?? (await readLocale(db)) ?? system.locale,
    timeZone: chosen.timeZone ?? system.timeZone
  }
}

/** Regions that print on US Letter paper; everyone else uses A4. */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'CR', 'PR', 'SV', 'NI', 'PA', 'DO'])

export function paperSizeFor(locale: string): 'A4' | 'LETTER' {
  const region = new Intl.Locale(locale).maximize().region
  return region && LETTER_REGIONS.has(region) ? 'LETTER' : 'A4'
}

export interface Formats {
  /** A calendar day stored as 'YYYY-MM-DD': the same day wherever the reader is. */
  date(day: string): string
  /** A day, or "—" when there is none. */
  optionalDate(day: string | null): string
  /** The day of a stored UTC moment, in the coach's time zone. */
  dayOf(moment: string): string
  /** The same day as 'YYYY-MM-DD', to set against other days. */
  isoDayOf(moment: string): string
  /** Two days as a range, "5 Jan – 30 Jun 2026"; an open end shows as "from 5 Jan 2026". */
  dateRange(from: string | null, to: string | null): string
  number(value: number): string
  /** "1 introduction", "3 introductions": the noun agrees with the number (see shared/words.ts). */
  count(value: number, forms: Noun): string
}

export function formatsFor({ locale, timeZone }: Locality): Formats {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })
  return {
    date: (value) => formatDay(value, locale),
    optionalDate: (value) => (value ? formatDay(value, locale) : '—'),
    dayOf: (moment) => formatMomentDay(moment, { locale, timeZone }),
    isoDayOf: (moment) => dayOf(moment, timeZone)!,
    dateRange: (from, to) => {
      if (from && to) return formatDayRange(from, to, locale)
      if (from) return `from ${formatDay(from, locale)}`
      if (to) return `until ${formatDay(to, locale)}`
      return '—'
    },
    number: (value) => number.format(value),
    count: (value, forms) => countOf(value, forms, { locale })
  }
}
