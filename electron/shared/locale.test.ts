import { afterEach, describe, expect, it } from 'vitest'
import { formatDay, formatMoment, formatMomentTime } from './dates'
import { chooseFormattingLocale, formattingLocale } from './locale'
import { formatAmount, formatMoney, toMinorUnits } from './money'
import { heldText } from './sessions'
import { countOf, noun } from './words'
import { sizeInWords } from './attachments'

afterEach(() => chooseFormattingLocale(null))

describe('the locale the coach chose', () => {
  it('is the one every formatter writes in when none is named', () => {
    chooseFormattingLocale('de-DE')
    expect(formattingLocale()).toBe('de-DE')
    expect(formatDay('2026-03-14')).toBe('14.03.2026')
    expect(formatMoment('2026-03-14T09:30:00Z', { timeZone: 'UTC' })).toBe('14.03.2026, 09:30')
    expect(formatMoney(125050, 'EUR')).toBe('1.250,50\u00a0€')
    expect(formatAmount(125050, 'EUR')).toBe('1.250,50')
    expect(countOf(1250, noun('client'))).toBe('1.250 clients')
    expect(heldText(3, 8, 'session')).toBe('3 of 8 sessions held')
    expect(sizeInWords(1_300_000)).toBe('1,2 MB')

    chooseFormattingLocale('en-US')
    expect(formatDay('2026-03-14')).toBe('Mar 14, 2026')
    expect(formatMomentTime('2026-03-14T15:30:00Z', { timeZone: 'UTC' })).toMatch(/^3:30\s?PM$/u)
    expect(formatMoney(125050, 'EUR')).toBe('€1,250.50')

    chooseFormattingLocale('ja-JP')
    expect(formatDay('2026-03-14')).toBe('2026/03/14')
    chooseFormattingLocale('hi-IN')
    expect(formatAmount(12345678, 'INR')).toBe('1,23,456.78')
  })

  it('reads typed amounts as it writes them', () => {
    chooseFormattingLocale('de-DE')
    expect(toMinorUnits('1.250,50', 'EUR')).toEqual({ ok: true, amountMinor: 125050 })
    expect(toMinorUnits('1,250.50', 'EUR')).toMatchObject({ ok: false, message: expect.stringContaining('1.234,50') })
    chooseFormattingLocale('en-GB')
    expect(toMinorUnits('1,250.50', 'EUR')).toEqual({ ok: true, amountMinor: 125050 })
  })

  it('gives way to a locale a caller names (the PDFs name the practice’s)', () => {
    chooseFormattingLocale('de-DE')
    expect(formatDay('2026-03-14', 'en-GB')).toBe('14 Mar 2026')
    expect(formatMoney(125050, 'GBP', 'en-GB')).toBe('£1,250.50')
  })

  it('is this computer’s again when the choice goes back to it', () => {
    chooseFormattingLocale('de-DE')
    chooseFormattingLocale(null)
    expect(formattingLocale()).toBeUndefined()
    expect(formatDay('2026-03-14')).toBe(new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2026-03-14T00:00:00Z')))
  })
})
