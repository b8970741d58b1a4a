import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime, todayIso } from './format'

/** The day as the coach's locale writes it in its medium style, built from numbers rather than text. */
const writtenDay = (year: number, month: number, day: number) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day))

describe('formatDate', () => {
  it('writes a stored day in the coach’s locale, on that very day wherever the coach is', () => {
    // The first and last days of a year are where a shift by the time zone shows: another year.
    expect(formatDate('2026-01-01')).toBe(writtenDay(2026, 1, 1))
    expect(formatDate('2026-12-31')).toBe(writtenDay(2026, 12, 31))
    expect(formatDate('2026-03-29')).toBe(writtenDay(2026, 3, 29))
  })

  it('shows a dash for a day not set', () => {
    expect(formatDate(null)).toBe('—')
    expect(formatDate(undefined)).toBe('—')
    expect(formatDate('')).toBe('—')
  })
})

describe('formatDateTime', () => {
  it('writes a stored moment on the coach’s own clock', () => {
    const moment = '2026-03-14T08:30:00.000Z'
    const local = new Date(moment)
    const expected = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes())
    )
    expect(formatDateTime(moment)).toBe(expected)
  })

  it('reads a moment sent with an offset as the same moment', () => {
    expect(formatDateTime('2026-03-14T10:30:00+02:00')).toBe(formatDateTime('2026-03-14T08:30:00.000Z'))
  })
})

describe('todayIso', () => {
  it('is today on the coach’s calendar, not in UTC', () => {
    const dayHere = (now: Date) => [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0')).join('-')
    const before = dayHere(new Date())
    const today = todayIso()
    // Read on both sides, in case midnight passes in between.
    expect([before, dayHere(new Date())]).toContain(today)
  })
})
