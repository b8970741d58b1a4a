import type { Worker } from 'node:worker_threads'
import type { UpgradeProgress } from '../../shared/upgrade'
import type { PracticeOptions } from './practice'
import { withReadOnly } from '../db/diagnose'
import { MIGRATIONS } from '../db/migrations'
import { latestVersion, schemaVersion } from '../db/migrator'
import type { UpgradeJob, UpgradeMessage, UpgradeOutcome } from './upgradeJob'

/** Starts the thread that runs an update (upgradeWorker.ts). */
export type StartUpgradeThread = (job: UpgradeJob) => Worker

/** Where the coach sees how far the update has got (upgradeWindow.ts), and is told it is over. */
export interface UpgradeView {
  progress(progress: UpgradeProgress): void
  finished(): void
}

/**
 * True when the file is a practice from an older version: read without writing, with
 * the key and then without it (a practice from before encryption). A file that does
 * not read either way is not updated here: opening it says what is wrong.
 */
export function updateIsPending(file: string, options: PracticeOptions): boolean {
  for (const key of options.key ? [options.key, undefined] : [undefined]) {
    try {
      return withReadOnly(file, { ...options, key }, schemaVersion) < latestVersion(MIGRATIONS)
    } catch {
      // Tried the next way, or left for the open to explain.
    }
  }
  return false
}

function jobFor(file: string, options: PracticeOptions): UpgradeJob {
  return { file, key: options.key, nativeBinding: options.nativeBinding, busyTimeoutMs: options.busyTimeoutMs }
}

/**
 * Updates an older practice to this version on its own thread while `view` shows how far
 * it has got; null when there was nothing to update. Rejects when the thread itself could
 * not run or stopped: its one transaction leaves the practice as it was, and the practice
 * can then be updated as it opens.
 */
export async function upgradeAside(
  file: string,
  options: PracticeOptions,
  start: StartUpgradeThread,
  view: UpgradeView
): Promise<UpgradeOutcome | null> {
  if (!updateIsPending(file, options)) return null
  try {
    return await new Promise<UpgradeOutcome>((resolve, reject) => {
      const thread = start(jobFor(file, options))
      thread.on('message', (message: UpgradeMessage) => {
        if (message.kind === 'progress') view.progress(message.progress)
        else resolve(message.outcome)
      })
      thread.once('error', reject)
      // After the outcome has come, this changes nothing.
      thread.once('exit', (code) => reject(new Error(`The update stopped before it finished (exit code ${code}).`)))
    })
  } finally {
    view.finished()
  }
}
