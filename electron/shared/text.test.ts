import { describe, expect, it } from 'vitest'
import { isIsoDate, isoDate, isoDateTime, optionalIsoDate, requiredText, text } from './text'

describe('dates', () => {
  it('accepts real calendar days only', () => {
    expect(['2026-02-28', '2024-02-29', '2000-02-29', '2026-12-31'].every(isIsoDate)).toBe(true)
    expect(['2026-02-29', '1900-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-5'].some(isIsoDate)).toBe(
      false
    )
  })

  it('treats an empty optional date as no date', () => {
    const schema = optionalIsoDate('The date')
    expect(schema.parse('')).toBeNull()
    expect(schema.parse(undefined)).toBeNull()
    expect(schema.parse(' 2026-03-14 ')).toBe('2026-03-14')
    expect(schema.safeParse('2026-02-30').success).toBe(false)
    expect(isoDate('The date').safeParse(20260314).success).toBe(false)
  })

  it('keeps a moment in UTC, whatever offset it was sent with', () => {
    const schema = isoDateTime('The start')
    expect(schema.parse('2026-03-14T09:30:00+01:00')).toBe('2026-03-14T08:30:00.000Z')
    expect(schema.parse('2026-03-14T09:30Z')).toBe('2026-03-14T09:30:00.000Z')
    // Without an offset the moment is ambiguous, so it is refused rather than guessed.
    for (const bad of ['2026-03-14T09:30', '2026-02-30T09:30Z', '2026-03-14T24:00Z', '2026-03-14']) {
      expect(schema.safeParse(bad).success, bad).toBe(false)
    }
    // Found by fuzzing: an offset beyond any time zone passed the check, then made the conversion throw.
    for (const bad of ['2026-03-14T09:30:00+25:00', '2026-03-14T09:30:00+14:60', '2026-03-14T09:30:00-99:00']) {
      expect(schema.safeParse(bad).error?.issues[0]?.message, bad).toBe(
        'The start must be a date and time with its offset, like 2026-03-14T09:30:00+01:00.'
      )
    }
    expect(schema.parse('2026-03-14T09:30:00+14:00')).toBe('2026-03-13T19:30:00.000Z')
  })

  it('reads a moment the same on any machine, at midnight and either side of a change of the clocks', () => {
    const schema = isoDateTime('The start')
    const machineZone = process.env.TZ
    try {
      for (const zone of ['UTC', 'Europe/London', 'America/New_York', 'Pacific/Kiritimati']) {
        process.env.TZ = zone
        // Midnight in Kiribati is still the day before in UTC; London's clocks go forward at 01:00 UTC.
        expect(schema.parse('2026-03-14T00:00:00+14:00'), zone).toBe('2026-03-13T10:00:00.000Z')
        expect(schema.parse('2026-03-29T00:59:00+00:00'), zone).toBe('2026-03-29T00:59:00.000Z')
        expect(schema.parse('2026-03-29T02:00:00+01:00'), zone).toBe('2026-03-29T01:00:00.000Z')
        expect(schema.parse('2026-11-01T01:30:00-04:00'), zone).toBe('2026-11-01T05:30:00.000Z')
        expect(schema.parse('2026-11-01T01:30:00-05:00'), zone).toBe('2026-11-01T06:30:00.000Z')
        expect(isIsoDate('2026-03-29'), zone).toBe(true)
      }
    } finally {
      if (machineZone === undefined) delete process.env.TZ
      else process.env.TZ = machineZone
    }
  })
})

describe('text', () => {
  it('refuses what cannot be stored faithfully: NUL and lone surrogates (found by fuzzing)', () => {
    // SQLite's length() stops at a NUL, so a name of "\u0000" broke the CHECK that names are not empty.
    for (const bad of ['\u0000', 'Ann\u0000Lee', 'Ann\ud800']) {
      expect(requiredText('The name', 200, 'Enter a name.').safeParse(bad).error?.issues[0]?.message).toBe(
        'The name contains a character that cannot be saved.'
      )
    }
    expect(text('The name', 200).parse(' Zoë\tØdegård 🌱 ')).toBe('Zoë\tØdegård 🌱')
  })
})
