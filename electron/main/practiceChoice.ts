import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { DATABASE_FILE_NAME } from './db/connection'
import { readMachineFile, writeMachineFile } from './machineFile'

/**
 * Which practice file the app opens, when the coach opened another one than the one in
 * the data folder (File › Open another practice…). Kept in the data folder, since it
 * belongs to this computer: `current` is the practice opened last, `pending` one chosen
 * that has not opened yet. A chosen practice becomes the current one only once it has
 * opened, so a file that cannot be opened (and that the coach gives up on) never stands
 * between them and their practice at the next launch.
 */
export const PRACTICE_CHOICE_FILE = 'practice.json'

const choiceSchema = z.object({ current: z.string().min(1).nullable(), pending: z.string().min(1).nullable() })
export type PracticeChoice = z.output<typeof choiceSchema>

const NONE: PracticeChoice = { current: null, pending: null }

/** None written yet, or unreadable: the practice in the data folder, as on a first launch. */
export function readPracticeChoice(dataDir: string): PracticeChoice {
  return readMachineFile(join(dataDir, PRACTICE_CHOICE_FILE), choiceSchema) ?? NONE
}

export function writePracticeChoice(dataDir: string, choice: PracticeChoice): void {
  writeMachineFile(join(dataDir, PRACTICE_CHOICE_FILE), choice)
}

/** What to open at launch: the practice chosen, else the one opened last; null: the data folder's own. */
export function practiceToOpen(choice: PracticeChoice, exists: (file: string) => boolean = existsSync): { file: string | null; missing: string | null } {
  const wanted = choice.pending ?? choice.current
  if (wanted === null) return { file: null, missing: null }
  // A file that is not there (a drive not connected, a file moved) is never created afresh in its place.
  return exists(wanted) ? { file: wanted, missing: null } : { file: null, missing: wanted }
}

/** After launch: the practice that opened is the one to open next time; a chosen one that did not open is forgotten. */
export function settledChoice(choice: PracticeChoice, opened: string | null, dataFolderPractice: string): PracticeChoice {
  if (opened === null) return { current: choice.current, pending: null }
  return { current: opened === dataFolderPractice ? null : opened, pending: null }
}

/** Remembers which practice opened, for the next launch; a choice that did not open is forgotten. */
export function rememberOpenedPractice(dataDir: string, opened: string | null): void {
  try {
    writePracticeChoice(dataDir, settledChoice(readPracticeChoice(dataDir), opened, join(dataDir, DATABASE_FILE_NAME)))
  } catch {
    // A data folder that cannot be written to (said at start-up) costs only which practice opens next time.
  }
}

/** Forgets every practice chosen: the next launch opens the data folder's own, or the first run when there is none. */
export function forgetPracticeChoice(dataDir: string): void {
  writePracticeChoice(dataDir, NONE)
}
