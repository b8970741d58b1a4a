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

/** The code an error carries: SQLite's (SQLITE_FULL), the system's (ENOSPC), or '' when it has none. */
export function errorCodeOf(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : ''
}

/** A write refused by one of SQLite's constraints (unique, foreign key, check). */
export function isConstraintViolation(error: unknown): boolean {
  return errorCodeOf(error).startsWith('SQLITE_CONSTRAINT')
}

/** What the storage under a write did, when it is the storage and not the app that failed. */
export type StorageTrouble = 'disk_full' | 'storage_failure' | 'busy'

/**
 * Tells the storage's own failures apart by their codes: a full disk or quota, a disk
 * that failed to read or write, or another program holding the practice past the wait.
 */
export function storageTroubleOf(error: unknown): StorageTrouble | null {
  const code = errorCodeOf(error)
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'disk_full'
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return 'storage_failure'
  if (code.startsWith('SQLITE_BUSY')) return 'busy'
  return null
}

/**
 * The message for a storage failure, the same words on every path that writes.
 * `outcome` says what did or did not happen ("this change was not saved"); `where`
 * names the disk's folder when the coach chose it.
 */
export function storageError(trouble: StorageTrouble, outcome: string, where?: string): AppError {
  const disk = where ? `the disk that holds ${where}` : 'your disk'
  switch (trouble) {
    case 'disk_full':
      return new AppError('disk_full', `The disk is full, so ${outcome}. Free some space on ${disk}, then try again.`)
    case 'storage_failure':
      return new AppError(
        'storage_failure',
        `The disk failed to read or write (a storage failure), so ${outcome}. Check that ${disk} is connected and working, ` +
          'then try again; if it keeps happening, copy your backups to another drive.'
      )
    case 'busy':
      return new AppError(
        'busy',
        `Another program is using your practice (another copy of Coachbook, a backup or sync tool?), so ${outcome}. ` +
          'Close that program or wait for it to finish, then try again.'
      )
  }
}

/** The storage error for `error` if the storage failed, otherwise null. */
export function storageErrorFor(error: unknown, outcome: string, where?: string): AppError | null {
  const trouble = storageTroubleOf(error)
  return trouble ? storageError(trouble, outcome, where) : null
}
