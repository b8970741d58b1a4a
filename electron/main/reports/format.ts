import { countOf, type Noun } from '../../shared/words'

/** Where the coach is: the language tag for dates and numbers, and the time zone for moments. */
export interface Locality {
  locale: string
  timeZone: string
}

/** The computer's own locale and time zone. */
export function systemLocality(): Locality {
  const { locale, timeZone } = new Intl.DateTimeFormat().resolvedOptions()
  return { locale, timeZone }
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
  /** Two days as a range, "5 Jan – 30 Jun 2026"; an open end shows as "from 5 Jan 2026". */
  dateRange(from: string | null, to: string | null): string
  number(value: number): string
  /** "1 introduction", "3 introductions": the noun agrees with the number (see shared/words.ts). */
  count(value: number, forms: Noun): string
}

export function formatsFor({ locale, timeZone }: Locality): Formats {
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
  const dayInZone = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone })
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })
  const utc = (value: string) => new Date(`${value}T00:00:00Z`)
  return {
    date: (value) => day.format(utc(value)),
    optionalDate: (value) => (value ? day.format(utc(value)) : '—'),
    dayOf: (moment) => dayInZone.format(new Date(moment)),
    dateRange: (from, to) => {
      if (from && to) return day.formatRange(utc(from), utc(to))
      if (from) return `from ${day.format(utc(from))}`
      if (to) return `until ${day.format(utc(to))}`
      return '—'
    },
    number: (value) => number.format(value),
    count: (value, forms) => countOf(value, forms, { locale })
  }
}
