import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { divideRoundingHalfAwayFromZero, formatAmount, formatMoney, MAX_AMOUNT_MINOR, minorUnitDigits, shareOfAmount, toDecimalString, toMinorUnits } from './money'

const minor = (typed: string, currency: string, locale = 'en-GB') => {
  const reading = toMinorUnits(typed, currency, locale)
  return reading.ok ? reading.amountMinor : reading.message
}

describe('an amount as typed, to whole minor units', () => {
  it('reads each currency’s ISO 4217 exponent: two decimals for EUR, none for JPY, three for KWD', () => {
    expect(minorUnitDigits('EUR')).toBe(2)
    expect(minorUnitDigits('JPY')).toBe(0)
    expect(minorUnitDigits('KWD')).toBe(3)
    expect(minor('19.99', 'EUR')).toBe(1999)
    expect(minor('1250.5', 'EUR')).toBe(125050)
    expect(minor('5000', 'JPY')).toBe(5000)
    expect(minor('1.234', 'KWD')).toBe(1234)
  })

  it('never passes through floating point: amounts a float gets wrong come out exact', () => {
    // 1.005 × 100 is 100.49999… in floating point; 0.29 × 100 is 28.999…
    expect(minor('1.01', 'EUR')).toBe(101)
    expect(minor('0.29', 'EUR')).toBe(29)
    expect(minor('4.35', 'EUR')).toBe(435)
    // Beyond 2^53 / 100 a float cannot hold every cent.
    expect(minor('90071992547409.91', 'EUR')).toBe(9007199254740991)
  })

  it('refuses more decimals than the currency has instead of rounding them away', () => {
    expect(minor('19.999', 'EUR')).toBe('EUR has 2 digits after the decimal point: enter an amount such as 1,234.50.')
    expect(minor('15000.5', 'JPY')).toBe('JPY has no smaller unit: enter a whole amount, such as 1,234.')
  })

  it('reads the coach’s locale: its grouping and its decimal sign', () => {
    expect(minor('1,250.50', 'EUR', 'en-GB')).toBe(125050)
    expect(minor('1.250,50', 'EUR', 'de-DE')).toBe(125050)
    expect(minor('12,50,000.00', 'INR', 'en-IN')).toBe(125000000)
    expect(minor('1 250,50', 'EUR', 'fr-FR')).toBe(125050)
    expect(minor('1\u202f250,50', 'EUR', 'fr-FR')).toBe(125050)
  })

  it('refuses what is no amount, in words that say what to type', () => {
    expect(minor('', 'EUR')).toBe('Enter the amount.')
    expect(minor('-5', 'EUR')).toBe('Enter an amount of zero or more.')
    expect(minor('12.50', 'EUR', 'de-DE')).toBe('Enter the amount in figures, such as 1.234,50.')
    expect(minor('1,2,3.4.5', 'EUR')).toBe('Enter the amount in figures, such as 1,234.50.')
    expect(minor('1e5', 'EUR')).toBe('Enter the amount in figures, such as 1,234.50.')
    expect(minor('.', 'EUR')).toBe('Enter the amount in figures, such as 1,234.50.')
    expect(minor('90071992547409.92', 'EUR')).toBe('Enter a smaller amount: this one is too large to keep exactly.')
  })

  it('reads back exactly what it writes, in every locale, for every amount it can keep', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_AMOUNT_MINOR }),
        fc.constantFrom('EUR', 'JPY', 'KWD', 'GBP'),
        fc.constantFrom('en-GB', 'en-US', 'de-DE', 'en-IN', 'fr-FR', 'de-CH'),
        (amount, currency, locale) => {
          expect(toMinorUnits(formatAmount(amount, currency, locale), currency, locale)).toEqual({ ok: true, amountMinor: amount })
        }
      )
    )
  })
})

describe('an amount in words', () => {
  it('is the exact decimal, formatted by Intl in the coach’s locale', () => {
    expect(toDecimalString(125050, 'EUR')).toBe('1250.50')
    expect(toDecimalString(5, 'EUR')).toBe('0.05')
    expect(toDecimalString(-5, 'KWD')).toBe('-0.005')
    expect(toDecimalString(5000, 'JPY')).toBe('5000')
    expect(formatMoney(125050, 'EUR', 'en-GB')).toBe('€1,250.50')
    expect(formatMoney(125050, 'EUR', 'de-DE')).toBe('1.250,50\u00a0€')
    expect(formatMoney(9007199254740991, 'EUR', 'en-US')).toBe('€90,071,992,547,409.91')
    expect(formatMoney(5000, 'JPY', 'en-GB')).toBe('JP¥5,000')
  })
})

describe('the one rounding rule: half away from zero, in whole minor units', () => {
  it('rounds a half away from zero and the rest to the nearest', () => {
    expect(divideRoundingHalfAwayFromZero(5n, 2n)).toBe(3n)
    expect(divideRoundingHalfAwayFromZero(-5n, 2n)).toBe(-3n)
    expect(divideRoundingHalfAwayFromZero(7n, 3n)).toBe(2n)
    expect(divideRoundingHalfAwayFromZero(8n, 3n)).toBe(3n)
    expect(divideRoundingHalfAwayFromZero(8n, -3n)).toBe(-3n)
    expect(shareOfAmount(100_000, 3, 8)).toBe(37_500)
    expect(shareOfAmount(100_000, 1, 3)).toBe(33_333)
    expect(shareOfAmount(100_000, 2, 3)).toBe(66_667)
  })

  it('matches rounding the exact rational by hand, for any amounts', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.bigInt({ min: 1n, max: 10n ** 9n }), fc.boolean(), (n, d, flip) => {
        const denominator = flip ? -d : d
        const rounded = divideRoundingHalfAwayFromZero(n, denominator)
        // |n/d - rounded| ≤ 1/2, and exactly 1/2 only when rounded is the one further from zero.
        const twiceError = 2n * n - 2n * rounded * denominator
        const absDenominator = d
        const absTwiceError = twiceError < 0n ? -twiceError : twiceError
        expect(absTwiceError <= absDenominator).toBe(true)
        if (absTwiceError === absDenominator) expect(rounded < 0n ? -rounded : rounded).toBeGreaterThan((n < 0n ? -n : n) / d)
      })
    )
  })
})
