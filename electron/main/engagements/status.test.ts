import { describe, expect, it } from 'vitest'
import { localToday } from '../clock'
import { clientWithEngagement, kindIds, newClient } from '../testing/calls'
import { freshPracticeEachTest } from '../testing/eachTest'

const practice = freshPracticeEachTest()
const { call } = practice

describe('the status of an engagement', () => {
  it('goes prospect → active → paused → active → completed, keeping the day of each change', async () => {
    const client = await newClient(call)
    const kinds = await kindIds(call)
    const created = await call.ok('engagements:create', {
      clientId: client.id,
      kindId: kinds['Executive coaching']!,
      statusDate: '2026-01-02'
    })
    const steps = [
      ['active', '2026-01-10'],
      ['paused', '2026-03-01'],
      ['active', '2026-04-01'],
      ['completed', '2026-06-30']
    ] as const
    for (const [status, date] of steps) {
      await call.ok('engagements:setStatus', { id: created.id, status, date, note: status === 'paused' ? 'Parental leave' : '' })
    }
    const done = await call.ok('engagements:get', { id: created.id })
    expect(done.status).toBe('completed')
    expect(done.allowedNextStatuses).toEqual([])
    expect(done.statusHistory.map((change) => [change.status, change.date])).toEqual([
      ['prospect', '2026-01-02'],
      ['active', '2026-01-10'],
      ['paused', '2026-03-01'],
      ['active', '2026-04-01'],
      ['completed', '2026-06-30']
    ])
    expect(done.statusHistory[2]?.note).toBe('Parental leave')
  })

  it('refuses impossible changes with a clear message, and changes nothing', async () => {
    const { engagement } = await clientWithEngagement(call)
    await call.ok('engagements:setStatus', { id: engagement.id, status: 'completed', date: '2026-05-01' })
    const backwards = await call.fail('engagements:setStatus', { id: engagement.id, status: 'prospect', date: '2026-05-02' })
    expect(backwards).toEqual({
      code: 'conflict',
      field: 'status',
      message: 'A completed engagement cannot become prospect. It is closed: start a new engagement for further work with this client.'
    })
    const { engagement: other } = await clientWithEngagement(call, {}, 'Ana Lima')
    expect(await call.fail('engagements:setStatus', { id: other.id, status: 'active', date: '2026-05-02' })).toMatchObject({
      code: 'conflict',
      message: 'This engagement is already active.'
    })
    const prospect = await call.ok('engagements:create', {
      clientId: other.clientId,
      kindId: other.kind.id,
      statusDate: '2026-01-01'
    })
    expect(
      (await call.fail('engagements:setStatus', { id: prospect.id, status: 'paused', date: '2026-05-02' })).message
    ).toBe('A prospect engagement cannot become paused. From prospect it can become active or cancelled.')
    const history = (await call.ok('engagements:get', { id: engagement.id })).statusHistory
    expect(history.map((change) => change.status)).toEqual(['active', 'completed'])
  })

  it('refuses a status change dated before the last one', async () => {
    const { engagement } = await clientWithEngagement(call, { startDate: '2026-03-01' })
    const error = await call.fail('engagements:setStatus', { id: engagement.id, status: 'paused', date: '2026-02-01' })
    expect(error).toMatchObject({ code: 'invalid_input', field: 'date' })
    expect(error.message).toContain('2026-03-01')
    expect((await call.ok('engagements:get', { id: engagement.id })).status).toBe('active')
  })
})

