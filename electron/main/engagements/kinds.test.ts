import { describe, expect, it } from 'vitest'
import { clientWithEngagement, countRows, kindIds } from '../testing/calls'
import { freshPracticeEachTest } from '../testing/eachTest'

const practice = freshPracticeEachTest()
const { call } = practice

describe('kinds of engagement', () => {
  it('comes with the built-in kinds, mentoring flagged as such', async () => {
    const { items } = await call.ok('engagements:listKinds', {})
    expect(items.map((kind) => [kind.name, kind.isMentoring, kind.builtIn])).toEqual([
      ['Career coaching', false, true],
      ['Executive coaching', false, true],
      ['Leadership coaching', false, true],
      ['Mentoring', true, true],
      ['Professional coaching', false, true]
    ])
    expect(items.find((kind) => kind.isMentoring)).toMatchObject({ defaultPlannedSessions: null, defaultCadence: 'as_needed' })
  })

  it("adds the coach's own kinds after the built-in ones, with defaults that suit coaching or mentoring", async () => {
    const team = await call.ok('engagements:createKind', { name: 'Team coaching' })
    const peer = await call.ok('engagements:createKind', { name: 'Peer mentoring', isMentoring: true })
    expect(team).toMatchObject({ builtIn: false, isMentoring: false, defaultPlannedSessions: 6, defaultCadence: 'fortnightly' })
    expect(peer).toMatchObject({ isMentoring: true, defaultPlannedSessions: null, defaultCadence: 'as_needed' })
    const { items } = await call.ok('engagements:listKinds', {})
    expect(items.slice(-2).map((kind) => kind.name)).toEqual(['Peer mentoring', 'Team coaching'])
  })

  it('refuses a kind whose name is already taken, whatever its case or accents', async () => {
    const error = await call.fail('engagements:createKind', { name: 'MENTORING' })
    expect(error).toMatchObject({ code: 'conflict', field: 'name' })
    expect(error.message).toContain('already')
  })
})

describe("changing and deleting the coach's own kinds", () => {
  const teamCoaching = { name: 'Team coaching', defaultPlannedSessions: 10, defaultCadence: 'weekly', defaultSessionMinutes: 90 } as const

  it('renames and adjusts a kind, filling left-out defaults as for a new one', async () => {
    const team = await call.ok('engagements:createKind', teamCoaching)
    const renamed = await call.ok('engagements:updateKind', { id: team.id, name: 'Group mentoring', isMentoring: true })
    expect(renamed).toEqual({
      id: team.id,
      name: 'Group mentoring',
      isMentoring: true,
      builtIn: false,
      defaultPlannedSessions: null,
      defaultCadence: 'as_needed',
      defaultSessionMinutes: 60,
      engagementCount: 0
    })
    const { items } = await call.ok('engagements:listKinds', {})
    expect(items.find((kind) => kind.id === team.id)).toEqual(renamed)
  })

  it('lets a kind change the case of its own name, but not take a name in use, whatever its case or accents', async () => {
    const team = await call.ok('engagements:createKind', { name: 'Équipe coaching' })
    await call.ok('engagements:createKind', { name: 'Peer mentoring', isMentoring: true })
    expect(await call.ok('engagements:updateKind', { id: team.id, name: 'ÉQUIPE Coaching', isMentoring: false })).toMatchObject({
      name: 'ÉQUIPE Coaching'
    })
    for (const name of ['PEER MENTORING', 'Peer méntoring', 'mentoring']) {
      const error = await call.fail('engagements:updateKind', { id: team.id, name, isMentoring: false })
      expect(error).toMatchObject({ code: 'conflict', field: 'name', message: `There is already a kind called "${name}".` })
    }
    const { items } = await call.ok('engagements:listKinds', {})
    expect(items.find((kind) => kind.id === team.id)?.name).toBe('ÉQUIPE Coaching')
  })

  it('leaves the built-in kinds as they are', async () => {
    const kinds = await kindIds(call)
    const update = await call.fail('engagements:updateKind', { id: kinds.Mentoring!, name: 'Mentorship', isMentoring: true })
    expect(update).toMatchObject({ code: 'forbidden', message: expect.stringContaining('"Mentoring" is built into Coachbook') })
    const remove = await call.fail('engagements:deleteKind', { id: kinds['Career coaching']! })
    expect(remove).toMatchObject({ code: 'forbidden', message: expect.stringContaining('cannot be deleted') })
    expect(Object.keys(await kindIds(call))).toEqual(['Career coaching', 'Executive coaching', 'Leadership coaching', 'Mentoring', 'Professional coaching'])
  })

  it('keeps the plan and title existing engagements copied when the kind changes', async () => {
    const team = await call.ok('engagements:createKind', teamCoaching)
    const { engagement } = await clientWithEngagement(call, { kindId: team.id })
    expect(engagement).toMatchObject({ title: 'Team coaching', plannedSessions: 10, cadence: 'weekly', sessionMinutes: 90 })
    await call.ok('engagements:updateKind', {
      id: team.id,
      name: 'Board coaching',
      isMentoring: false,
      defaultPlannedSessions: 4,
      defaultCadence: 'monthly',
      defaultSessionMinutes: 45
    })
    const after = await call.ok('engagements:get', { id: engagement.id })
    expect(after).toEqual({ ...engagement, kind: { ...engagement.kind, name: 'Board coaching' } })
  })

  it('refuses to delete a kind engagements are of, saying how many', async () => {
    const team = await call.ok('engagements:createKind', teamCoaching)
    await clientWithEngagement(call, { kindId: team.id })
    await clientWithEngagement(call, { kindId: team.id }, 'Tom Baker')
    expect((await call.ok('engagements:listKinds', {})).items.find((kind) => kind.id === team.id)?.engagementCount).toBe(2)
    expect(await call.fail('engagements:deleteKind', { id: team.id })).toEqual({
      code: 'conflict',
      message: '2 engagements are of this kind: change their kind first, or keep it.'
    })
    expect(countRows(practice.database.sqlite, 'engagement_kinds')).toBe(6)
  })

  it('deletes a kind no engagement is of', async () => {
    const team = await call.ok('engagements:createKind', teamCoaching)
    const { engagement } = await clientWithEngagement(call, { kindId: team.id })
    const kinds = await kindIds(call)
    await call.ok('engagements:update', { id: engagement.id, kindId: kinds['Executive coaching']!, startDate: engagement.startDate })
    expect(await call.ok('engagements:deleteKind', { id: team.id })).toEqual({ id: team.id })
    expect(Object.keys(await kindIds(call))).not.toContain('Team coaching')
    await call.ok('engagements:createKind', { name: 'Team coaching' })
  })

  it('answers not found for a kind that does not exist', async () => {
    const team = await call.ok('engagements:createKind', teamCoaching)
    await call.ok('engagements:deleteKind', { id: team.id })
    for (const [channel, input] of [
      ['engagements:updateKind', { id: team.id, name: 'Board coaching', isMentoring: false }],
      ['engagements:deleteKind', { id: team.id }]
    ] as const) {
      expect(await call.fail(channel, input)).toMatchObject({ code: 'not_found', message: expect.stringContaining('no longer exists') })
    }
  })
})
