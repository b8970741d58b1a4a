import { describe, expect, it } from 'vitest'
import { clientWithEngagement, countRows } from '../testing/calls'
import { freshPracticeEachTest } from '../testing/eachTest'

const practice = freshPracticeEachTest()
const { call } = practice

describe('mid-point and final reviews', () => {
  async function engagementWithGoal() {
    const { engagement } = await clientWithEngagement(call)
    const goal = await call.ok('goals:create', { engagementId: engagement.id, statement: 'Delegate', baseline: 2, target: 8 })
    return { engagementId: engagement.id, goal }
  }

  it('records outcomes per goal against baseline and target, with learnings and feedback', async () => {
    const { engagementId, goal } = await engagementWithGoal()
    const midpoint = await call.ok('reviews:create', {
      engagementId,
      kind: 'midpoint',
      heldOn: '2026-03-01',
      outcomes: [{ goalId: goal.id, value: 5, achieved: 'partly' }],
      keyLearnings: 'Asking beats telling.'
    })
    expect(midpoint).toMatchObject({
      kind: 'midpoint',
      completedAt: null,
      clientFeedbackShareable: false,
      outcomes: [{ goalId: goal.id, goalStatement: 'Delegate', measure: 'rating', baseline: 2, target: 8, value: 5, achieved: 'partly' }]
    })
    const edited = await call.ok('reviews:update', {
      id: midpoint.id,
      heldOn: '2026-03-02',
      outcomes: [],
      clientFeedback: 'Useful so far.',
      clientRating: 8,
      followUpOn: '2026-04-01'
    })
    expect(edited).toMatchObject({ heldOn: '2026-03-02', outcomes: [], clientRating: 8, followUpOn: '2026-04-01' })
    expect(countRows(practice.database.sqlite, 'review_outcomes')).toBe(0)
    expect((await call.ok('reviews:listForEngagement', { engagementId })).items).toEqual([edited])
  })

  it('completing the final review completes the engagement on the review day, in one step', async () => {
    const { engagementId, goal } = await engagementWithGoal()
    const midpoint = await call.ok('reviews:create', { engagementId, kind: 'midpoint', heldOn: '2026-03-01' })
    expect((await call.ok('reviews:complete', { id: midpoint.id })).completedAt).not.toBeNull()
    expect((await call.ok('engagements:get', { id: engagementId })).status).toBe('active')

    const final = await call.ok('reviews:create', {
      engagementId,
      kind: 'final',
      heldOn: '2026-06-30',
      outcomes: [{ goalId: goal.id, value: 8, achieved: 'yes' }]
    })
    const completed = await call.ok('reviews:complete', { id: final.id })
    expect(completed.completedAt).not.toBeNull()
    const engagement = await call.ok('engagements:get', { id: engagementId })
    expect(engagement.status).toBe('completed')
    expect(engagement.statusHistory.at(-1)).toMatchObject({ status: 'completed', date: '2026-06-30' })
    expect(await call.fail('reviews:complete', { id: final.id })).toMatchObject({ code: 'conflict' })
  })

  it('leaves the final review a draft when the engagement cannot be completed', async () => {
    const { engagementId } = await engagementWithGoal()
    await call.ok('engagements:setStatus', { id: engagementId, status: 'cancelled', date: '2026-02-01' })
    const final = await call.ok('reviews:create', { engagementId, kind: 'final', heldOn: '2026-03-01' })
    const error = await call.fail('reviews:complete', { id: final.id })
    expect(error.code).toBe('conflict')
    expect(error.message).toContain('A cancelled engagement cannot become completed')
    expect((await call.ok('reviews:get', { id: final.id })).completedAt).toBeNull()
    expect((await call.ok('engagements:get', { id: engagementId })).statusHistory.map((change) => change.status)).toEqual([
      'active',
      'cancelled'
    ])
  })

  it('points at the review date when it is before the last status change', async () => {
    const { engagementId } = await engagementWithGoal()
    await call.ok('engagements:setStatus', { id: engagementId, status: 'paused', date: '2026-05-01' })
    const final = await call.ok('reviews:create', { engagementId, kind: 'final', heldOn: '2026-04-01' })
    expect(await call.fail('reviews:complete', { id: final.id })).toEqual({
      code: 'invalid_input',
      field: 'heldOn',
      message: 'The engagement cannot be completed on this review. Choose a date on or after 2026-05-01, when the engagement became paused.',
      dates: ['2026-05-01']
    })
    expect((await call.ok('reviews:get', { id: final.id })).completedAt).toBeNull()
  })

  it('closes an engagement entered after it began with a final review dated in the past', async () => {
    const client = await call.ok('clients:create', { name: 'Late Entry' })
    const { items } = await call.ok('engagements:listKinds', {})
    const kindId = items.find((kind) => !kind.isMentoring)!.id
    const engagement = await call.ok('engagements:create', { clientId: client.id, kindId, status: 'active', startDate: '2026-01-12' })
    const final = await call.ok('reviews:create', { engagementId: engagement.id, kind: 'final', heldOn: '2026-03-20' })
    await call.ok('reviews:complete', { id: final.id })
    const closed = await call.ok('engagements:get', { id: engagement.id })
    expect(closed.statusHistory.map((change) => [change.status, change.date])).toEqual([
      ['active', '2026-01-12'],
      ['completed', '2026-03-20']
    ])
  })

  it('allows one final review per engagement', async () => {
    const { engagementId } = await engagementWithGoal()
    await call.ok('reviews:create', { engagementId, kind: 'final', heldOn: '2026-06-30' })
    expect(await call.fail('reviews:create', { engagementId, kind: 'final', heldOn: '2026-07-01' })).toMatchObject({
      code: 'conflict',
      field: 'kind'
    })
  })

  it('refuses bad input with a message naming the field, and saves nothing', async () => {
    const { engagementId, goal } = await engagementWithGoal()
    const { engagement: other } = await clientWithEngagement(call, {}, 'Someone Else')
    const theirGoal = await call.ok('goals:create', { engagementId: other.id, statement: 'Theirs' })
    const base = { engagementId, kind: 'midpoint', heldOn: '2026-03-01' }
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, kind: 'quarterly' }, 'kind'],
      [{ ...base, heldOn: '2026-02-30' }, 'heldOn'],
      [{ ...base, followUpOn: '2026-02-01' }, 'followUpOn'],
      [{ ...base, clientRating: 0 }, 'clientRating'],
      [{ ...base, outcomes: [{ goalId: goal.id, achieved: 'mostly' }] }, 'outcomes.0.achieved'],
      [{ ...base, outcomes: [{ goalId: goal.id }, { goalId: goal.id }] }, 'outcomes.1.goalId'],
      [{ ...base, outcomes: [{ goalId: goal.id, value: 11 }] }, 'outcomes.0.value'],
      [{ ...base, outcomes: [{ goalId: theirGoal.id, value: 5 }] }, 'outcomes.0.goalId']
    ]
    for (const [input, field] of cases) {
      const error = await call.fail('reviews:create', input)
      expect(error.code, JSON.stringify(input)).toBe('invalid_input')
      expect(error.field ?? '', JSON.stringify(input)).toBe(field)
    }
    expect(countRows(practice.database.sqlite, 'reviews')).toBe(0)
  })

  it('answers not found for records that do not exist', async () => {
    for (const channel of ['reviews:get', 'reviews:complete', 'reviews:delete'] as const) {
      expect(await call.fail(channel, { id: 999 })).toMatchObject({ code: 'not_found' })
    }
    expect(await call.fail('reviews:summary', { engagementId: 999, audience: 'client' })).toMatchObject({ code: 'not_found' })
    expect(await call.fail('reviews:create', { engagementId: 999, kind: 'final', heldOn: '2026-01-01' })).toMatchObject({
      code: 'not_found',
      field: 'engagementId'
    })
  })
})

