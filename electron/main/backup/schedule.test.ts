import { afterEach, describe, expect, it, vi } from 'vitest'
import { practiceInFolder } from '../testing/practice'
import { isBackupDue, nextBackupDue, startBackupSchedule } from './schedule'
import { runScheduledBackup } from './service'

const at = (iso: string) => new Date(iso)

describe('whether the automatic backup is due', () => {
  it('is due at once when there has never been a backup', () => {
    expect(isBackupDue(at('2026-03-14T09:00:00Z'), null, 'daily')).toBe(true)
    expect(isBackupDue(at('2026-03-14T09:00:00Z'), null, 'weekly')).toBe(true)
  })

  it('is due a day after the last one when daily, a week after when weekly', () => {
    const last = '2026-03-14T09:00:00.000Z'
    expect(isBackupDue(at('2026-03-15T08:59:59Z'), last, 'daily')).toBe(false)
    expect(isBackupDue(at('2026-03-15T09:00:00Z'), last, 'daily')).toBe(true)
    expect(isBackupDue(at('2026-03-20T09:00:00Z'), last, 'weekly')).toBe(false)
    expect(isBackupDue(at('2026-03-21T09:00:00Z'), last, 'weekly')).toBe(true)
    expect(nextBackupDue(last, 'weekly')?.toISOString()).toBe('2026-03-21T09:00:00.000Z')
  })

  it('is never due when the coach turned it off', () => {
    expect(isBackupDue(at('2030-01-01T00:00:00Z'), null, 'off')).toBe(false)
    expect(isBackupDue(at('2030-01-01T00:00:00Z'), '2026-03-14T09:00:00.000Z', 'off')).toBe(false)
    expect(nextBackupDue(null, 'off')).toBeNull()
  })

  it('is due when the last backup seems to be in the future (the clock was moved back)', () => {
    expect(isBackupDue(at('2026-03-14T09:00:00Z'), '2026-06-01T00:00:00.000Z', 'daily')).toBe(true)
  })

  it('is due when the recorded time cannot be read', () => {
    expect(isBackupDue(at('2026-03-14T09:00:00Z'), 'yesterday', 'daily')).toBe(true)
  })
})

describe('the schedule', () => {
  afterEach(() => vi.useRealTimers())

  it('checks at start and then every hour until stopped', () => {
    vi.useFakeTimers()
    const check = vi.fn(() => Promise.resolve())
    const stop = startBackupSchedule(check)
    expect(check).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(60 * 60 * 1000)
    expect(check).toHaveBeenCalledTimes(2)
    vi.advanceTimersByTime(3 * 60 * 60 * 1000)
    expect(check).toHaveBeenCalledTimes(5)
    stop()
    vi.advanceTimersByTime(5 * 60 * 60 * 1000)
    expect(check).toHaveBeenCalledTimes(5)
  })

  it('backs up when due, and not again until the interval has passed', async () => {
    const practice = practiceInFolder()
    let now = at('2026-03-14T09:00:00Z')
    const context = { practice: practice.practice, platform: practice.platform, log: practice.log, now: () => now }
    try {
      const first = await runScheduledBackup(context)
      expect(first).toMatchObject({ kind: 'scheduled', createdAt: '2026-03-14T09:00:00.000Z' })
      now = at('2026-03-15T08:00:00Z')
      expect(await runScheduledBackup(context)).toBeNull()
      now = at('2026-03-15T09:00:00Z')
      expect(await runScheduledBackup(context)).toMatchObject({ kind: 'scheduled' })
      await practice.call.ok('backup:updateSettings', { keep: 14, interval: 'off' })
      now = at('2026-04-15T09:00:00Z')
      expect(await runScheduledBackup(context)).toBeNull()
      expect((await practice.call.ok('backup:list', {})).items).toHaveLength(2)
    } finally {
      await practice.close()
    }
  })
})
