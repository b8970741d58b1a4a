/** What every IPC call answers: the data, or an error a person can act on. */
export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'forbidden'
  | 'unknown_channel'
  | 'internal'
  /** The disk the practice or the chosen folder is on is full (SQLITE_FULL, ENOSPC, EDQUOT). */
  | 'disk_full'
  /** The disk failed to read or write (SQLITE_IOERR…, EIO). */
  | 'storage_failure'
  /** Another program held the practice for longer than Coachbook waits. */
  | 'busy'
  /** The practice's key is missing, damaged, or not the one the practice is encrypted with. */
  | 'cannot_unlock'

export interface AppErrorShape {
  /** Stable, for programs. */
  code: ErrorCode
  /** Plain words, for people. Never a stack trace. */
  message: string
  /** The form field at fault, as a dotted path (`email`, `tags.2`). */
  field?: string
  /** Days the message names, as written in it ('YYYY-MM-DD'): the window shows them in the coach's format. */
  dates?: string[]
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorShape }
