import { z } from 'zod'

/** What the next undo would take back: the write's number, and what it was in words ("archive client Zoë"). */
export const undoStateSchema = z.strictObject({
  /** How many steps Undo can still take back. */
  steps: z.number().int().nonnegative(),
  next: z.strictObject({ id: z.number().int().positive(), words: z.string() }).nullable()
})

export type UndoState = z.output<typeof undoStateSchema>

/**
 * Undo: the coach's writes since Coachbook was opened, taken back newest first, each as
 * new changes of the practice. Erasing and restoring can never be undone, and clear what
 * could be before them.
 */
export const undoContract = {
  'changes:undoState': { input: z.strictObject({}), output: undoStateSchema },
  'changes:undo': { input: z.strictObject({}), output: z.strictObject({ undone: z.string(), state: undoStateSchema }) }
} as const
