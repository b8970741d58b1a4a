import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatTaxRate, invoiceNumberText, invoiceTotals, LINE_LIMITS, readTaxRate, seriesOf } from './invoices'
import { MAX_AMOUNT_MINOR } from './money'

/**
 * The rule worked out another way, as a person would on paper: the exact tax of a rate's
 * sum is sum × rate / 10 000 with a remainder; it rounds up when the remainder is half
 * the divisor or more (amounts are never negative, so "away from zero" is "up").
 */
function taxOnPaper(net: bigint, rateBp: number): bigint {
  const exact = net * BigInt(rateBp)
  const whole = exact / 10_000n
  const remainder = exact % 10_000n
  return remainder * 2n >= 10_000n ? whole + 1n : whole
}

const line = fc.record({
  quantity: fc.integer({ min: 1, max: LINE_LIMITS.quantity }),
  unitAmountMinor: fc.integer({ min: 0, max: 10_000_000 }),
  taxRateBp: fc.constantFrom(0, 500, 700, 750, 1_000, 1_900, 2_000, 2_500, 1, 9_999, 10_000)
})

describe('the one rounding rule: tax per rate on the sum of that rate’s lines, half away from zero', () => {
  it('matches exact integer arithmetic for any amounts, quantities and rates', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 0, maxLength: 40 }), (lines) => {
        const totals = invoiceTotals(lines)
        const rates = [...new Set(lines.map((each) => each.taxRateBp))].sort((a, b) => a - b)
        const expected = rates.map((rate) => {
          const net = lines.filter((each) => each.taxRateBp === rate).reduce((sum, each) => sum + BigInt(each.quantity) * BigInt(each.unitAmountMinor), 0n)
          return { taxRateBp: rate, netMinor: Number(net), taxMinor: Number(taxOnPaper(net, rate)) }
        })
        expect(totals.byRate).toEqual(expected)
        const net = expected.reduce((sum, rate) => sum + BigInt(rate.netMinor), 0n)
        const tax = expected.reduce((sum, rate) => sum + BigInt(rate.taxMinor), 0n)
        expect([totals.netMinor, totals.taxMinor, totals.totalMinor]).toEqual([Number(net), Number(tax), Number(net + tax)])
      }),
      { numRuns: 2_000 }
    )
  })

  it('rounds the sum of a rate, not each line: three lines of 0.05 at 10 % owe 0.02, not 0.03', () => {
    // Each line alone: 0.005 → 0.01, three times 0.03. Their sum: 0.15 × 10 % = 0.015 → 0.02.
    const lines = Array.from({ length: 3 }, () => ({ quantity: 1, unitAmountMinor: 5, taxRateBp: 1_000 }))
    expect(invoiceTotals(lines)).toEqual({ byRate: [{ taxRateBp: 1_000, netMinor: 15, taxMinor: 2 }], netMinor: 15, taxMinor: 2, totalMinor: 17 })
  })

  it('rounds a half away from zero and anything under a half down', () => {
    // 0.25 × 10 % = 0.025 → 0.03; 0.24 × 10 % = 0.024 → 0.02.
    expect(invoiceTotals([{ quantity: 1, unitAmountMinor: 25, taxRateBp: 1_000 }]).taxMinor).toBe(3)
    expect(invoiceTotals([{ quantity: 1, unitAmountMinor: 24, taxRateBp: 1_000 }]).taxMinor).toBe(2)
  })

  it('stays exact beyond what a float holds, and refuses a total too large to keep', () => {
    const large = { quantity: 1_000, unitAmountMinor: 9_000_000_000_000, taxRateBp: 0 }
    // 9 × 10^15 is exact; one unit more than MAX_AMOUNT_MINOR is refused.
    expect(invoiceTotals([large]).totalMinor).toBe(9_000_000_000_000_000)
    expect(() => invoiceTotals([{ quantity: 1, unitAmountMinor: MAX_AMOUNT_MINOR, taxRateBp: 1 }])).toThrow(RangeError)
  })
})

describe('numbers', () => {
  it('print as the computer’s prefix, the year of issue and four digits', () => {
    expect(invoiceNumberText(seriesOf('A', '2026-03-01'), 7)).toBe('A-2026-0007')
    expect(invoiceNumberText(seriesOf('LON', '2027-12-31'), 12_345)).toBe('LON-2027-12345')
  })
})

describe('tax rates as typed', () => {
  it('reads percent in the coach’s locale into basis points, and shows them back without trailing zeros', () => {
    expect(readTaxRate('20', 'en-GB')).toEqual({ ok: true, taxRateBp: 2_000 })
    expect(readTaxRate('7,5 %', 'de-DE')).toEqual({ ok: true, taxRateBp: 750 })
    expect(readTaxRate('0.01', 'en-US')).toEqual({ ok: true, taxRateBp: 1 })
    expect(readTaxRate('100.001', 'en-US')).toMatchObject({ ok: false })
    expect(readTaxRate('101', 'en-US')).toMatchObject({ ok: false, message: expect.stringContaining('from 0 to 100') })
    expect([formatTaxRate(2_000, 'en-GB'), formatTaxRate(750, 'de-DE'), formatTaxRate(0, 'en-GB'), formatTaxRate(1, 'en-GB')]).toEqual(['20', '7,5', '0', '0.01'])
  })
})
