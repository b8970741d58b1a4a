import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { z } from 'zod'
import { contract, CHANNELS, isChannel, type Channel } from '../../shared/contract'
import type { AppErrorShape, Result } from '../../shared/result'
import type { AppDatabase } from '../db/connection'
import type { ChannelHandler, Handlers, WriteDoor } from '../db/door'
import type { PracticeSession } from '../db/session'
import { AppError, isConstraintViolation, storageErrorFor } from '../errors'

/** Calls a channel by name with untrusted input; never throws. */
export type Dispatch = (channel: string, input: unknown) => Promise<Result<unknown>>

export interface DispatcherOptions {
  /** Check every answer against the contract too (development and tests). */
  checkOutputs?: boolean
  /** Told of unexpected failures. Receives the channel and the error, never the input. */
  onUnexpectedError?: (channel: string, error: unknown) => void
}

const UNEXPECTED: AppErrorShape = {
  code: 'internal',
  message:
    'Coachbook could not finish this action, and nothing was changed. Try again; if it keeps happening, restart Coachbook.'
}

/** Unknown field names as sent, which can be anything: a few, each cut short, so the message stays a sentence. */
function quotedKeys(keys: string[]): string {
  const shown = keys.slice(0, 3).map((key) => `"${key.length > 40 ? `${key.slice(0, 40)}…` : key}"`)
  return keys.length > shown.length ? `${shown.join(', ')} and ${keys.length - shown.length} more` : shown.join(', ')
}

function describeIssue(issue: z.core.$ZodIssue): AppErrorShape {
  const field = issue.path.map(String).join('.')
  const message =
    issue.code === 'unrecognized_keys'
      ? `Coachbook does not know the field${issue.keys.length > 1 ? 's' : ''} ${quotedKeys(issue.keys)}.`
      : issue.code === 'invalid_type' && issue.path.length === 0
        ? 'This request is missing its details.'
        : issue.message
  return field ? { code: 'invalid_input', message, field } : { code: 'invalid_input', message }
}

/** A failure nobody planned for, in words: the storage's own (full, failing, busy), a clash, or the generic one. */
function unexpectedFailure(error: unknown): AppErrorShape {
  const storage = storageErrorFor(error, 'this action was not finished and nothing was changed')
  if (storage) return storage.toShape()
  if (isConstraintViolation(error)) {
    return { code: 'conflict', message: 'This change clashes with other records, so it was not saved.' }
  }
  return UNEXPECTED
}

/**
 * Runs a channel's handler as it was registered: a read with the Reader; a write whole
 * inside one transaction of the door; a channel with effects beyond the database with
 * the door in hand, for its writes.
 */
function run(door: WriteDoor, channel: Channel, handler: ChannelHandler<Channel>, input: unknown): Promise<unknown> | unknown {
  if (typeof handler === 'function') return handler(door.reader, input as never)
  if (handler.kind === 'snapshot') return door.snapshot((reader) => handler.run(reader, input as never))
  if (handler.kind === 'write') return door.write(channel, (writer) => handler.run(writer, input as never), { wholeCall: true })
  return handler.run(door.for(channel), input as never)
}

export function createDispatcher(handlers: Handlers, door: WriteDoor, options: DispatcherOptions = {}): Dispatch {
  return async (channel, input) => {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'unknown_channel', message: `Coachbook has no action called "${channel}".` } }
    }
    let parsed: z.ZodSafeParseResult<unknown>
    try {
      parsed = contract[channel].input.safeParse(input)
    } catch (error) {
      // A refinement or transform that throws is a bug in the contract, and must not take the call down with it.
      options.onUnexpectedError?.(channel, error)
      return { ok: false, error: UNEXPECTED }
    }
    if (!parsed.success) {
      const first = parsed.error.issues[0]
      return { ok: false, error: first ? describeIssue(first) : UNEXPECTED }
    }
    try {
      const data = await run(door, channel, handlers[channel] as ChannelHandler<Channel>, parsed.data)
      if (options.checkOutputs) contract[channel].output.parse(data)
      return { ok: true, data }
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toShape() }
      options.onUnexpectedError?.(channel, error)
      return { ok: false, error: unexpectedFailure(error) }
    }
  }
}

export type SenderCheck = (frameUrl: string) => boolean

/**
 * Registers one `ipcMain.handle` per contract channel. Each call is answered only if
 * it comes from the app's own page; anything else is refused before its input is read.
 */
export function registerIpcHandlers(ipc: Pick<IpcMain, 'handle'>, dispatch: Dispatch, isTrustedSender: SenderCheck): void {
  for (const channel of CHANNELS) {
    ipc.handle(channel, (event: IpcMainInvokeEvent, input: unknown) => {
      const frameUrl = event.senderFrame?.url ?? ''
      if (!isTrustedSender(frameUrl)) {
        const refused: Result<never> = {
          ok: false,
          error: { code: 'forbidden', message: 'This request did not come from Coachbook itself, so it was refused.' }
        }
        return refused
      }
      return dispatch(channel, input)
    })
  }
}

/**
 * A dispatcher that always answers with the session's current database: after a
 * restore the handlers are built again on the reopened connection.
 */
export function dispatchOnCurrentDatabase(session: PracticeSession, build: (database: AppDatabase) => Dispatch): Dispatch {
  let built: { database: AppDatabase; dispatch: Dispatch } | null = null
  return (channel, input) => {
    const database = session.database
    if (built?.database !== database) built = { database, dispatch: build(database) }
    return built.dispatch(channel, input)
  }
}
