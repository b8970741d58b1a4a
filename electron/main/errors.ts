import type { AppErrorShape, ErrorCode } from '../shared/result'

/** An error meant for the coach: its message is shown as it is, next to `field` when there is one. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string
  ) {
    super(message)
    this.name = 'AppError'
  }

  toShape(): AppErrorShape {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field }
  }
}

export function notFound(what: string): AppError {
  return new AppError('not_found', `That ${what} no longer exists. It may have been deleted.`)
}
