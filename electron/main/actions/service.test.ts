import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppDatabase } from '../db/connection'
import { caller, clientWithEngagement, countRows, type Caller } from '../testing/calls'
import { freshDispatch } from '../testing/db'

let call: Caller
let database: AppDatabase
let engagementId: number
let goalId: number

const TODAY = '2026-03-10'

beforeEach(async () => {
  const fresh = freshDispatch()
  database = fresh.database
  call = caller(fresh.dispatch)
  engagementId = (await clientWithEngagement(call)).engagement.id
  goalId = (await call.ok('goals:create', { engagementId, statement: 'Delegate the weekly report' })).id
})
afterEach(() => database.close())

function addAction(description: string, fields: Record<string, unknown> = {}) {
  return call.ok('actions:create', { engagementId, goalId, description, today: TODAY, ...fields })
}

describe('the action plan', () => {
  it('records an action with its owner, due date, resources and obstacles', async () => {
    const action = await addAction('Brief Sam on the report', {
      owner: 'client',
      dueOn: '2026-03-20',
      resources: 'Last quarter’s template',
      obstacles: 'No time on Mondays',
      overcome: 'Do it Tuesday morning'
    })
    expect(action).toMatchObject({
      goalStatement: 'Delegate the weekly report',
      status: 'open',
      doneOn: null,
      overdue: false,
      sessionId: null,
      overcome: 'Do it Tuesday morning'
    })
  })

  it("lists the engagement's open actions by due date, overdue judged against the day given", async () => {
    await addAction('Later', { dueOn: '2026-04-01' })
    await addAction('Undated')
    await addAction('Yesterday', { dueOn: '2026-03-09' })
    await addAction('Today', { dueOn: TODAY })
    const done = await addAction('Done long ago', { dueOn: '2026-01-01' })
    await call.ok('actions:setStatus', { id: done.id, status: 'done', today: TODAY })
    await call.ok('actions:create', { engagementId, description: 'No goal: read the book', today: TODAY })

    const open = await call.ok('actions:listForEngagement', { engagementId, today: TODAY })
    expect(open.items.map((action) => [action.description, action.overdue])).toEqual([
      ['Yesterday', true],
      ['Today', false],
      ['Later', false],
      ['Undated', false],
      ['No goal: read the book', false]
    ])
    // The same list a month later: the renderer's day decides, not main's clock.
    const later = await call.ok('actions:listForEngagement', { engagementId, today: '2026-04-02' })
    expect(later.items.filter((action) => action.overdue).map((action) => action.description)).toEqual([
      'Yesterday',
      'Today',
      'Later'
    ])
    const all = await call.ok('actions:listForEngagement', { engagementId, today: TODAY, show: 'all' })
    expect(all.items).toHaveLength(6)
  })

  it('sets the done date when done, keeps a given date, and clears it when reopened or dropped', async () => {
    const action = await addAction('Brief Sam')
    expect(await call.ok('actions:setStatus', { id: action.id, status: 'done', today: TODAY })).toMatchObject({
      status: 'done',
      doneOn: TODAY
    })
    expect(
      await call.ok('actions:setStatus', { id: action.id, status: 'done', today: TODAY, date: '2026-03-08' })
    ).toMatchObject({ doneOn: '2026-03-08' })
    expect(await call.ok('actions:setStatus', { id: action.id, status: 'open', today: TODAY })).toMatchObject({
      status: 'open',
      doneOn: null
    })
    expect(await call.ok('actions:setStatus', { id: action.id, status: 'dropped', today: TODAY })).toMatchObject({
      status: 'dropped',
      doneOn: null
    })
  })

  it('edits an action without touching its status', async () => {
    const action = await addAction('Brief Sam')
    await call.ok('actions:setStatus', { id: action.id, status: 'done', today: TODAY })
    const edited = await call.ok('actions:update', { id: action.id, goalId: null, description: 'Brief Sam and Kim', today: TODAY })
    expect(edited).toMatchObject({ description: 'Brief Sam and Kim', goalId: null, goalStatement: null, status: 'done', doneOn: TODAY })
  })

  it("shows a goal's plan: its actions and its milestones by date", async () => {
    await addAction('Brief Sam')
    const late = await call.ok('actions:createMilestone', { goalId, title: 'Sam sends it alone', dueOn: '2026-05-01' })
    const early = await call.ok('actions:createMilestone', { goalId, title: 'First draft by Sam', dueOn: '2026-04-01' })
    await call.ok('actions:updateMilestone', { id: early.id, title: 'First draft by Sam', dueOn: '2026-04-01', reached: true })
    const plan = await call.ok('actions:listForGoal', { goalId, today: TODAY })
    expect(plan.actions.map((action) => action.description)).toEqual(['Brief Sam'])
    expect(plan.milestones.map((milestone) => [milestone.title, milestone.reached])).toEqual([
      ['First draft by Sam', true],
      ['Sam sends it alone', false]
    ])
    await call.ok('actions:deleteMilestone', { id: late.id })
    expect((await call.ok('actions:listForGoal', { goalId, today: TODAY })).milestones).toHaveLength(1)
  })

  it("refuses a goal or a session from another client's engagement", async () => {
    const { engagement: other } = await clientWithEngagement(call, {}, 'Someone Else')
    const theirGoal = await call.ok('goals:create', { engagementId: other.id, statement: 'Theirs' })
    const theirSession = await call.ok('sessions:create', { engagementId: other.id, startsAt: '2026-03-01T10:00:00Z' })
    expect(await call.fail('actions:create', { engagementId, goalId: theirGoal.id, description: 'X', today: TODAY })).toMatchObject({
      code: 'invalid_input',
      field: 'goalId'
    })
    expect(
      await call.fail('actions:create', { engagementId, sessionId: theirSession.id, description: 'X', today: TODAY })
    ).toMatchObject({ code: 'invalid_input', field: 'sessionId' })
    expect(countRows(database.sqlite, 'actions')).toBe(0)
  })

  it('refuses bad input with a message naming the field, and saves nothing', async () => {
    const cases: [Parameters<Caller['fail']>[0], Record<string, unknown>, string][] = [
      ['actions:create', { engagementId, description: '', today: TODAY }, 'description'],
      ['actions:create', { engagementId, description: 'A', owner: 'team', today: TODAY }, 'owner'],
      ['actions:create', { engagementId, description: 'A', dueOn: '2026-04-31', today: TODAY }, 'dueOn'],
      ['actions:create', { engagementId, description: 'A' }, 'today'],
      ['actions:create', { engagementId, description: 'A', today: 'tomorrow' }, 'today'],
      ['actions:create', { engagementId, description: 'A', today: TODAY, status: 'done' }, ''],
      ['actions:createMilestone', { goalId, title: 'M' }, 'dueOn'],
      ['actions:createMilestone', { goalId, title: '', dueOn: '2026-04-01' }, 'title'],
      ['actions:listForEngagement', { engagementId, today: '2026-02-30' }, 'today']
    ]
    for (const [channel, input, field] of cases) {
      const error = await call.fail(channel, input)
      expect(error.code, JSON.stringify(input)).toBe('invalid_input')
      expect(error.field ?? '', JSON.stringify(input)).toBe(field)
    }
    expect(countRows(database.sqlite, 'actions')).toBe(0)
    expect(countRows(database.sqlite, 'milestones')).toBe(0)
  })

  it('answers not found for records that do not exist', async () => {
    expect(await call.fail('actions:setStatus', { id: 999, status: 'done', today: TODAY })).toMatchObject({ code: 'not_found' })
    expect(await call.fail('actions:update', { id: 999, description: 'A', today: TODAY })).toMatchObject({ code: 'not_found' })
    expect(await call.fail('actions:delete', { id: 999 })).toMatchObject({ code: 'not_found' })
    expect(await call.fail('actions:listForGoal', { goalId: 999, today: TODAY })).toMatchObject({ code: 'not_found' })
    expect(await call.fail('actions:create', { engagementId: 999, description: 'A', today: TODAY })).toMatchObject({
      code: 'not_found',
      field: 'engagementId'
    })
    expect(await call.fail('actions:createMilestone', { goalId: 999, title: 'M', dueOn: '2026-04-01' })).toMatchObject({
      code: 'not_found',
      field: 'goalId'
    })
  })
})
