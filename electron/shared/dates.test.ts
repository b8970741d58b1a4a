import { afterEach, describe, expect, it } from 'vitest'
import {
  dayOf,
  formatDay,
  formatDayRange,
  formatMoment,
  formatMomentDay,
  lastQuarterHour,
  momentOf,
  todayOf,
  tomorrowAt,
  wallClockOf,
  type WallClock
} from './dates'

/**
 * Each test runs on a machine set to the zone it names, whatever the zone of the
 * machine running the suite: Node reads TZ again whenever it is set.
 */
const machineZone = process.env.TZ
afterEach(() => {
  if (machineZone === undefined) delete process.env.TZ
  else process.env.TZ = machineZone
})

function on(zone: string): void {
  process.env.TZ = zone
}

const wall = (text: string): WallClock => {
  const [, year, month, day, hour, minute] = /^(\d+)-(\d+)-(\d+) (\d+):(\d+)$/.exec(text)!.map(Number)
  return { year: year!, month: month!, day: day!, hour: hour!, minute: minute! }
}

describe('the day of a moment', () => {
  it('turns at local midnight, not at midnight UTC', () => {
    on('Pacific/Kiritimati')
    expect(dayOf('2026-02-02T09:59:59Z')).toBe('2026-02-02')
    expect(dayOf('2026-02-02T10:00:00Z')).toBe('2026-02-03')
    on('America/New_York')
    expect(dayOf('2026-02-03T04:59:59Z')).toBe('2026-02-02')
    expect(dayOf('2026-02-03T05:00:00Z')).toBe('2026-02-03')
    on('Asia/Kolkata')
    expect(dayOf('2026-02-02T18:29:59Z')).toBe('2026-02-02')
    expect(dayOf('2026-02-02T18:30:00Z')).toBe('2026-02-03')
  })

  it('follows the clocks across a daylight-saving change', () => {
    on('Europe/London')
    // Winter: midnight is 00:00 UTC. Summer (BST): midnight is 23:00 UTC the evening before.
    expect(dayOf('2026-03-28T23:59:59Z')).toBe('2026-03-28')
    expect(dayOf('2026-03-29T00:00:00Z')).toBe('2026-03-29')
    expect(dayOf('2026-03-29T22:59:59Z')).toBe('2026-03-29')
    expect(dayOf('2026-03-29T23:00:00Z')).toBe('2026-03-30')
    expect(dayOf('2026-10-24T23:00:00Z')).toBe('2026-10-25')
    expect(dayOf('2026-10-25T23:59:59Z')).toBe('2026-10-25')
    expect(dayOf('2026-10-26T00:00:00Z')).toBe('2026-10-26')
    on('America/New_York')
    expect(dayOf('2026-03-09T03:59:59Z')).toBe('2026-03-08')
    expect(dayOf('2026-03-09T04:00:00Z')).toBe('2026-03-09')
  })

  it('can be told in another time zone than the machine’s', () => {
    on('UTC')
    expect(dayOf('2026-02-02T10:00:00Z', 'Pacific/Kiritimati')).toBe('2026-02-03')
    expect(dayOf('2026-03-29T23:30:00Z', 'Europe/London')).toBe('2026-03-30')
    expect(dayOf('2026-03-29T23:30:00Z', 'America/New_York')).toBe('2026-03-29')
    on('Pacific/Kiritimati')
    expect(dayOf('2026-02-02T10:00:00Z', 'UTC')).toBe('2026-02-02')
  })

  it('is null for text that is no moment', () => {
    expect(dayOf('not a date')).toBeNull()
    expect(dayOf('')).toBeNull()
  })

  it('today is the machine’s day, whatever the day in UTC', () => {
    on('Pacific/Kiritimati')
    expect(todayOf(new Date('2026-12-31T10:00:00Z'))).toBe('2027-01-01')
    on('Pacific/Pago_Pago')
    expect(todayOf(new Date('2027-01-01T10:00:00Z'))).toBe('2026-12-31')
  })
})

describe('wall-clock times and moments', () => {
  it('go there and back in every zone, at midnight and either side of a change', () => {
    const times = ['2026-03-29 00:00', '2026-03-29 03:00', '2026-03-08 00:00', '2026-03-08 04:00', '2026-10-25 00:00', '2026-11-01 23:59', '2026-07-01 12:30']
    for (const zone of ['UTC', 'Europe/London', 'Europe/Oslo', 'America/New_York', 'Asia/Kolkata', 'Pacific/Kiritimati', 'Australia/Lord_Howe']) {
      on(zone)
      for (const time of times) expect(wallClockOf(momentOf(wall(time))), `${time} in ${zone}`).toEqual(wall(time))
    }
  })

  it('are stored in UTC with the offset in force on that day', () => {
    on('Europe/London')
    expect(momentOf(wall('2026-01-15 09:30'))).toBe('2026-01-15T09:30:00.000Z')
    expect(momentOf(wall('2026-07-15 09:30'))).toBe('2026-07-15T08:30:00.000Z')
    on('America/New_York')
    expect(momentOf(wall('2026-03-07 23:00'))).toBe('2026-03-08T04:00:00.000Z')
    expect(momentOf(wall('2026-03-09 00:00'))).toBe('2026-03-09T04:00:00.000Z')
    on('Asia/Kolkata')
    expect(momentOf(wall('2026-03-05 00:00'))).toBe('2026-03-04T18:30:00.000Z')
  })

  it('read a time the clocks skipped as the same time after the jump, and a repeated one as the first', () => {
    on('America/New_York')
    expect(momentOf(wall('2026-03-08 02:30'))).toBe('2026-03-08T07:30:00.000Z')
    expect(momentOf(wall('2026-11-01 01:30'))).toBe('2026-11-01T05:30:00.000Z')
    on('Europe/London')
    expect(momentOf(wall('2026-03-29 01:30'))).toBe('2026-03-29T01:30:00.000Z')
    expect(momentOf(wall('2026-10-25 01:30'))).toBe('2026-10-25T00:30:00.000Z')
  })

  it('keep a year typed digit by digit, with the odd offsets places had centuries ago', () => {
    // Before time zones, London ran 75 seconds behind Greenwich and Oslo 53 minutes ahead.
    for (const zone of ['Europe/London', 'Europe/Oslo', 'America/New_York', 'Asia/Kolkata']) {
      on(zone)
      for (const year of [2, 20, 202, 1847, 2026]) {
        const typed = { ...wall('2026-03-14 09:30'), year }
        const moment = momentOf(typed)
        expect(moment, `${year} in ${zone}`).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
        expect(wallClockOf(moment), `${year} in ${zone}`).toEqual(typed)
      }
    }
  })

  it('have no wall-clock time for text that is no moment', () => {
    expect(wallClockOf('')).toBeNull()
    expect(wallClockOf('2026-13-45T99:00')).toBeNull()
  })
})

