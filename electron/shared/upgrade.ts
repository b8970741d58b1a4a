/**
 * How far the one-time update of a practice to this version has got, as the small
 * window shown while it runs says it: first the verified copy made before anything
 * changes, then each step of the update.
 *
 * Checked by hand rather than with zod: the update window's preload and page are bundled
 * apart from the app's, and a sandboxed preload cannot load a chunk shared with another.
 */
export type UpgradeProgress = { phase: 'backup' } | { phase: 'upgrade'; done: number; total: number }

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0

/** True for a progress as main sends it; anything else is ignored by the page. */
export function isUpgradeProgress(value: unknown): value is UpgradeProgress {
  if (typeof value !== 'object' || value === null) return false
  const { phase, done, total } = value as Record<string, unknown>
  if (phase === 'backup') return Object.keys(value).length === 1
  return phase === 'upgrade' && isCount(done) && isCount(total) && total >= 1 && done <= total
}

/** The one message main sends the update window: the progress, as it changes. */
export const UPGRADE_PROGRESS_CHANNEL = 'upgrade:progress'

/** The words the update window shows for a progress. */
export function upgradeProgressWords(progress: UpgradeProgress): string {
  if (progress.phase === 'backup') return 'Making a verified copy of your practice first…'
  if (progress.done >= progress.total) return 'Finishing…'
  return `Updating: step ${progress.done + 1} of ${progress.total}`
}

/** The part done, from 0 to 1 (the window's bar, and the taskbar's or Dock's): the copy counts as the first tenth. */
export function upgradeFractionDone(progress: UpgradeProgress): number {
  return progress.phase === 'backup' ? 0.05 : 0.1 + (0.9 * progress.done) / progress.total
}

/** What the update window's preload hands its page: the progress as it comes, and nothing else. */
export interface UpgradeApi {
  onProgress(listener: (progress: UpgradeProgress) => void): void
}
