import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppDatabase } from '../db/connection'
import { caller, clientWithEngagement, countRows, kindIds, type Caller } from '../testing/calls'
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

describe('the open actions a page at a time', () => {
  type Page = Awaited<ReturnType<typeof listPage>>

  function listPage(limit: number, cursor: string | null = null, fields: Record<string, unknown> = {}) {
    return call.ok('actions:listForEngagement', { engagementId, today: TODAY, limit, cursor, ...fields })
  }

  /** Every page of the list, from the first to the one with no next. */
  async function allPages(limit: number, fields: Record<string, unknown> = {}): Promise<Page[]> {
    const pages = [await listPage(limit, null, fields)]
    for (let page = pages[0]!; page.nextCursor !== null; pages.push(page)) page = await listPage(limit, page.nextCursor, fields)
    return pages
  }

  const descriptions = (pages: Page[]) => pages.flatMap((page) => page.items.map((action) => action.description))

  /** Two overdue ones on the same day, three due on the same later day, three undated, and one done. */
  async function addMixedActions() {
    await addAction('Undated A')
    await addAction('Tie later A', { dueOn: '2026-04-01' })
    await addAction('Tie overdue A', { dueOn: '2026-03-01' })
    await addAction('Undated B')
    await addAction('Tie later B', { dueOn: '2026-04-01' })
    await addAction('Tie overdue B', { dueOn: '2026-03-01' })
    await addAction('Tie later C', { dueOn: '2026-04-01' })
    await addAction('Undated C')
    const done = await addAction('Done', { dueOn: '2026-02-01' })
    await call.ok('actions:setStatus', { id: done.id, status: 'done', today: TODAY })
  }
  const ORDER = ['Tie overdue A', 'Tie overdue B', 'Tie later A', 'Tie later B', 'Tie later C', 'Undated A', 'Undated B', 'Undated C']

  it('walks the whole list in order at every page size, ties and undated actions across the boundaries', async () => {
    await addMixedActions()
    for (const limit of [1, 2, 3, 4, 5, 7, 8, 100]) {
      const pages = await allPages(limit)
      expect(descriptions(pages), `pages of ${limit}`).toEqual(ORDER)
      expect(pages).toHaveLength(Math.ceil(ORDER.length / limit))
      // Every page counts the whole list, not its own rows.
      for (const page of pages) expect([page.total, page.overdue]).toEqual([8, 2])
    }
    // Overdue is counted against the day given: three weeks on, the later ties are late too.
    expect((await listPage(1, null, { today: '2026-04-02' })).overdue).toBe(5)
  })

  it('ends a page that takes the last action with no next page', async () => {
    await addMixedActions()
    const whole = await listPage(8)
    expect(whole.items).toHaveLength(8)
    expect(whole.nextCursor).toBeNull()
    // A page ending on the last dated action continues with the undated ones.
    const dated = await listPage(5)
    expect(dated.items.at(-1)?.description).toBe('Tie later C')
    const undated = await listPage(5, dated.nextCursor)
    expect(undated.items.map((action) => action.description)).toEqual(['Undated A', 'Undated B', 'Undated C'])
    expect(undated.nextCursor).toBeNull()
  })

  it('continues after an edit without skipping or repeating the actions left as they were', async () => {
    await addMixedActions()
    const first = await listPage(3)
    expect(first.items.map((action) => action.description)).toEqual(ORDER.slice(0, 3))
    // Ticked off on the page shown, then one further on is given a date before the page's end.
    await call.ok('actions:setStatus', { id: first.items[0]!.id, status: 'done', today: TODAY })
    const moved = (await listPage(100)).items.find((action) => action.description === 'Undated B')!
    await call.ok('actions:update', { id: moved.id, description: 'Undated B', goalId, dueOn: '2026-03-15', today: TODAY })
    const rest = await listPage(100, first.nextCursor)
    expect(rest.items.map((action) => action.description)).toEqual(['Tie later B', 'Tie later C', 'Undated A', 'Undated C'])
    expect([rest.total, rest.overdue]).toEqual([7, 1])
  })

  it('pages all actions too, with the overdue count only of open ones', async () => {
    await addMixedActions()
    const pages = await allPages(2, { show: 'all' })
    expect(descriptions(pages)).toEqual(['Done', ...ORDER])
    for (const page of pages) expect([page.total, page.overdue]).toEqual([9, 2])
  })

  it('answers an empty engagement with an empty page', async () => {
    expect(await listPage(10)).toEqual({ items: [], total: 0, overdue: 0, nextCursor: null })
  })

  it('refuses a page size out of range or a list position it did not give', async () => {
    await addMixedActions()
    const cases: [Record<string, unknown>, string][] = [
      [{ limit: 0 }, 'limit'],
      [{ limit: 501 }, 'limit'],
      [{ limit: 2.5 }, 'limit'],
      [{ cursor: 'not a position' }, 'cursor'],
      [{ cursor: Buffer.from(JSON.stringify(['2026-03-01'])).toString('base64url') }, 'cursor'],
      [{ cursor: 42 }, 'cursor']
    ]
    for (const [fields, field] of cases) {
      const error = await call.fail('actions:listForEngagement', { engagementId, today: TODAY, ...fields })
      expect(error, JSON.stringify(fields)).toMatchObject({ code: 'invalid_input', field })
    }
  })
})

describe('a client’s open actions', () => {
  it('come from all their engagements, the overdue and soonest due first, undated last', async () => {
    const engagement = await call.ok('engagements:get', { id: engagementId })
    const second = await call.ok('engagements:create', {
      clientId: engagement.clientId,
      kindId: (await kindIds(call)).Mentoring!,
      title: 'Mentoring after the programme',
      status: 'active'
    })
    await addAction('Undated, first engagement')
    await addAction('Due later', { dueOn: '2026-04-01' })
    const done = await addAction('Done already', { dueOn: '2026-03-01' })
    await call.ok('actions:setStatus', { id: done.id, status: 'done', today: TODAY })
    await call.ok('actions:create', { engagementId: second.id, description: 'Overdue, second engagement', dueOn: '2026-03-01', today: TODAY })
    const other = await clientWithEngagement(call, {}, 'Someone Else')
    await call.ok('actions:create', { engagementId: other.engagement.id, description: 'Not this client’s', dueOn: '2026-03-02', today: TODAY })

    const open = await call.ok('actions:listOpenForClient', { clientId: engagement.clientId, today: TODAY })
    expect(open.items.map((action) => [action.description, action.engagementTitle, action.overdue])).toEqual([
      ['Overdue, second engagement', 'Mentoring after the programme', true],
      ['Due later', engagement.title, false],
      ['Undated, first engagement', engagement.title, false]
    ])
    expect(open).toMatchObject({ total: 3, overdue: 1 })
    const first = await call.ok('actions:listOpenForClient', { clientId: engagement.clientId, today: TODAY, limit: 1 })
    expect(first).toMatchObject({ items: [{ description: 'Overdue, second engagement' }], total: 3, overdue: 1 })
    expect(await call.fail('actions:listOpenForClient', { clientId: 999, today: TODAY })).toMatchObject({ code: 'not_found' })
  })
})
