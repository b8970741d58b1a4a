import type { AppErrorShape, ErrorCode } from '../shared/result'

/**
 * An error meant for the coach: its message is shown as it is, next to `field` when
 * there is one. Days in the message are written 'YYYY-MM-DD' and listed in `dates`, for
 * the window to write in the coach's own way.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly dates: readonly string[] = []
  ) {
    super(message)
    this.name = 'AppError'
  }

  toShape(): AppErrorShape {
    return {
      code: this.code,
      message: this.message,
      ...(this.field === undefined ? {} : { field: this.field }),
      ...(this.dates.length === 0 ? {} : { dates: [...this.dates] })
    }
  }
}

/** The record acted on, or the one a field points to (`field` then names that field), is gone. */
export function notFound(what: string, field?: string): AppError {
  return new AppError('not_found', `That ${what} no longer exists. It may have been deleted.`, field)
}

/**
 * Looks up a record another field points to (e.g. `sponsorContactId`) through its own
 * domain's service, and names that field if it no longer exists.
 */
export async function pointedToBy<T>(field: string, lookup: Promise<T>): Promise<T> {
  try {
    return await lookup
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') throw new AppError('not_found', error.message, field)
    throw error
  }
}
