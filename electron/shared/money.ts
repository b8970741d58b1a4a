import { formattingLocale } from './locale'
import { z } from 'zod'

/**
 * Money is kept as a whole number of the currency's minor unit (cents, pence, øre;
 * yen have none), with its ISO 4217 code: 1250.00 EUR is { amountMinor: 125000,
 * currency: 'EUR' }. Whole numbers add up exactly, which decimals in floating point do
 * not, so an amount goes from the digits the coach typed to whole minor units as digits
 * (never through a float), and back to words through Intl given the exact decimal.
 */
const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf('currency'))

const CHOOSE_CURRENCY = 'Choose a currency by its three-letter code, such as EUR, GBP or USD.'

export const currencyCode = z
  .string({ error: 'The currency must be a three-letter code such as EUR.' })
  .trim()
  .max(3, CHOOSE_CURRENCY)
  .toUpperCase()
  .refine((code) => /^[A-Z]{3}$/.test(code) && KNOWN_CURRENCIES.has(code), CHOOSE_CURRENCY)

/** The largest amount Coachbook stores, in minor units: whole numbers beyond it lose digits in JavaScript. */
export const MAX_AMOUNT_MINOR = Number.MAX_SAFE_INTEGER

/** How many digits the currency has after the decimal point (ISO 4217's exponent): 2 for EUR, 0 for JPY, 3 for KWD. */
export function minorUnitDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
}

interface NumberShape {
  decimal: string
  group: string
  /** Digits in the groups before the last one: 3 mostly, 2 in India's lakh and crore grouping. */
  innerGroupDigits: number
}

/** How a locale writes numbers: "1,234,567.5" in en-GB, "1.234.567,5" in de-DE, "12,34,567.5" in en-IN. */
function numberShapeOf(locale: string | undefined): NumberShape {
  const parts = new Intl.NumberFormat(formattingLocale(locale), { useGrouping: true }).formatToParts(1234567.5)
  const integers = parts.filter((part) => part.type === 'integer')
  return {
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
    innerGroupDigits: integers.length > 2 ? integers[1]!.value.length : 3
  }
}

/**
 * The whole part without its group signs, or null when they are not where the locale puts
 * them: "12.50" typed in Germany is refused rather than read as twelve hundred and fifty.
 */
function ungrouped(whole: string, { group, innerGroupDigits }: NumberShape): string | null {
  if (group.trim() === '') return whole
  const groups = whole.split(group)
  const wellPlaced = groups.every((digits, index) => {
    if (index === 0) return groups.length === 1 || (digits.length > 0 && digits.length <= 3)
    return digits.length === (index === groups.length - 1 ? 3 : innerGroupDigits)
  })
  return wellPlaced ? groups.join('') : null
}

/** Spaces of every kind: French and Swiss locales group digits with (narrow) no-break spaces. */
const SPACES = /[\s\u00a0\u202f]/g

export type AmountReading = { ok: true; amountMinor: number } | { ok: false; message: string }

/**
 * An amount as typed, in the coach's locale ("1,250.50" in London, "1.250,50" in Berlin),
 * to whole minor units of the currency: 125050 for EUR. Read digit by digit: never a float,
 * never rounded. More decimals than the currency has, a minus sign, letters or an amount
 * too large to store are refused with words that say what to type instead.
 */
export function toMinorUnits(typed: string, currency: string, locale?: string): AmountReading {
  const digits = minorUnitDigits(currency)
  const shape = numberShapeOf(locale)
  const example = formatAmount(1234 * 10 ** digits + (digits > 0 ? 5 * 10 ** (digits - 1) : 0), currency, locale)
  const compact = typed.replace(SPACES, '')
  if (compact === '') return { ok: false, message: 'Enter the amount.' }
  if (compact.startsWith('-')) return { ok: false, message: 'Enter an amount of zero or more.' }
  const [grouped = '', fraction = '', ...more] = compact.split(shape.decimal)
  const whole = ungrouped(grouped, shape)
  if (more.length > 0 || whole === null || !/^\d*$/.test(whole) || !/^\d*$/.test(fraction) || whole + fraction === '') {
    return { ok: false, message: `Enter the amount in figures, such as ${example}.` }
  }
  if (fraction.length > digits) {
    return {
      ok: false,
      message:
        digits === 0
          ? `${currency} has no smaller unit: enter a whole amount, such as ${example}.`
          : `${currency} has ${digits} digits after the decimal point: enter an amount such as ${example}.`
    }
  }
  const minor = BigInt(whole || '0') * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, '0') || '0')
  if (minor > BigInt(MAX_AMOUNT_MINOR)) return { ok: false, message: 'Enter a smaller amount: this one is too large to keep exactly.' }
  return { ok: true, amountMinor: Number(minor) }
}

/** 125050 EUR → "1250.50": the exact decimal, for Intl and for files (CSV), never a float. */
export function toDecimalString(amountMinor: number, currency: string): string {
  const digits = minorUnitDigits(currency)
  const sign = amountMinor < 0 ? '-' : ''
  const units = BigInt(Math.abs(amountMinor)).toString().padStart(digits + 1, '0')
  return digits === 0 ? `${sign}${units}` : `${sign}${units.slice(0, -digits)}.${units.slice(-digits)}`
}

/** Intl formats the decimal string exactly (NumberFormat v3); TypeScript's lib types it as number only. */
function formatExact(format: Intl.NumberFormat, decimal: string): string {
  return format.format(decimal as unknown as number)
}

/** 125050 EUR → "€1,250.50" in en-GB, "1.250,50 €" in de-DE: the coach's locale, the currency's digits. */
export function formatMoney(amountMinor: number, currency: string, locale?: string): string {
  const format = new Intl.NumberFormat(formattingLocale(locale), { style: 'currency', currency })
  return formatExact(format, toDecimalString(amountMinor, currency))
}

/** 125050 EUR → "1,250.50" in en-GB, "1.250,50" in de-DE: an amount as the coach types it back. */
export function formatAmount(amountMinor: number, currency: string, locale?: string): string {
  const digits = minorUnitDigits(currency)
  const format = new Intl.NumberFormat(formattingLocale(locale), { minimumFractionDigits: digits, maximumFractionDigits: digits })
  return formatExact(format, toDecimalString(amountMinor, currency))
}

/**
 * The one rounding rule of money in Coachbook: a quotient of whole minor units rounded to
 * the nearest minor unit, a half away from zero (2.5 → 3, −2.5 → −3), in exact integer
 * arithmetic. Used wherever an amount is divided: a package's value per session used.
 */
export function divideRoundingHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('Cannot divide an amount by zero.')
  const negative = numerator < 0n !== denominator < 0n
  const n = numerator < 0n ? -numerator : numerator
  const d = denominator < 0n ? -denominator : denominator
  const rounded = (2n * n + d) / (2n * d)
  return negative ? -rounded : rounded
}

/** `part` of `whole` shares of an amount, in minor units, by the one rounding rule: 3 of 8 sessions of 1000.00 is 375.00. */
export function shareOfAmount(amountMinor: number, part: number, whole: number): number {
  return Number(divideRoundingHalfAwayFromZero(BigInt(amountMinor) * BigInt(part), BigInt(whole)))
}
