import Database from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it, vi } from 'vitest'
import type { IpcMainInvokeEvent } from 'electron'
import { CHANNELS } from '../../shared/contract'
import type { Result } from '../../shared/result'
import type { Handlers } from '../db/door'
import { AppError } from '../errors'
import { freshDispatch } from '../testing/db'
import { createDispatcher, registerIpcHandlers } from './registry'
import { createHandlers } from './handlers'
import { isTrustedSenderUrl } from '../security'

const { dispatch, database, context } = freshDispatch()

describe('every contract channel', () => {
  it.each(CHANNELS)('%s refuses malformed input with a clear message', async (channel) => {
    for (const input of ['text', 42, null, [], { unexpected: true }]) {
      const result = await dispatch(channel, input)
      expect(result.ok).toBe(false)
      if (result.ok) continue
      expect(result.error.code).toBe('invalid_input')
      expect(result.error.message).toMatch(/\w+ \w+/)
      expect(JSON.stringify(result.error)).not.toMatch(/\bat \w+ \(|node_modules|\.ts:\d+/)
    }
  })
})

describe('the dispatcher', () => {
  it('answers an unknown channel without throwing', async () => {
    expect(await dispatch('clients:explode', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } })
    expect(await dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } })
  })

  it('turns a crashing handler into a plain message, never a stack trace', async () => {
    const handlers = createHandlers(context) as unknown as Record<string, unknown>
    const onUnexpectedError = vi.fn()
    const crashing = createDispatcher(
      { ...handlers, 'clients:list': () => Promise.reject(new TypeError('secret detail at db.ts:12')) } as unknown as Handlers,
      database.door,
      { onUnexpectedError }
    )
    const result = await crashing('clients:list', {})
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('nothing was changed') }
    })
    expect(JSON.stringify(result)).not.toContain('secret detail')
    expect(onUnexpectedError).toHaveBeenCalledWith('clients:list', expect.any(TypeError))
  })

  it.each([
    ['SQLITE_FULL', 'disk_full', /^The disk is full, so this action was not finished and nothing was changed\. Free some space/],
    ['ENOSPC', 'disk_full', /^The disk is full/],
    ['EDQUOT', 'disk_full', /^The disk is full/],
    ['SQLITE_IOERR', 'storage_failure', /^The disk failed to read or write \(a storage failure\), so this action was not finished/],
    ['SQLITE_IOERR_WRITE', 'storage_failure', /^The disk failed to read or write/],
    ['SQLITE_IOERR_FSYNC', 'storage_failure', /^The disk failed to read or write/],
    ['EIO', 'storage_failure', /^The disk failed to read or write/],
    ['SQLITE_BUSY', 'busy', /^Another program is using your practice/]
  ])('says plainly what the storage did when a handler fails with %s', async (code, expected, message) => {
    // The error as SQLite or the system gives it: better-sqlite3's own class for SQLite's codes.
    const failure = code.startsWith('SQLITE_') ? new Database.SqliteError('disk I/O error', code) : Object.assign(new Error('i/o'), { code })
    const failing = createDispatcher({ ...createHandlers(context), 'clients:create': () => Promise.reject(failure) }, database.door)
    expect(await failing('clients:create', { name: 'Ann' })).toEqual({ ok: false, error: { code: expected, message: expect.stringMatching(message) } })
  })

  it('passes an AppError through with its field', async () => {
    const handlers = createHandlers(context)
    const failing = createDispatcher(
      {
        ...handlers,
        'clients:get': () => Promise.reject(new AppError('conflict', 'Already taken.', 'email'))
      },
      database.door
    )
    expect(await failing('clients:get', { id: 1 })).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'Already taken.', field: 'email' }
    })
  })

  it('answers, and reports, a validator that throws instead of refusing', async () => {
    const onUnexpectedError = vi.fn()
    const throwing = createDispatcher(createHandlers(context), database.door, { onUnexpectedError })
    const input = { name: 'Ann' }
    Object.defineProperty(input, 'notes', { enumerable: true, get: () => { throw new RangeError('boom') } })
    expect(await throwing('clients:create', input)).toEqual({ ok: false, error: { code: 'internal', message: expect.any(String) } })
    expect(onUnexpectedError).toHaveBeenCalledWith('clients:create', expect.any(RangeError))
  })

  it('names unknown fields in a short sentence, however long or many they are (found by fuzzing)', async () => {
    const input = { ['k'.repeat(1_000_000)]: 1, b: 2, c: 3, d: 4, e: 5 }
    const result = await dispatch('clients:get', { id: 1, ...input })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    if (result.ok) return
    expect(result.error.message).toBe(`Coachbook does not know the fields "${'k'.repeat(40)}…", "b", "c" and 2 more.`)
  })
})

describe('IPC registration', () => {
  function register() {
    const listeners = new Map<string, (event: IpcMainInvokeEvent, input: unknown) => Promise<Result<unknown>> | Result<unknown>>()
    const ipc = { handle: (channel: string, listener: never) => void listeners.set(channel, listener) }
    registerIpcHandlers(ipc as never, dispatch, (url) => isTrustedSenderUrl(url))
    return listeners
  }
  const eventFrom = (url: string) => ({ senderFrame: { url } }) as unknown as IpcMainInvokeEvent

  it('registers exactly one handler per contract channel', () => {
    expect([...register().keys()].sort()).toEqual([...CHANNELS].sort())
  })

  it("answers the app's own page", async () => {
    const listener = register().get('clients:list')!
    expect(await listener(eventFrom('coachbook://app/index.html#/clients'), {})).toMatchObject({ ok: true })
  })

  it.each(['https://example.com/', 'file:///tmp/evil.html', 'coachbook://other/index.html', 'about:blank', ''])(
    'refuses a call from a foreign frame (%s) before reading its input',
    async (url) => {
      const listener = register().get('clients:create')!
      const result = await listener(eventFrom(url), { name: 'Injected' })
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } })
      expect(database.sqlite.prepare("SELECT count(*) AS n FROM clients WHERE name = 'Injected'").get()).toEqual({ n: 0 })
    }
  )
})
