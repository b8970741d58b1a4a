import type { CoachbookApi } from '../../electron/shared/contract'
import type { AppErrorShape, ErrorCode, Result } from '../../electron/shared/result'
import { formatDate } from './format'

declare global {
  interface Window {
    /** Set by the preload script (or the test bridge's shim): one function per contract channel. */
    coachbook: CoachbookApi
  }
}

/** Main's message with the days it names written as the coach writes dates. */
function inCoachWords({ message, dates = [] }: AppErrorShape): string {
  return dates.reduce((text, day) => text.replaceAll(day, formatDate(day)), message)
}

/** A failed call, carrying the message to show and the field it belongs to. */
export class ApiError extends Error {
  readonly code: ErrorCode
  readonly field: string | undefined

  constructor(shape: AppErrorShape) {
    super(inCoachWords(shape))
    this.name = 'ApiError'
    this.code = shape.code
    this.field = shape.field
  }
}

type Unwrapped<F> = F extends (input: infer I) => Promise<Result<infer O>> ? (input: I) => Promise<O> : never
export type Api = { [D in keyof CoachbookApi]: { [A in keyof CoachbookApi[D]]: Unwrapped<CoachbookApi[D][A]> } }

/**
 * The renderer's only way to reach main. Each function resolves with the data or
 * rejects with an ApiError, which suits the data cache and forms.
 */
function unwrap(raw: CoachbookApi): Api {
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {}
  for (const [domain, actions] of Object.entries(raw as unknown as Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>>)) {
    api[domain] = {}
    for (const [action, call] of Object.entries(actions)) {
      api[domain][action] = async (input) => {
        const result = await call(input)
        if (!result.ok) throw new ApiError(result.error)
        return result.data
      }
    }
  }
  return api as unknown as Api
}

export const api = unwrap(window.coachbook)

/** The words to show for any failure, without ever showing a stack trace. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message
  return 'Coachbook could not reach its data. Try again; if it keeps happening, restart Coachbook.'
}
