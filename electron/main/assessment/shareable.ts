import { fromFlag } from '../db/values'

/** A note's yes/no "shareable" column as the contract has it. */
export function withShareable<T extends { shareable: number }>(row: T): Omit<T, 'shareable'> & { shareable: boolean } {
  return { ...row, shareable: fromFlag(row.shareable) }
}
