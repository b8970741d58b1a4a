import { describe, expect, it } from 'vitest'
import { seriesDates, skipDaysOutside, type SeriesRule } from './sessionSeries'

const rule = (fields: Partial<SeriesRule> & Pick<SeriesRule, 'firstStartsAt' | 'timeZone'>): SeriesRule => ({
  frequency: 'weekly',
  monthlyBy: 'date',
  count: 3,
  skipDays: [],
  ...fields
})

const moments = (dates: ReturnType<typeof seriesDates>) => dates.map((date) => [date.day, date.startsAt, date.skipped])

describe('a series of sessions', () => {
  it('keeps 09:00 in London when the clocks go forward (28 March 2027) and back (31 October 2027)', () => {
    expect(moments(seriesDates(rule({ firstStartsAt: '2027-03-22T09:00:00Z', timeZone: 'Europe/London' })))).toEqual([
      ['2027-03-22', '2027-03-22T09:00:00.000Z', false],
      ['2027-03-29', '2027-03-29T08:00:00.000Z', false],
      ['2027-04-05', '2027-04-05T08:00:00.000Z', false]
    ])
    expect(moments(seriesDates(rule({ firstStartsAt: '2027-10-18T08:00:00Z', timeZone: 'Europe/London', frequency: 'fortnightly' })))).toEqual([
      ['2027-10-18', '2027-10-18T08:00:00.000Z', false],
      ['2027-11-01', '2027-11-01T09:00:00.000Z', false],
      ['2027-11-15', '2027-11-15T09:00:00.000Z', false]
    ])
  })

  it('keeps 09:00 in New York across its own change (14 March 2027), two weeks before London’s', () => {
    expect(moments(seriesDates(rule({ firstStartsAt: '2027-03-08T14:00:00Z', timeZone: 'America/New_York' })))).toEqual([
      ['2027-03-08', '2027-03-08T14:00:00.000Z', false],
      ['2027-03-15', '2027-03-15T13:00:00.000Z', false],
      ['2027-03-22', '2027-03-22T13:00:00.000Z', false]
    ])
  })

  it('keeps the same moment in Kolkata, which has no change of the clocks, and counts days on its calendar', () => {
    // 23:30 on 21 March in Kolkata is still the 21st there, though the 21st in UTC is nearly over.
    expect(moments(seriesDates(rule({ firstStartsAt: '2027-03-21T18:00:00Z', timeZone: 'Asia/Kolkata' })))).toEqual([
      ['2027-03-21', '2027-03-21T18:00:00.000Z', false],
      ['2027-03-28', '2027-03-28T18:00:00.000Z', false],
      ['2027-04-04', '2027-04-04T18:00:00.000Z', false]
    ])
  })

  it('on the same date of each month, falls on the last day of a shorter month and comes back to the 31st after it', () => {
    const dates = seriesDates(rule({ firstStartsAt: '2027-01-31T10:00:00Z', timeZone: 'Europe/London', frequency: 'monthly', count: 4 }))
    expect(moments(dates)).toEqual([
      ['2027-01-31', '2027-01-31T10:00:00.000Z', false],
      ['2027-02-28', '2027-02-28T10:00:00.000Z', false],
      ['2027-03-31', '2027-03-31T09:00:00.000Z', false],
      ['2027-04-30', '2027-04-30T09:00:00.000Z', false]
    ])
    expect(dates.map((date) => date.adjustment)).toEqual([null, { kind: 'monthEnd', wantedDate: 31 }, null, { kind: 'monthEnd', wantedDate: 31 }])
  })

  it('on the 29th, falls on 28 February in a common year and on 29 February in a leap year', () => {
    const days = (first: string) =>
      seriesDates(rule({ firstStartsAt: first, timeZone: 'Europe/London', frequency: 'monthly', count: 2 })).map((date) => date.day)
    expect(days('2027-01-29T10:00:00Z')).toEqual(['2027-01-29', '2027-02-28'])
    expect(days('2028-01-29T10:00:00Z')).toEqual(['2028-01-29', '2028-02-29'])
  })

  it('on the same weekday of each month: the 2nd Tuesday', () => {
    const dates = seriesDates(rule({ firstStartsAt: '2027-03-09T09:00:00Z', timeZone: 'Europe/London', frequency: 'monthly', monthlyBy: 'weekday', count: 4 }))
    expect(moments(dates)).toEqual([
      ['2027-03-09', '2027-03-09T09:00:00.000Z', false],
      ['2027-04-13', '2027-04-13T08:00:00.000Z', false],
      ['2027-05-11', '2027-05-11T08:00:00.000Z', false],
      ['2027-06-08', '2027-06-08T08:00:00.000Z', false]
    ])
    expect(dates.every((date) => date.adjustment === null)).toBe(true)
  })

  it('on the 5th Tuesday, falls on the last Tuesday of a month that has no fifth', () => {
    const dates = seriesDates(rule({ firstStartsAt: '2027-03-30T14:00:00Z', timeZone: 'America/New_York', frequency: 'monthly', monthlyBy: 'weekday', count: 4 }))
    expect(moments(dates)).toEqual([
      ['2027-03-30', '2027-03-30T14:00:00.000Z', false],
      ['2027-04-27', '2027-04-27T14:00:00.000Z', false],
      ['2027-05-25', '2027-05-25T14:00:00.000Z', false],
      ['2027-06-29', '2027-06-29T14:00:00.000Z', false]
    ])
    expect(dates.map((date) => date.adjustment?.kind ?? null)).toEqual([null, 'lastWeekday', 'lastWeekday', null])
  })

  it('passes over the days to skip and still schedules the number asked for', () => {
    const dates = seriesDates(
      rule({ firstStartsAt: '2027-12-13T18:00:00Z', timeZone: 'Europe/London', count: 3, skipDays: ['2027-12-27'] })
    )
    expect(moments(dates)).toEqual([
      ['2027-12-13', '2027-12-13T18:00:00.000Z', false],
      ['2027-12-20', '2027-12-20T18:00:00.000Z', false],
      ['2027-12-27', '2027-12-27T18:00:00.000Z', true],
      ['2028-01-03', '2028-01-03T18:00:00.000Z', false]
    ])
  })

  it('names the days to skip that the series never reaches', () => {
    const asked = rule({ firstStartsAt: '2027-12-13T18:00:00Z', timeZone: 'Europe/London', count: 2, skipDays: ['2027-12-20', '2027-12-25'] })
    expect(skipDaysOutside(asked, seriesDates(asked))).toEqual(['2027-12-25'])
  })

  it('reads a time the clocks skipped as the same time after the jump, and says so', () => {
    // London's clocks go from 01:00 to 02:00 on 28 March 2027: 01:30 is not on them that night.
    const dates = seriesDates(rule({ firstStartsAt: '2027-03-21T01:30:00Z', timeZone: 'Europe/London' }))
    expect(moments(dates)).toEqual([
      ['2027-03-21', '2027-03-21T01:30:00.000Z', false],
      ['2027-03-28', '2027-03-28T01:30:00.000Z', false],
      ['2027-04-04', '2027-04-04T00:30:00.000Z', false]
    ])
    expect(dates[1]!.adjustment).toEqual({ kind: 'clockGap', wantedTime: '01:30' })
  })

  it('starts in the past as readily as in the future', () => {
    expect(seriesDates(rule({ firstStartsAt: '2019-10-21T08:00:00Z', timeZone: 'Europe/London', count: 2 })).map((date) => date.startsAt)).toEqual([
      '2019-10-21T08:00:00.000Z',
      '2019-10-28T09:00:00.000Z'
    ])
  })
})