describe('closing an engagement', () => {
  const TODAY = '2026-12-01'

  async function engagementWithGoals() {
    const { engagement } = await clientWithEngagement(call)
    const engagementId = engagement.id
    const goal = (statement: string) => call.ok('goals:create', { engagementId, statement, status: 'on_track' })
    return { engagementId, goals: [await goal('Delegate the close'), await goal('Speak up at the board'), await goal('Hire a deputy')] }
  }

  it('sets each goal from the final review: achieved becomes Achieved, partly or not keeps its status unless the coach confirms another', async () => {
    const { engagementId, goals } = await engagementWithGoals()
    const [delegate, speak, hire] = goals
    const final = await call.ok('reviews:create', {
      engagementId,
      kind: 'final',
      heldOn: '2026-06-30',
      outcomes: [
        { goalId: delegate!.id, achieved: 'yes' },
        { goalId: speak!.id, achieved: 'partly', goalStatus: 'at_risk' },
        { goalId: hire!.id, achieved: 'no' }
      ]
    })
    expect(final.outcomes.map((outcome) => [outcome.achieved, outcome.goalStatus])).toEqual([
      ['yes', 'achieved'],
      ['partly', 'at_risk'],
      ['no', 'on_track']
    ])
    const shown = (await call.ok('goals:listForEngagement', { engagementId })).items
    expect(shown.map((goal) => [goal.status, goal.finalOutcome])).toEqual([
      ['achieved', 'yes'],
      ['at_risk', 'partly'],
      ['on_track', 'no']
    ])
    // Corrected later: the goal follows the review.
    await call.ok('reviews:update', { id: final.id, heldOn: '2026-06-30', outcomes: [{ goalId: hire!.id, achieved: 'no', goalStatus: 'dropped' }] })
    expect((await call.ok('goals:get', { id: hire!.id })).status).toBe('dropped')
  })

  it('confirms a goal’s status only in a final review, and only for a goal partly or not achieved', async () => {
    const { engagementId, goals } = await engagementWithGoals()
    const goalId = goals[0]!.id
    expect(
      await call.fail('reviews:create', { engagementId, kind: 'midpoint', heldOn: '2026-03-01', outcomes: [{ goalId, achieved: 'partly', goalStatus: 'at_risk' }] })
    ).toMatchObject({ code: 'invalid_input', field: 'outcomes.0.goalStatus' })
    expect(
      await call.fail('reviews:create', { engagementId, kind: 'final', heldOn: '2026-03-01', outcomes: [{ goalId, achieved: 'yes', goalStatus: 'at_risk' }] })
    ).toMatchObject({ code: 'invalid_input', field: 'outcomes.0.goalStatus' })
    // A mid-point review leaves the goals as they are.
    await call.ok('reviews:create', { engagementId, kind: 'midpoint', heldOn: '2026-03-01', outcomes: [{ goalId, achieved: 'yes' }] })
    expect(await call.ok('goals:get', { id: goalId })).toMatchObject({ status: 'on_track', finalOutcome: null })
  })

  it('does what the coach chose with the open actions: done on the closing day, dropped, or kept open for the follow-up', async () => {
    const closeWith = async (openActions?: 'done' | 'dropped' | 'open') => {
      const { engagementId } = await engagementWithGoals()
      const action = await call.ok('actions:create', { engagementId, description: 'Send the board pack', dueOn: '2026-05-01', today: TODAY })
      const done = await call.ok('actions:create', { engagementId, description: 'Book the offsite', today: TODAY })
      await call.ok('actions:setStatus', { id: done.id, status: 'done', date: '2026-04-01', today: TODAY })
      const final = await call.ok('reviews:create', { engagementId, kind: 'final', heldOn: '2026-06-30' })
      await call.ok('reviews:complete', { id: final.id, ...(openActions ? { openActions } : {}) })
      const list = await call.ok('actions:listForEngagement', { engagementId, today: TODAY, show: 'all' })
      return { open: list.items.find((item) => item.id === action.id)!, done: list.items.find((item) => item.id === done.id)!, overdue: list.overdue }
    }
    const markedDone = await closeWith('done')
    expect(markedDone.open).toMatchObject({ status: 'done', doneOn: '2026-06-30', overdue: false, forFollowUp: false })
    expect(markedDone.done).toMatchObject({ status: 'done', doneOn: '2026-04-01' })
    expect((await closeWith('dropped')).open).toMatchObject({ status: 'dropped', doneOn: null })
    // Kept open (also when not said): for the follow-up, never overdue in a closed engagement.
    for (const kept of [await closeWith('open'), await closeWith()]) {
      expect(kept.open).toMatchObject({ status: 'open', overdue: false, forFollowUp: true })
      expect(kept.overdue).toBe(0)
    }
  })

  it('asks the same when the engagement is cancelled or completed from its status', async () => {
    const { engagementId } = await engagementWithGoals()
    const action = await call.ok('actions:create', { engagementId, description: 'Send the board pack', dueOn: '2026-05-01', today: TODAY })
    expect(action.overdue).toBe(true)
    await call.ok('engagements:setStatus', { id: engagementId, status: 'cancelled', date: '2026-05-10', openActions: 'dropped' })
    const { items } = await call.ok('actions:listForEngagement', { engagementId, today: TODAY, show: 'all' })
    expect(items).toMatchObject([{ id: action.id, status: 'dropped', overdue: false }])
  })
})

describe('list rows of the wrong shape (found by fuzzing)', () => {
  it('says what each outcome needs, on the row at fault', async () => {
    const { engagement } = await clientWithEngagement(call)
    for (const outcome of [null, 'Delegate', [{ goalId: 1 }]]) {
      expect(
        await call.fail('reviews:create', { engagementId: engagement.id, kind: 'midpoint', heldOn: '2026-03-01', outcomes: [outcome] })
      ).toEqual({
        code: 'invalid_input',
        field: 'outcomes.0',
        message: 'Each outcome names a goal, with its value and whether it was achieved.'
      })
    }
    expect(countRows(practice.database.sqlite, 'reviews')).toBe(0)
  })
})
