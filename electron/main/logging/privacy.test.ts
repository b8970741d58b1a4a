import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { CHANNELS, contract, type Channel } from '../../shared/contract'
import type { Handlers } from '../db/door'
import { createHandlers } from '../ipc/handlers'
import { loggedDispatch, logUnexpectedErrors } from '../ipc/logging'
import { createDispatcher } from '../ipc/registry'
import { caller, clientWithEngagement } from '../testing/calls'
import { practiceInFolder, temporaryFolder } from '../testing/practice'
import { fileLogger } from './logger'

/**
 * What the coach types must never reach the log. Every text field of every channel gets
 * a sentinel, through the real dispatcher (successes, refusals, crashes, backups and a
 * restore), with every call logged; then no log file may contain the sentinel.
 */
const SENTINEL = 'Sentinel7f3a'
type JsonSchema = {
  type?: string
  format?: string
  enum?: unknown[]
  const?: unknown
  anyOf?: JsonSchema[]
  items?: JsonSchema
  properties?: Record<string, JsonSchema>
}

/** A plausible value where a field needs a shape (dates, emails), the sentinel in every other text. */
function textFor(name: string, schema: JsonSchema, plausible: boolean): string {
  if (!plausible) return SENTINEL
  if (schema.format === 'email' || /email/i.test(name)) return `${SENTINEL.toLowerCase()}@example.com`
  if (/At$/.test(name)) return '2026-03-14T09:30:00+01:00'
  if (/(On|Date|deadline|Due)$/i.test(name)) return '2026-03-14'
  return `${SENTINEL} wrote this about Zoë Ødegård`
}

function sample(schema: JsonSchema, name: string, plausible: boolean): unknown {
  if (schema.anyOf) return sample(schema.anyOf.find((option) => option.type !== 'null') ?? {}, name, plausible)
  if (schema.enum) return schema.enum[0]
  if (schema.const !== undefined) return schema.const
  switch (schema.type) {
    case 'string':
      return textFor(name, schema, plausible)
    case 'integer':
    case 'number':
      return 1
    case 'boolean':
      return true
    case 'null':
      return null
    case 'array':
      return [sample(schema.items ?? {}, name, plausible)]
    case 'object':
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, value]) => [key, sample(value, key, plausible)]))
    default:
      return SENTINEL
  }
}

function inputsFor(channel: Channel): unknown[] {
  const schema = z.toJSONSchema(contract[channel].input, { io: 'input', unrepresentable: 'any' }) as JsonSchema
  return [
    sample(schema, '', true),
    sample(schema, '', false),
    // Refused: an unknown field named with the sentinel, and a wrong type carrying it.
    { ...(sample(schema, '', true) as object), [SENTINEL]: SENTINEL },
    SENTINEL
  ]
}

const logFolder = temporaryFolder('coachbook-log-privacy-')
const log = fileLogger({ file: join(logFolder, 'main.log'), maxBytes: 64 * 1024 })
let practice: ReturnType<typeof practiceInFolder>

beforeAll(() => {
  practice = practiceInFolder({ log })
})
afterAll(async () => {
  await practice.close()
  rmSync(logFolder, { recursive: true, force: true })
})

function logText(): string {
  return readdirSync(logFolder)
    .map((name) => readFileSync(join(logFolder, name), 'utf8'))
    .join('\n')
}

describe('the log', () => {
  it('never holds what the coach typed, whatever the channels are asked', async () => {
    // Every call is logged (a slow-call threshold of 0 ms), so every call has a chance to leak.
    const dispatch = loggedDispatch(practice.dispatch, log, 0)
    const call = caller(dispatch)

    // A practice full of sentinel text, through the channels a coach uses.
    const { client, engagement } = await clientWithEngagement(call, { title: `${SENTINEL} programme` }, `${SENTINEL} Zoë`)
    await call.ok('clients:update', { id: client.id, name: `${SENTINEL} Zoë`, notes: `${SENTINEL} notes`, tags: [SENTINEL] })
    await call.ok('goals:create', { engagementId: engagement.id, statement: `${SENTINEL} goal` })
    await call.ok('sessions:create', {
      engagementId: engagement.id,
      startsAt: '2026-03-14T09:30:00+01:00',
      notes: `${SENTINEL} session notes`,
      privateObservations: `${SENTINEL} private`
    })
    const backup = await call.ok('backup:now', {})
    await call.ok('clients:create', { name: `${SENTINEL} after the backup` })
    await call.ok('backup:restore', { backupId: backup.id })

    // Every channel, with plausible and with sentinel-only input, and refused input.
    let calls = 0
    for (const channel of CHANNELS) {
      for (const input of inputsFor(channel)) {
        await dispatch(channel, input)
        calls++
      }
    }
    await dispatch(`${SENTINEL}:channel`, { name: SENTINEL })

    // Crashes nobody planned for, whose messages quote the input.
    const context = practice.context()
    const crashing = loggedDispatch(
      createDispatcher(
        {
          ...createHandlers(context),
          'clients:create': (_reader: unknown, input: { name: string }) => {
            throw new TypeError(`Cannot save ${input.name}`)
          },
          'clients:list': () => Promise.reject(Object.assign(new Error(`${SENTINEL} in a message`), { code: SENTINEL }))
        } as unknown as Handlers,
        practice.practice.database.door,
        { onUnexpectedError: logUnexpectedErrors(log) }
      ),
      log
    )
    await crashing('clients:create', { name: `${SENTINEL} Zoë` })
    await crashing('clients:list', {})

    const text = logText()
    expect(calls).toBeGreaterThan(CHANNELS.length * 3)
    // The log did record the calls, the refusals, the crashes and the backups…
    for (const event of ['"ipc.slow"', '"ipc.refused"', '"ipc.unexpected"', '"backup.made"', '"backup.restored"']) {
      expect(text).toContain(event)
    }
    // …and nothing the coach typed.
    expect(text.toLowerCase()).not.toContain(SENTINEL.toLowerCase())
    expect(text).not.toContain('Zoë')
    // Every channel of the contract, some writing files (a PDF, a backup): seconds on a busy machine.
  }, 60_000)
})
