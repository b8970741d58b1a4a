import type { z } from 'zod'
import { AppError } from '../errors'

/** A page position as the opaque text the renderer hands back (see shared/paging.ts). */
export function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url')
}

/** The position a cursor holds, checked against its shape: a cursor is untrusted input like any other. */
export function decodeCursor<T>(cursor: string, shape: z.ZodType<T>): T {
  let position: unknown
  try {
    position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    position = undefined
  }
  const parsed = shape.safeParse(position)
  if (!parsed.success) {
    throw new AppError('invalid_input', 'This list position is not valid: reload the list.', 'cursor')
  }
  return parsed.data
}