describe('an engagement entered after it began', () => {
  const TODAY = localToday()

  async function startedEngagement(startDate = '2026-01-12') {
    const client = await newClient(call)
    const kinds = await kindIds(call)
    return call.ok('engagements:create', { clientId: client.id, kindId: kinds['Executive coaching']!, status: 'active', startDate })
  }

  it('became active on its start date, not on the day it was entered, so later changes can be dated in the past', async () => {
    const engagement = await startedEngagement()
    expect(engagement.statusHistory.map((change) => [change.status, change.date])).toEqual([['active', '2026-01-12']])
    await call.ok('engagements:setStatus', { id: engagement.id, status: 'paused', date: '2026-02-01', note: 'Holiday' })
    const resumed = await call.ok('engagements:setStatus', { id: engagement.id, status: 'active', date: '2026-02-15' })
    expect(resumed.statusHistory.map((change) => change.date)).toEqual(['2026-01-12', '2026-02-01', '2026-02-15'])
    expect(resumed.startDate).toBe('2026-01-12')
  })

  it('without a start date becomes active today, which becomes its start date', async () => {
    const client = await newClient(call)
    const kinds = await kindIds(call)
    const engagement = await call.ok('engagements:create', { clientId: client.id, kindId: kinds['Executive coaching']!, status: 'active' })
    expect(engagement.startDate).toBe(TODAY)
    expect(engagement.statusHistory.map((change) => [change.status, change.date])).toEqual([['active', TODAY]])
  })

  it('moves its first active day when its start date is edited, in order with the rest of its history', async () => {
    const engagement = await startedEngagement()
    await call.ok('engagements:setStatus', { id: engagement.id, status: 'paused', date: '2026-03-01' })
    const contract = { id: engagement.id, kindId: engagement.kind.id }
    const moved = await call.ok('engagements:update', { ...contract, startDate: '2026-01-05' })
    expect(moved.statusHistory.map((change) => [change.status, change.date])).toEqual([
      ['active', '2026-01-05'],
      ['paused', '2026-03-01']
    ])
    expect(await call.fail('engagements:update', { ...contract, startDate: '2026-03-02' })).toEqual({
      code: 'invalid_input',
      field: 'startDate',
      message: 'Choose a start date on or before 2026-03-01, when the engagement became paused.',
      dates: ['2026-03-01']
    })
    expect(await call.fail('engagements:update', { ...contract, startDate: null })).toMatchObject({ field: 'startDate', dates: ['2026-01-05'] })
    expect((await call.ok('engagements:get', { id: engagement.id })).startDate).toBe('2026-01-05')
  })

  it('a prospect starts on its start date unless told otherwise, and a start date already past dates it as a prospect too', async () => {
    const client = await newClient(call)
    const kinds = await kindIds(call)
    const prospect = await call.ok('engagements:create', { clientId: client.id, kindId: kinds['Executive coaching']!, startDate: '2026-02-02' })
    expect(prospect.statusHistory.map((change) => [change.status, change.date])).toEqual([['prospect', '2026-02-02']])
    const started = await call.ok('engagements:setStatus', { id: prospect.id, status: 'active' })
    expect(started.statusHistory.map((change) => [change.status, change.date])).toEqual([
      ['prospect', '2026-02-02'],
      ['active', '2026-02-02']
    ])
    // Started on another day than contracted: that day is its start.
    const other = await call.ok('engagements:create', { clientId: client.id, kindId: kinds['Executive coaching']!, statusDate: '2026-01-20' })
    expect((await call.ok('engagements:setStatus', { id: other.id, status: 'active', date: '2026-02-09' })).startDate).toBe('2026-02-09')
  })

  it('has its history corrected: a day kept in order with the changes either side, or a note', async () => {
    const engagement = await startedEngagement()
    await call.ok('engagements:setStatus', { id: engagement.id, status: 'paused', date: '2026-03-01' })
    const history = (await call.ok('engagements:setStatus', { id: engagement.id, status: 'active', date: '2026-04-01' })).statusHistory
    const paused = history[1]!
    const corrected = await call.ok('engagements:correctStatusChange', { id: paused.id, date: '2026-02-20', note: 'Parental leave' })
    expect(corrected.statusHistory[1]).toMatchObject({ status: 'paused', date: '2026-02-20', note: 'Parental leave' })
    expect(await call.fail('engagements:correctStatusChange', { id: paused.id, date: '2026-04-02', note: '' })).toEqual({
      code: 'invalid_input',
      field: 'date',
      message: 'Choose a date on or before 2026-04-01, when the engagement became active.',
      dates: ['2026-04-01']
    })
    expect(await call.fail('engagements:correctStatusChange', { id: paused.id, date: '2026-01-11', note: '' })).toMatchObject({
      field: 'date',
      message: 'Choose a date on or after 2026-01-12, when the engagement became active.'
    })
    // The first day it was active is its start date.
    const restarted = await call.ok('engagements:correctStatusChange', { id: history[0]!.id, date: '2026-01-08', note: '' })
    expect(restarted.startDate).toBe('2026-01-08')
    expect(await call.fail('engagements:correctStatusChange', { id: 9999, date: '2026-01-08', note: '' })).toMatchObject({ code: 'not_found' })
  })
})
