import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs'
import { dirname } from 'node:path'

/**
 * What a log line may carry: numbers, yes/no, and short codes (channel names, error
 * codes, kinds of backup). Anything else a caller passes as text is withheld, so a
 * client's name or a note can never reach the log by mistake.
 */
export type LogValue = string | number | boolean | null
export type LogFields = Record<string, LogValue>

export interface Logger {
  info(event: string, fields?: LogFields): void
  warn(event: string, fields?: LogFields): void
  /** An error, described by its name, code and stack frames: never its message, which may quote what was typed. */
  error(event: string, error: unknown, fields?: LogFields): void
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} }

const CODE_LIKE = /^[A-Za-z0-9_.:-]{1,64}$/
export const WITHHELD = '[withheld]'

function safeValue(value: LogValue): LogValue {
  if (typeof value !== 'string') return value
  return CODE_LIKE.test(value) ? value : WITHHELD
}

function safeFields(fields: LogFields = {}): LogFields {
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([key]) => CODE_LIKE.test(key))
      .map(([key, value]) => [key, safeValue(value)])
  )
}

/** Error names are class names; codes are SQLite's (SQLITE_FULL) or the system's (ENOSPC, ERR_…). Anything else could be data. */
const ERROR_NAME = /^[A-Za-z]{0,40}Error$/
const ERROR_CODE = /^(SQLITE_[A-Z_]{1,40}|E[A-Z]{2,15}|ERR_[A-Z_]{1,60})$/

/** The parts of an error that say where and what kind, without what it was about. */
export function describeError(error: unknown): LogFields {
  if (!(error instanceof Error)) return { errorName: typeof error }
  const code = (error as { code?: unknown }).code
  // Frames start with "at "; the first line of a stack is the message, which is left out.
  const frames = (error.stack ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('at '))
    .slice(0, 6)
    .join(' | ')
  return {
    errorName: ERROR_NAME.test(error.name) ? error.name : 'Error',
    ...(typeof code === 'number' || (typeof code === 'string' && ERROR_CODE.test(code)) ? { errorCode: code } : {}),
    frames: frames.replace(/[^\w .:/\\()<>|@-]/g, '') || null
  }
}

export interface FileLoggerOptions {
  file: string
  /** Size at which the file is rotated: main.log → main.log.1 → … → main.log.<keep>. */
  maxBytes?: number
  /** How many rotated files to keep besides the current one. */
  keep?: number
  now?: () => Date
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size
  } catch {
    return 0
  }
}

function rotate(file: string, keep: number): void {
  for (let index = keep - 1; index >= 0; index--) {
    const from = index === 0 ? file : `${file}.${index}`
    try {
      renameSync(from, `${file}.${index + 1}`)
    } catch {
      // Not there yet: nothing to move.
    }
  }
}

/**
 * One JSON object per line, appended synchronously so the line is on disk even if the
 * app crashes right after. A failure to write is swallowed: logging never stops the app.
 */
export function fileLogger({ file, maxBytes = 1024 * 1024, keep = 3, now = () => new Date() }: FileLoggerOptions): Logger {
  mkdirSync(dirname(file), { recursive: true })
  let size = sizeOf(file)
  function write(level: string, event: string, fields: LogFields): void {
    const line = `${JSON.stringify({ at: now().toISOString(), level, event: safeValue(event), ...fields })}\n`
    const bytes = Buffer.byteLength(line)
    try {
      if (size > 0 && size + bytes > maxBytes) {
        rotate(file, keep)
        size = 0
      }
      appendFileSync(file, line)
      size += bytes
    } catch {
      // The disk may be full or the folder gone; the app carries on without its log.
    }
  }
  return {
    info: (event, fields) => write('info', event, safeFields(fields)),
    warn: (event, fields) => write('warn', event, safeFields(fields)),
    error: (event, error, fields) => write('error', event, { ...safeFields(fields), ...describeError(error) })
  }
}
