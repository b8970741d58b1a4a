import { z } from 'zod'

/**
 * Money is kept as a whole number of the currency's minor unit (cents, pence, øre;
 * yen have none), with its ISO 4217 code: 1250.00 EUR is { amountMinor: 125000,
 * currency: 'EUR' }. Whole numbers add up exactly, which decimals in floating point do not.
 */
const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf('currency'))

const CHOOSE_CURRENCY = 'Choose a currency by its three-letter code, such as EUR, GBP or USD.'

export const currencyCode = z
  .string({ error: 'The currency must be a three-letter code such as EUR.' })
  .trim()
  .max(3, CHOOSE_CURRENCY)
  .toUpperCase()
  .refine((code) => /^[A-Z]{3}$/.test(code) && KNOWN_CURRENCIES.has(code), CHOOSE_CURRENCY)

/** How many digits the currency has after the decimal point: 2 for EUR, 0 for JPY. */
export function minorUnitDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
}

/** 125000 EUR → 1250 (for showing); the reverse of `toMinorUnits`. */
export function fromMinorUnits(amountMinor: number, currency: string): number {
  return amountMinor / 10 ** minorUnitDigits(currency)
}

/** 1250.5 EUR → 125050. Rounds to the nearest minor unit. */
export function toMinorUnits(amount: number, currency: string): number {
  return Math.round(amount * 10 ** minorUnitDigits(currency))
}
