import type { BackupInterval } from '../../shared/backup'

const HOUR_MS = 60 * 60 * 1000
const INTERVAL_MS: Record<Exclude<BackupInterval, 'off'>, number> = { daily: 24 * HOUR_MS, weekly: 7 * 24 * HOUR_MS }

/** How often the main process asks whether a backup is due (and once at start). */
export const SCHEDULE_CHECK_MS = HOUR_MS

/** When the next automatic backup is due: now if there has never been one; null when they are off. */
export function nextBackupDue(lastBackupAt: string | null, interval: BackupInterval): Date | null {
  if (interval === 'off') return null
  if (lastBackupAt === null) return new Date(0)
  const last = Date.parse(lastBackupAt)
  return Number.isNaN(last) ? new Date(0) : new Date(last + INTERVAL_MS[interval])
}

/**
 * Whether the automatic backup should run now. A last backup "in the future" means the
 * clock was moved back: better one backup too many than none for weeks.
 */
export function isBackupDue(now: Date, lastBackupAt: string | null, interval: BackupInterval): boolean {
  const due = nextBackupDue(lastBackupAt, interval)
  if (due === null) return false
  const last = lastBackupAt === null ? Number.NaN : Date.parse(lastBackupAt)
  return now.getTime() >= due.getTime() || last > now.getTime()
}

/** Runs `check` now and then every hour until stopped; the timer never keeps the app from quitting. */
export function startBackupSchedule(check: () => Promise<unknown>, everyMs = SCHEDULE_CHECK_MS): () => void {
  const run = () => void check().catch(() => {})
  run()
  const timer = setInterval(run, everyMs)
  timer.unref()
  return () => clearInterval(timer)
}
