import { describe, expect, it } from 'vitest'
import { clientWithEngagement } from '../testing/calls'
import { freshPracticeEachTest } from '../testing/eachTest'

const practice = freshPracticeEachTest()
const { call } = practice

describe('tags on engagements', () => {
  it('are kept, in order, and only those given stay', async () => {
    const { engagement } = await clientWithEngagement(call)
    await call.ok('tags:setForEngagement', { engagementId: engagement.id, tags: ['sponsored', 'executive', 'executive'] })
    expect(await call.ok('tags:ofEngagement', { engagementId: engagement.id })).toEqual({ tags: ['executive', 'sponsored'] })
    await call.ok('tags:setForEngagement', { engagementId: engagement.id, tags: ['executive', 'board'] })
    expect((await call.ok('tags:ofEngagement', { engagementId: engagement.id })).tags).toEqual(['board', 'executive'])
  })

  it('refuses an empty tag and an engagement that is gone, saving nothing', async () => {
    const { engagement } = await clientWithEngagement(call)
    const empty = await call.fail('tags:setForEngagement', { engagementId: engagement.id, tags: ['  '] })
    expect(empty.message).toMatch(/tag cannot be empty/i)
    const gone = await call.fail('tags:setForEngagement', { engagementId: engagement.id + 99, tags: ['x'] })
    expect(gone.code).toBe('not_found')
    expect((await call.ok('tags:list', {})).items).toEqual([])
  })
})

describe('one vocabulary of tags for clients and engagements', () => {
  async function taggedPractice() {
    const { client, engagement } = await clientWithEngagement(call)
    await call.ok('clients:update', { id: client.id, name: client.name, tags: ['executive', 'Senior leader'] })
    const other = await call.ok('clients:create', { name: 'Ann Lee', tags: ['senior leader'] })
    await call.ok('tags:setForEngagement', { engagementId: engagement.id, tags: ['executive', 'sponsored'] })
    return { client, other, engagement }
  }

  it('lists every tag once, as people sort words, with how many clients and engagements carry it', async () => {
    await taggedPractice()
    expect((await call.ok('tags:list', {})).items).toEqual([
      { tag: 'executive', clients: 1, engagements: 1 },
      { tag: 'Senior leader', clients: 1, engagements: 0 },
      { tag: 'senior leader', clients: 1, engagements: 0 },
      { tag: 'sponsored', clients: 0, engagements: 1 }
    ])
  })

  it('renames a tag on clients and engagements alike, and the client list finds them by the new name', async () => {
    const { client, engagement } = await taggedPractice()
    expect(await call.ok('tags:rename', { tag: 'executive', to: 'C-suite' })).toEqual({ tag: 'C-suite', merged: false })
    expect((await call.ok('clients:get', { id: client.id })).tags).toEqual(['C-suite', 'Senior leader'])
    expect((await call.ok('tags:ofEngagement', { engagementId: engagement.id })).tags).toEqual(['C-suite', 'sponsored'])
    expect((await call.ok('clients:list', { query: 'c-suite' })).items.map((row) => row.id)).toEqual([client.id])
    expect((await call.ok('clients:list', { query: 'executive' })).total).toBe(0)
  })

  it('merges a tag renamed onto one in use, once per record', async () => {
    const { client, other } = await taggedPractice()
    expect(await call.ok('tags:rename', { tag: 'Senior leader', to: 'senior leader' })).toEqual({ tag: 'senior leader', merged: true })
    expect((await call.ok('clients:get', { id: client.id })).tags).toEqual(['executive', 'senior leader'])
    expect((await call.ok('clients:get', { id: other.id })).tags).toEqual(['senior leader'])
    const items = (await call.ok('tags:list', {})).items
    expect(items.find((item) => item.tag === 'senior leader')).toEqual({ tag: 'senior leader', clients: 2, engagements: 0 })
    expect(items.some((item) => item.tag === 'Senior leader')).toBe(false)
  })

  it('deletes a tag everywhere and says how many carried it', async () => {
    const { client, engagement } = await taggedPractice()
    expect(await call.ok('tags:delete', { tag: 'executive' })).toEqual({ tag: 'executive', clients: 1, engagements: 1 })
    expect((await call.ok('clients:get', { id: client.id })).tags).toEqual(['Senior leader'])
    expect((await call.ok('tags:ofEngagement', { engagementId: engagement.id })).tags).toEqual(['sponsored'])
  })

  it('says when the tag to rename or delete is no longer in use', async () => {
    await taggedPractice()
    expect((await call.fail('tags:rename', { tag: 'nobody', to: 'x' })).code).toBe('not_found')
    expect((await call.fail('tags:delete', { tag: 'nobody' })).code).toBe('not_found')
  })
})
