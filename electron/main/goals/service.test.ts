import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppDatabase } from '../db/connection'
import { caller, clientWithEngagement, countRows, type Caller } from '../testing/calls'
import { freshDispatch } from '../testing/db'

let call: Caller
let database: AppDatabase
let engagementId: number

beforeEach(async () => {
  const fresh = freshDispatch()
  database = fresh.database
  call = caller(fresh.dispatch)
  engagementId = (await clientWithEngagement(call)).engagement.id
})
afterEach(() => database.close())

const delegate = {
  statement: 'Delegate the weekly report to Sam by June',
  whyItMatters: 'Frees Fridays for strategy.',
  successIndicator: 'Sam sends the report without edits.',
  baseline: 2,
  target: 8,
  deadline: '2026-06-30',
  priority: 'high',
  observableBehaviours: 'Asks before doing; reviews, does not rewrite.',
  confidence: 6
} as const

describe('SMART goals', () => {
  it('sets a goal on a 0–10 rating and tracks its measurements over time', async () => {
    const goal = await call.ok('goals:create', { engagementId, ...delegate })
    expect(goal).toMatchObject({ ...delegate, measure: 'rating', status: 'not_started', growthArea: null, latestValue: null })
    await call.ok('goals:createMeasurement', { goalId: goal.id, measuredOn: '2026-03-01', value: 5, comment: 'Better' })
    await call.ok('goals:createMeasurement', { goalId: goal.id, measuredOn: '2026-02-01', value: 3 })
    const read = await call.ok('goals:get', { id: goal.id })
    expect(read.measurements.map((m) => [m.measuredOn, m.value])).toEqual([
      ['2026-02-01', 3],
      ['2026-03-01', 5]
    ])
    expect(read.latestValue).toBe(5)
  })

  it('measures a number goal in its unit, decimals included', async () => {
    const goal = await call.ok('goals:create', {
      engagementId,
      statement: 'Cut evening email',
      measure: 'number',
      unit: 'hours a week',
      baseline: 7.5,
      target: 1
    })
    const measurement = await call.ok('goals:createMeasurement', { goalId: goal.id, measuredOn: '2026-02-01', value: 4.25 })
    expect(measurement.value).toBe(4.25)
  })

  it("keeps goals in the coach's order", async () => {
    const a = await call.ok('goals:create', { engagementId, statement: 'A' })
    const b = await call.ok('goals:create', { engagementId, statement: 'B' })
    const c = await call.ok('goals:create', { engagementId, statement: 'C' })
    const { items } = await call.ok('goals:reorder', { engagementId, goalIds: [c.id, a.id, b.id] })
    expect(items.map((goal) => goal.statement)).toEqual(['C', 'A', 'B'])
    const d = await call.ok('goals:create', { engagementId, statement: 'D' })
    expect((await call.ok('goals:listForEngagement', { engagementId })).items.map((goal) => goal.id)).toEqual([
      c.id,
      a.id,
      b.id,
      d.id
    ])
    expect(await call.fail('goals:reorder', { engagementId, goalIds: [c.id, a.id] })).toMatchObject({
      code: 'conflict',
      field: 'goalIds'
    })
  })

  it('links a goal to a growth area of the same engagement; deleting the area keeps the goal', async () => {
    const area = await call.ok('assessment:createGrowthArea', { engagementId, title: 'Delegating' })
    const goal = await call.ok('goals:create', { engagementId, statement: 'Delegate', growthAreaId: area.id })
    expect(goal.growthArea).toEqual({ id: area.id, title: 'Delegating' })
    await call.ok('assessment:deleteGrowthArea', { id: area.id })
    expect((await call.ok('goals:get', { id: goal.id })).growthArea).toBeNull()

    const { engagement: other } = await clientWithEngagement(call, {}, 'Someone Else')
    const theirs = await call.ok('assessment:createGrowthArea', { engagementId: other.id, title: 'Theirs' })
    expect(await call.fail('goals:create', { engagementId, statement: 'X', growthAreaId: theirs.id })).toMatchObject({
      code: 'invalid_input',
      field: 'growthAreaId'
    })
  })

  it('records a quick rating in a session of the same engagement only', async () => {
    const goal = await call.ok('goals:create', { engagementId, statement: 'Delegate' })
    const session = await call.ok('sessions:create', { engagementId, startsAt: '2026-02-01T09:00:00Z', status: 'held' })
    const rating = await call.ok('goals:createMeasurement', {
      goalId: goal.id,
      measuredOn: '2026-02-01',
      value: 4,
      sessionId: session.id
    })
    expect(rating.sessionId).toBe(session.id)
    const { engagement: other } = await clientWithEngagement(call, {}, 'Someone Else')
    const theirs = await call.ok('sessions:create', { engagementId: other.id, startsAt: '2026-02-01T09:00:00Z' })
    expect(
      await call.fail('goals:createMeasurement', { goalId: goal.id, measuredOn: '2026-02-01', value: 4, sessionId: theirs.id })
    ).toMatchObject({ code: 'invalid_input', field: 'sessionId' })
  })

  it('refuses to turn a goal into a rating while its measurements are off the 0–10 scale', async () => {
    const goal = await call.ok('goals:create', { engagementId, statement: 'Hours', measure: 'number' })
    await call.ok('goals:createMeasurement', { goalId: goal.id, measuredOn: '2026-02-01', value: 12.5 })
    const error = await call.fail('goals:update', { id: goal.id, statement: 'Hours', measure: 'rating' })
    expect(error).toMatchObject({ code: 'conflict', field: 'measure' })
    expect((await call.ok('goals:get', { id: goal.id })).measure).toBe('number')
  })

  it('deleting a goal takes its measurements, actions and milestones with it', async () => {
    const goal = await call.ok('goals:create', { engagementId, statement: 'Delegate' })
    await call.ok('goals:createMeasurement', { goalId: goal.id, measuredOn: '2026-02-01', value: 4 })
    await call.ok('actions:create', { engagementId, goalId: goal.id, description: 'Brief Sam', today: '2026-02-01' })
    await call.ok('actions:createMilestone', { goalId: goal.id, title: 'First report', dueOn: '2026-03-01' })
    await call.ok('goals:delete', { id: goal.id })
    for (const table of ['goals', 'goal_measurements', 'actions', 'milestones']) expect(countRows(database.sqlite, table)).toBe(0)
  })

  it('refuses bad input with a message naming the field, and saves nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ engagementId, statement: '' }, 'statement'],
      [{ engagementId, statement: 'x'.repeat(2001) }, 'statement'],
      [{ engagementId, statement: 'A', baseline: 11 }, 'baseline'],
      [{ engagementId, statement: 'A', target: 7.5 }, 'target'],
      [{ engagementId, statement: 'A', measure: 'percent' }, 'measure'],
      [{ engagementId, statement: 'A', deadline: '2026-02-29' }, 'deadline'],
      [{ engagementId, statement: 'A', priority: 'urgent' }, 'priority'],
      [{ engagementId, statement: 'A', status: 'done' }, 'status'],
      [{ engagementId, statement: 'A', confidence: 11 }, 'confidence'],
      [{ engagementId, statement: 'A', baseline: '3' }, 'baseline'],
      [{ engagementId, statement: 'A', measure: 'number', target: 1e300 }, 'target']
    ]
    for (const [input, field] of cases) {
      const error = await call.fail('goals:create', input)
      expect(error.code, JSON.stringify(input)).toBe('invalid_input')
      expect(error.field ?? '', JSON.stringify(input)).toBe(field)
    }
    expect((await call.fail('goals:create', { engagementId, statement: 'A', baseline: 11 })).message).toBe(
      'The baseline is a rating: use a whole number from 0 to 10.'
    )
    expect((await call.fail('goals:create', { engagementId, statement: 'A', measure: 'number', target: -2e12 })).message).toBe(
      'The target must be between -1,000,000,000,000 and 1,000,000,000,000.'
    )
    const goal = await call.ok('goals:create', { engagementId, statement: 'A' })
    expect(
      await call.fail('goals:createMeasurement', { goalId: goal.id, measuredOn: '2026-02-01', value: 10.5 })
    ).toMatchObject({ code: 'invalid_input', field: 'value' })
    expect(
      await call.fail('goals:createMeasurement', { goalId: goal.id, measuredOn: '2026-02-30', value: 5 })
    ).toMatchObject({ code: 'invalid_input', field: 'measuredOn' })
    expect(countRows(database.sqlite, 'goals')).toBe(1)
    expect(countRows(database.sqlite, 'goal_measurements')).toBe(0)
  })

  it('answers not found for records that do not exist', async () => {
    expect(await call.fail('goals:listForEngagement', { engagementId: 999 })).toMatchObject({ code: 'not_found' })
    expect(await call.fail('goals:create', { engagementId: 999, statement: 'A' })).toMatchObject({
      code: 'not_found',
      field: 'engagementId'
    })
    for (const channel of ['goals:get', 'goals:delete', 'goals:deleteMeasurement'] as const) {
      expect(await call.fail(channel, { id: 999 })).toMatchObject({ code: 'not_found' })
    }
    expect(await call.fail('goals:createMeasurement', { goalId: 999, measuredOn: '2026-01-01', value: 1 })).toMatchObject({
      code: 'not_found',
      field: 'goalId'
    })
  })
})

describe('requests of the wrong shape (found by fuzzing)', () => {
  it('asks for the list of goals when reordering without one', async () => {
    for (const goalIds of [undefined, { 0: 1 }, 'all']) {
      expect(await call.fail('goals:reorder', { engagementId, goalIds })).toEqual({
        code: 'invalid_input',
        field: 'goalIds',
        message: 'The goals to reorder must be a list of goal ids.'
      })
    }
  })
})
