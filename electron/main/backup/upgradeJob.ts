import type { Backup } from '../../shared/backup'
import type { UpgradeProgress } from '../../shared/upgrade'
import { openPractice } from './practice'
import type { PracticeProblem } from '../db/diagnose'

/** What the update thread is given: plain data, copied to it (the key as bytes). */
export interface UpgradeJob {
  file: string
  key?: Uint8Array
  nativeBinding?: string
  busyTimeoutMs?: number
}

/** An error as it crosses between threads: what the log needs of it. */
export interface ErrorFacts {
  name: string
  message: string
  stack?: string
  code?: string
}

export type UpgradeOutcome =
  | { state: 'upgraded'; upgrade: { from: number; to: number; backup: Backup } }
  /** Nothing was pending by the time the thread looked. */
  | { state: 'current' }
  | { state: 'failed'; problem: PracticeProblem; cause?: ErrorFacts }

export type UpgradeMessage = { kind: 'progress'; progress: UpgradeProgress } | { kind: 'done'; outcome: UpgradeOutcome }

function factsOf(error: unknown): ErrorFacts | undefined {
  if (!(error instanceof Error)) return undefined
  const code = (error as { code?: unknown }).code
  return { name: error.name, message: error.message, stack: error.stack, ...(typeof code === 'string' ? { code } : {}) }
}

/** The error again, on this side, for the log. */
export function errorFrom(facts: ErrorFacts): Error {
  return Object.assign(new Error(facts.message), facts)
}

/**
 * Opens the practice the way the app does (the verified copy first, then the update in
 * one transaction), telling `onProgress` as it goes, and closes it again: the app then
 * opens a practice that is already up to date.
 */
export async function runUpgrade(job: UpgradeJob, onProgress: (progress: UpgradeProgress) => void): Promise<UpgradeOutcome> {
  const opening = openPractice(job.file, {
    key: job.key ? Buffer.from(job.key) : undefined,
    nativeBinding: job.nativeBinding,
    busyTimeoutMs: job.busyTimeoutMs,
    onProgress
  })
  if (!opening.ok) return { state: 'failed', problem: opening.problem, cause: factsOf(opening.cause) }
  await opening.database.close()
  return opening.upgrade ? { state: 'upgraded', upgrade: opening.upgrade } : { state: 'current' }
}
