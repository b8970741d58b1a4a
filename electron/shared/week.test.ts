import { afterEach, describe, expect, it } from 'vitest'
import { addDays, momentOf } from './dates'
import { firstDayOfWeek, todayAndWeek } from './week'

/** Wednesday 11 March 2026 at 15:00 on this machine's clock, whatever its time zone. */
const WEDNESDAY = new Date(momentOf({ year: 2026, month: 3, day: 11, hour: 15, minute: 0 }))

describe("the coach's week", () => {
  it('starts on the day the locale starts it', () => {
    expect(firstDayOfWeek('en-GB')).toBe(1)
    expect(firstDayOfWeek('de-DE')).toBe(1)
    expect(firstDayOfWeek('en-US')).toBe(7)
    expect(firstDayOfWeek('ar-EG')).toBe(6)
    expect(firstDayOfWeek('not a locale')).toBe(1)
  })

  describe('on an engine with no week information', () => {
    const prototype = Intl.Locale.prototype as object
    const own = ['weekInfo', 'getWeekInfo'].map((name) => [name, Object.getOwnPropertyDescriptor(prototype, name)] as const)
    afterEach(() => {
      for (const [name, descriptor] of own) if (descriptor) Object.defineProperty(prototype, name, descriptor)
    })

    it("goes by the region's custom, and Monday where it is not known", () => {
      for (const [name] of own) Object.defineProperty(prototype, name, { configurable: true, get: () => undefined })
      expect(firstDayOfWeek('en-US')).toBe(7)
      expect(firstDayOfWeek('he')).toBe(7)
      expect(firstDayOfWeek('ar-EG')).toBe(6)
      expect(firstDayOfWeek('de-DE')).toBe(1)
      expect(firstDayOfWeek('fr')).toBe(1)
    })
  })

  it('runs from Monday in Britain and Germany, and from Sunday in the United States', () => {
    expect(todayAndWeek('en-GB', WEDNESDAY)).toMatchObject({ today: '2026-03-11', weekStart: '2026-03-09', weekEnd: '2026-03-15' })
    expect(todayAndWeek('de-DE', WEDNESDAY)).toMatchObject({ weekStart: '2026-03-09', weekEnd: '2026-03-15' })
    expect(todayAndWeek('en-US', WEDNESDAY)).toMatchObject({ weekStart: '2026-03-08', weekEnd: '2026-03-14' })
  })

  it("begins today, tomorrow and next week at midnight on this machine's clock", () => {
    const week = todayAndWeek('en-GB', WEDNESDAY)
    expect(week.todayFrom).toBe(momentOf({ year: 2026, month: 3, day: 11, hour: 0, minute: 0 }))
    expect(week.tomorrowFrom).toBe(momentOf({ year: 2026, month: 3, day: 12, hour: 0, minute: 0 }))
    expect(week.weekUntil).toBe(momentOf({ year: 2026, month: 3, day: 16, hour: 0, minute: 0 }))
  })

  it('keeps a Sunday in the week it ends, or the one it begins', () => {
    const sunday = new Date(momentOf({ year: 2026, month: 3, day: 15, hour: 9, minute: 0 }))
    expect(todayAndWeek('en-GB', sunday)).toMatchObject({ weekStart: '2026-03-09', weekEnd: '2026-03-15' })
    expect(todayAndWeek('en-US', sunday)).toMatchObject({ weekStart: '2026-03-15', weekEnd: '2026-03-21' })
  })

  it('counts calendar days across the end of a month and a year', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01')
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31')
  })
})