describe('defaults for a new session', () => {
  it('tomorrow at 9 is 9 on the clock after the clocks change overnight', () => {
    on('Europe/London')
    expect(tomorrowAt(9, new Date('2026-03-28T21:00:00Z'))).toBe('2026-03-29T08:00:00.000Z')
    expect(tomorrowAt(9, new Date('2026-10-24T21:00:00Z'))).toBe('2026-10-25T09:00:00.000Z')
    on('America/New_York')
    expect(tomorrowAt(9, new Date('2026-03-08T03:00:00Z'))).toBe('2026-03-08T13:00:00.000Z')
  })

  it('tomorrow starts at local midnight, and runs into the next month and year', () => {
    on('Asia/Kolkata')
    // 23:59 and 00:00 on the clock in Kolkata.
    expect(tomorrowAt(9, new Date('2026-03-04T18:29:00Z'))).toBe('2026-03-05T03:30:00.000Z')
    expect(tomorrowAt(9, new Date('2026-03-04T18:30:00Z'))).toBe('2026-03-06T03:30:00.000Z')
    on('Pacific/Kiritimati')
    expect(tomorrowAt(9, new Date('2026-12-31T10:00:00Z'))).toBe('2027-01-01T19:00:00.000Z')
  })

  it('the last quarter hour is on the clock, also where the offset is not whole hours', () => {
    on('Asia/Kolkata')
    expect(lastQuarterHour(new Date('2026-03-04T18:29:59Z'))).toBe('2026-03-04T18:15:00.000Z')
    expect(lastQuarterHour(new Date('2026-03-04T18:30:00Z'))).toBe('2026-03-04T18:30:00.000Z')
    on('Australia/Lord_Howe')
    // Lord Howe Island moves its clocks by half an hour: 02:00 becomes 02:30 on 4 October 2026.
    expect(lastQuarterHour(new Date('2026-10-03T15:44:00Z'))).toBe('2026-10-03T15:30:00.000Z')
  })
})

describe('dates as the coach writes them', () => {
  it('write a day as that day, wherever the machine is and whatever the clocks do that day', () => {
    for (const zone of ['UTC', 'Pacific/Pago_Pago', 'America/New_York', 'Europe/London', 'Pacific/Kiritimati']) {
      on(zone)
      expect(formatDay('2026-03-29', 'en-GB'), zone).toBe('29 Mar 2026')
      expect(formatDay('2026-11-01', 'en-US'), zone).toBe('Nov 1, 2026')
      expect(formatDay('2026-01-01', 'de-DE'), zone).toBe('01.01.2026')
      expect(formatDayRange('2026-01-05', '2026-06-30', 'en-GB'), zone).toBe('5 Jan\u2009–\u200930 Jun 2026')
    }
  })

  it('write a moment on the coach’s calendar and clock, either side of midnight and of a change', () => {
    const london = { locale: 'en-GB', timeZone: 'Europe/London' }
    expect(formatMomentDay('2026-03-29T23:30:00Z', london)).toBe('30 Mar 2026')
    expect(formatMomentDay('2026-03-28T23:30:00Z', london)).toBe('28 Mar 2026')
    expect(formatMoment('2026-03-29T00:59:00Z', london)).toBe('29 Mar 2026, 00:59')
    expect(formatMoment('2026-03-29T01:00:00Z', london)).toBe('29 Mar 2026, 02:00')
    expect(formatMoment('2026-10-25T00:30:00Z', london)).toBe('25 Oct 2026, 01:30')
    expect(formatMoment('2026-10-25T01:30:00Z', london)).toBe('25 Oct 2026, 01:30')
    expect(formatMomentDay('2026-02-02T10:00:00Z', { locale: 'en-GB', timeZone: 'Pacific/Kiritimati' })).toBe('3 Feb 2026')
    // Left out, the place is this machine's.
    on('America/New_York')
    expect(formatMoment('2026-03-08T07:00:00Z', { locale: 'en-US' })).toBe('Mar 8, 2026, 3:00 AM')
    expect(formatMoment('2026-03-08T06:59:00Z', { locale: 'en-US' })).toBe('Mar 8, 2026, 1:59 AM')
  })
})
