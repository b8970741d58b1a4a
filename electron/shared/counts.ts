import { z } from 'zod'

/**
 * Lists, Today's sections and the sidebar's saved filters count what they match up to
 * this many, and say "1,000+" beyond: counting every match would make a list's first
 * page cost what the practice holds rather than what it shows (a team's practice of
 * thousands of clients), and past a thousand the exact figure tells a coach nothing more.
 */
export const COUNTED_UP_TO = 1000

/** A count as main gives it: exact up to COUNTED_UP_TO, and COUNTED_UP_TO + 1 for "more than that". */
export const countedTotal = z.number().int().nonnegative().max(COUNTED_UP_TO + 1)

/** Whether a count stands for "more than COUNTED_UP_TO" rather than an exact figure. */
export function isBeyondCounted(total: number): boolean {
  return total > COUNTED_UP_TO
}
