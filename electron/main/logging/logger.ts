import { appendFileSync, mkdirSync, renameSync, statSync, truncateSync } from 'node:fs'
import { dirname } from 'node:path'
import type { LogHealth } from '../../shared/diagnostics'
import { errorCodeOf, storageErrorFor } from '../errors'

/**
 * What a log line may carry: numbers, yes/no, and short codes (channel names, error
 * codes, kinds of backup). Anything else a caller passes as text is withheld, so a
 * client's name or a note can never reach the log by mistake.
 */
export type LogValue = string | number | boolean | null
export type LogFields = Record<string, LogValue>

export type { LogHealth }

export interface Logger {
  info(event: string, fields?: LogFields): void
  warn(event: string, fields?: LogFields): void
  /** An error, described by its name, code and stack frames: never its message, which may quote what was typed. */
  error(event: string, error: unknown, fields?: LogFields): void
  /** Whether lines are being written: the app knows when they are not, and Settings says so. */
  health(): LogHealth
}

/** For tests and tools that keep no log. */
export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {}, health: () => ({ state: 'not_kept' }) }

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

/** Why the log cannot be written, in the words every write path uses for a full or failing disk. */
export function logProblem(error: unknown, folder: string): string {
  const storage = storageErrorFor(error, 'new lines of the log are not being written', folder)
  if (storage) return storage.message
  if (['EACCES', 'EPERM', 'EROFS'].includes(errorCodeOf(error))) return `Coachbook is not allowed to write its log in ${folder}.`
  if (['ENOTDIR', 'EEXIST'].includes(errorCodeOf(error))) return `The log's place, ${folder}, is a file, not a folder.`
  return `Coachbook cannot write its log in ${folder}.`
}

/** A log that could not start: every line is counted as lost, and its health says why. */
export function unwritableLogger(file: string, error: unknown, now: () => Date = () => new Date()): Logger {
  const failing = { state: 'failing' as const, folder: dirname(file), problem: logProblem(error, dirname(file)), since: now().toISOString(), lost: 0 }
  const lose = () => void (failing.lost += 1)
  return { info: lose, warn: lose, error: lose, health: () => ({ ...failing }) }
}

/**
 * One JSON object per line, appended synchronously so the line is on disk even if the
 * app crashes right after. Creating its folder may throw (the caller decides what to do
 * about a log that cannot start); after that, a failure to write never stops the app:
 * the log's health says what is wrong, for Settings to show, until a line goes through.
 */
export function fileLogger({ file, maxBytes = 1024 * 1024, keep = 3, now = () => new Date() }: FileLoggerOptions): Logger {
  const folder = dirname(file)
  mkdirSync(folder, { recursive: true })
  let size = sizeOf(file)
  let health: LogHealth = { state: 'writing', folder }
  /**
   * A write cut short by a full disk leaves part of its line: it is cut off again, so
   * the file stays one whole JSON object per line. Should even that fail, the next line
   * starts on a line of its own.
   */
  let endsMidLine = false
  function dropPartOfLine(): void {
    try {
      truncateSync(file, size)
    } catch {
      endsMidLine = true
    }
  }
  function write(level: string, event: string, fields: LogFields): void {
    const line = `${endsMidLine ? '\n' : ''}${JSON.stringify({ at: now().toISOString(), level, event: safeValue(event), ...fields })}\n`
    const bytes = Buffer.byteLength(line)
    try {
      if (size > 0 && size + bytes > maxBytes) {
        rotate(file, keep)
        size = 0
      }
      appendFileSync(file, line)
      size += bytes
      endsMidLine = false
      if (health.state === 'failing') health = { state: 'writing', folder }
    } catch (error) {
      dropPartOfLine()
      health =
        health.state === 'failing'
          ? { ...health, problem: logProblem(error, folder), lost: health.lost + 1 }
          : { state: 'failing', folder, problem: logProblem(error, folder), since: now().toISOString(), lost: 1 }
    }
  }
  return {
    info: (event, fields) => write('info', event, safeFields(fields)),
    warn: (event, fields) => write('warn', event, safeFields(fields)),
    error: (event, error, fields) => write('error', event, { ...safeFields(fields), ...describeError(error) }),
    health: () => health
  }
}
