import { basename, join } from 'node:path'
import { DATABASE_FILE_NAME } from '../db/connection'
import type { PracticeProblem } from '../db/diagnose'
import { openPractice, type PracticeOpening, type PracticeOptions } from '../db/practice'
import { AppError } from '../errors'
import type { Logger } from '../logging/logger'
import type { Platform } from '../platform'
import { restoreOverDamaged } from './restore'

export type ProblemChoice = 'restore' | 'another' | 'retry' | 'quit'

export interface ChoiceButton {
  label: string
  choice: ProblemChoice
}

const QUIT: ChoiceButton = { label: 'Quit', choice: 'quit' }
const ANOTHER: ChoiceButton = { label: 'Open another…', choice: 'another' }

/**
 * What the coach may do about a practice that cannot be opened. A file another program
 * holds is not damaged: waiting is the fix, and restoring over it would fight that program.
 */
export function choicesFor(problem: PracticeProblem): readonly ChoiceButton[] {
  if (problem.kind === 'locked') return [{ label: 'Try again', choice: 'retry' }, ANOTHER, QUIT]
  return [{ label: 'Restore from backup…', choice: 'restore' }, ANOTHER, QUIT]
}

export interface RecoveryIO {
  /** Shows the problem with the buttons and answers the one pressed. */
  ask(problem: PracticeProblem, buttons: readonly ChoiceButton[]): Promise<ProblemChoice>
  /** Tells the coach something that happened (a restore, or why it could not be done). */
  inform(title: string, message: string): Promise<void>
  platform: Platform
  log: Logger
  now?: () => Date
}

export type OpenedPractice = Extract<PracticeOpening, { ok: true }> & { file: string }

/** A practice folder the coach chose: its practice file, which may not exist yet (a new practice). */
function practiceFileIn(folder: string): string {
  return join(folder, DATABASE_FILE_NAME)
}

async function restoreChosenBackup(file: string, io: RecoveryIO, options: PracticeOptions): Promise<void> {
  const source = await io.platform.chooseOpenFile({
    title: 'Choose a backup to restore',
    filters: [{ name: 'Coachbook backups', extensions: ['sqlite'] }]
  })
  if (source === null) return
  try {
    const aside = restoreOverDamaged(file, source, io.now?.() ?? new Date(), options)
    io.log.info('practice.restoredOverProblem', { keptAside: aside !== null })
    const kept = aside ? ` The file that could not be opened was kept, unchanged, as ${aside}.` : ''
    await io.inform('Your practice was restored', `Your practice was restored from ${basename(source)}.${kept}`)
  } catch (error) {
    io.log.error('practice.restoreOverProblemFailed', error)
    const message = error instanceof AppError ? error.message : `${basename(source)} could not be restored. Your practice was not changed.`
    await io.inform('That backup cannot be restored', message)
  }
}

/**
 * Opens the practice, and while it cannot be opened shows why and lets the coach
 * restore a backup over it, open another practice, try again or quit. Returns the
 * opened practice, or null when the coach quits.
 */
export async function openWithRecovery(file: string, io: RecoveryIO, options: PracticeOptions = {}): Promise<OpenedPractice | null> {
  let current = file
  for (;;) {
    const opening = openPractice(current, options)
    if (opening.ok) {
      io.log.info('practice.opened', {
        created: opening.created,
        upgradedFrom: opening.upgrade?.from ?? null,
        upgradedTo: opening.upgrade?.to ?? null
      })
      return { ...opening, file: current }
    }
    io.log.warn('practice.cannotOpen', { kind: opening.problem.kind })
    if (opening.cause) io.log.error('practice.cannotOpenCause', opening.cause)
    const choice = await io.ask(opening.problem, choicesFor(opening.problem))
    if (choice === 'quit') return null
    if (choice === 'restore') await restoreChosenBackup(current, io, options)
    if (choice === 'another') {
      const folder = await io.platform.chooseFolder({ title: 'Choose a practice folder (an empty folder starts a new practice)' })
      if (folder !== null) current = practiceFileIn(folder)
    }
  }
}
