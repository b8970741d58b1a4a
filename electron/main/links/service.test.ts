import { describe, expect, it } from 'vitest'
import { parseRecordLink, type RecordLink } from '../../shared/links'
import { clientWithEngagement } from '../testing/calls'
import { freshPracticeEachTest } from '../testing/eachTest'

const practice = freshPracticeEachTest()
const { call } = practice

async function linkTo(kind: RecordLink['kind'], id: number): Promise<RecordLink> {
  const { url } = await call.ok('links:forRecord', { kind, id })
  const link = parseRecordLink(url)
  if (!link) throw new Error(`${url} is not a record link`)
  return link
}

describe('links to records', () => {
  it('lead back to the client, the engagement and the session they were copied from', async () => {
    const { client, engagement } = await clientWithEngagement(call)
    const session = await call.ok('sessions:create', { engagementId: engagement.id, startsAt: '2026-02-04T09:00:00Z' })
    expect(await call.ok('links:resolve', await linkTo('client', client.id))).toEqual({ kind: 'client', clientId: client.id })
    expect(await call.ok('links:resolve', await linkTo('engagement', engagement.id))).toEqual({ kind: 'engagement', engagementId: engagement.id })
    expect(await call.ok('links:resolve', await linkTo('session', session.id))).toEqual({
      kind: 'session',
      engagementId: engagement.id,
      sessionId: session.id
    })
  })

  it('name each record by its own global id, the same every time', async () => {
    const { client } = await clientWithEngagement(call)
    const other = await call.ok('clients:create', { name: 'Tom Berg' })
    const first = await linkTo('client', client.id)
    expect(await linkTo('client', client.id)).toEqual(first)
    expect((await linkTo('client', other.id)).uid).not.toBe(first.uid)
  })

  it('lead nowhere once the record is deleted, or when the id belongs to another kind of record', async () => {
    const { client, engagement } = await clientWithEngagement(call)
    const toEngagement = await linkTo('engagement', engagement.id)
    expect(await call.ok('links:resolve', { kind: 'client', uid: toEngagement.uid })).toBeNull()
    await call.ok('engagements:delete', { id: engagement.id })
    expect(await call.ok('links:resolve', toEngagement)).toBeNull()
    await call.ok('clients:delete', { id: client.id })
    expect(await call.fail('links:forRecord', { kind: 'client', id: client.id })).toMatchObject({ code: 'not_found' })
  })
})
