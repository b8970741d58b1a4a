import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract'
import type { AppErrorShape } from '../../shared/result'
import { kindIds } from '../demo/practice'
import type { Dispatch } from '../ipc/registry'

/** Typed calls through the real dispatcher, for tests that go the way the renderer does. */
export function caller(dispatch: Dispatch) {
  /** Calls a channel and returns its data; a failure fails the test with the message. */
  async function ok<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const result = await dispatch(channel, input)
    if (!result.ok) {
      const { code, field = '-', message } = result.error
      throw new Error(`${channel}: expected success, got ${code} (${field}): ${message}`)
    }
    return result.data as ChannelOutput<C>
  }

  /** Calls a channel with any input, expecting a refusal; returns the error. */
  async function fail(channel: Channel, input: unknown): Promise<AppErrorShape> {
    const result = await dispatch(channel, input)
    if (result.ok) throw new Error(`${channel}: expected a refusal, got ${JSON.stringify(result.data)}`)
    return result.error
  }

  return { ok, fail }
}

export type Caller = ReturnType<typeof caller>

export { kindIds }

/** A client with nothing else yet. */
export function newClient(call: Caller, name = 'Tom Baker') {
  return call.ok('clients:create', { name })
}

/** A client with one engagement of the given kind (executive coaching unless told). */
export async function clientWithEngagement(
  call: Caller,
  fields: Partial<ChannelInput<'engagements:create'>> = {},
  clientName = 'Zoë Ødegård'
) {
  const client = await call.ok('clients:create', { name: clientName })
  const kinds = await kindIds(call)
  const engagement = await call.ok('engagements:create', {
    clientId: client.id,
    kindId: kinds['Executive coaching']!,
    status: 'active',
    startDate: '2026-01-05',
    ...fields
  })
  return { client, engagement, kinds }
}

/** Sessions of an hour on consecutive days from 2 February 2026, at 09:00 UTC, with the statuses given. */
export async function sessionsFromFebruary(call: Caller, engagementId: number, statuses: ('held' | 'cancelled' | 'scheduled')[]) {
  const made = []
  for (const [index, status] of statuses.entries()) {
    made.push(await call.ok('sessions:create', { engagementId, startsAt: `2026-02-${String(index + 2).padStart(2, '0')}T09:00:00Z`, durationMinutes: 60, status }))
  }
  return made
}

/** Counts the rows of a table, to show that nothing was saved or everything went. */
export function countRows(sqlite: { prepare(sql: string): { get(): unknown } }, table: string): number {
  return (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
}
