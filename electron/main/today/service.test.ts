import { describe, expect, it } from 'vitest'
import { clientWithEngagement, kindIds } from '../testing/calls'
import { freshPracticeEachTest } from '../testing/eachTest'
import { TODAY_LIST_LIMIT } from '../../shared/today'

const practice = freshPracticeEachTest()
const { call } = practice

/** Wednesday 11 March 2026 in London (UTC+0 until the 29th), in a week from Monday to Sunday. */
const BOUNDS = {
  today: '2026-03-11',
  weekEnd: '2026-03-15',
  todayFrom: '2026-03-11T00:00:00+00:00',
  tomorrowFrom: '2026-03-12T00:00:00+00:00',
  weekUntil: '2026-03-16T00:00:00+00:00'
}

function session(engagementId: number, startsAt: string, fields: Record<string, unknown> = {}) {
  return call.ok('sessions:create', { engagementId, startsAt, ...fields })
}

function action(engagementId: number, description: string, dueOn: string, fields: Record<string, unknown> = {}) {
  return call.ok('actions:create', { engagementId, description, dueOn, today: BOUNDS.today, ...fields })
}

/**
 * Zoë's engagement runs; she met last on 4 March and meets today and on Friday. Tom's
 * ends on the 20th, he was last seen in January, and his mid-point review asks for a
 * follow-up on Saturday. Ana's engagement has closed.
 */
async function aWeekOfPractice() {
  const zoe = await clientWithEngagement(call, { title: 'Leading the board', plannedSessions: 6, plannedEndDate: '2026-06-30' })
  const board = zoe.engagement.id
  const last = await session(board, '2026-03-04T09:00:00Z', { status: 'held', nextFocus: 'Chairing the offsite' })
  const agenda = await action(board, 'Draft the offsite agenda', '2026-03-13', { sessionId: last.id })
  const calling = await action(board, 'Call Sam about the budget', '2026-03-09', { sessionId: last.id, owner: 'coach' })
  await action(board, 'Read the board pack', '2026-04-02')
  const today = await session(board, '2026-03-11T14:00:00Z')
  const friday = await session(board, '2026-03-13T10:00:00Z', { format: 'phone' })
  await session(board, '2026-03-12T10:00:00Z', { status: 'cancelled' })
  await session(board, '2026-03-16T09:00:00Z')
  const atRisk = await call.ok('goals:create', {
    engagementId: board,
    statement: 'Delegate the weekly report',
    status: 'at_risk',
    deadline: '2026-04-30'
  })
  await call.ok('goals:create', { engagementId: board, statement: 'Speak first at the board', status: 'on_track' })

  const kinds = await kindIds(call)
  const tom = await call.ok('clients:create', { name: 'Tom Baker' })
  const career = await call.ok('engagements:create', {
    clientId: tom.id,
    kindId: kinds['Career coaching']!,
    title: 'Next role',
    status: 'active',
    startDate: '2025-11-03',
    plannedSessions: 4,
    plannedEndDate: '2026-03-20'
  })
  const january = await session(career.id, '2026-01-05T11:00:00Z', { status: 'held' })
  const review = await call.ok('reviews:create', { engagementId: career.id, kind: 'midpoint', heldOn: '2026-01-05', followUpOn: '2026-03-14' })
  await call.ok('reviews:create', { engagementId: career.id, kind: 'final', heldOn: '2026-01-06', followUpOn: '2026-03-16' })

  const ana = await call.ok('clients:create', { name: 'Ana Lima' })
  const closed = await call.ok('engagements:create', {
    clientId: ana.id,
    kindId: kinds['Leadership coaching']!,
    status: 'active',
    startDate: '2025-06-02'
  })
  await action(closed.id, 'Left for the follow-up', '2026-03-01')
  await call.ok('engagements:setStatus', { id: closed.id, status: 'completed', date: '2026-02-01', openActions: 'open' })
  return { zoe: zoe.client, board, last, agenda, calling, today, friday, atRisk, tom, career, january, review }
}

describe('Today', () => {
  it('welcomes a new practice, every section empty', async () => {
    expect(await call.ok('today:overview', BOUNDS)).toEqual({
      newPractice: true,
      sessionsToday: { items: [], total: 0 },
      sessionsThisWeek: { items: [], total: 0 },
      overdueActions: { items: [], total: 0 },
      actionsDueThisWeek: { items: [], total: 0 },
      goalsAtRisk: { items: [], total: 0 },
      endingEngagements: { items: [], total: 0 },
      followUps: { items: [], total: 0 },
      quietClients: { items: [], total: 0 },
      quietWeeks: 6
    })
  })

  it("gathers the coach's day and week across the practice, each with what to prepare", async () => {
    const week = await aWeekOfPractice()
    const zoe = { engagementId: week.board, engagementTitle: 'Leading the board', clientId: week.zoe.id, clientName: 'Zoë Ødegård' }
    const tom = { engagementId: week.career.id, engagementTitle: 'Next role', clientId: week.tom.id, clientName: 'Tom Baker' }
    const prepare = {
      previousSession: { id: week.last.id, startsAt: '2026-03-04T09:00:00.000Z', nextFocus: 'Chairing the offsite' },
      commitments: [
        { id: week.agenda.id, description: 'Draft the offsite agenda', status: 'open' },
        { id: week.calling.id, description: 'Call Sam about the budget', status: 'open' }
      ],
      goalsAtRisk: [{ id: week.atRisk.id, statement: 'Delegate the weekly report' }]
    }
    const overview = await call.ok('today:overview', BOUNDS)

    expect(overview).toEqual({
      newPractice: false,
      sessionsToday: {
        items: [
          { id: week.today.id, ...zoe, startsAt: '2026-03-11T14:00:00.000Z', durationMinutes: 60, format: 'video', status: 'scheduled', noun: 'session', prepare }
        ],
        total: 1
      },
      sessionsThisWeek: {
        items: [
          { id: week.friday.id, ...zoe, startsAt: '2026-03-13T10:00:00.000Z', durationMinutes: 60, format: 'phone', status: 'scheduled', noun: 'session', prepare }
        ],
        total: 1
      },
      overdueActions: {
        items: [{ id: week.calling.id, ...zoe, description: 'Call Sam about the budget', owner: 'coach', dueOn: '2026-03-09' }],
        total: 1
      },
      actionsDueThisWeek: {
        items: [{ id: week.agenda.id, ...zoe, description: 'Draft the offsite agenda', owner: 'client', dueOn: '2026-03-13' }],
        total: 1
      },
      goalsAtRisk: { items: [{ id: week.atRisk.id, ...zoe, statement: 'Delegate the weekly report', deadline: '2026-04-30' }], total: 1 },
      endingEngagements: { items: [{ ...tom, plannedEndDate: '2026-03-20', held: 1, planned: 4, noun: 'session' }], total: 1 },
      followUps: { items: [{ reviewId: week.review.id, ...tom, kind: 'midpoint', followUpOn: '2026-03-14' }], total: 1 },
      quietClients: { items: [{ clientId: week.tom.id, clientName: 'Tom Baker', lastSessionAt: '2026-01-05T11:00:00.000Z' }], total: 1 },
      quietWeeks: 6
    })
  })

  it('counts a client as not seen by the weeks the coach chose', async () => {
    const week = await aWeekOfPractice()
    expect(await call.ok('today:updateSettings', { weeks: 10 })).toEqual({ quietWeeks: 10 })
    expect(await call.ok('today:settings', {})).toEqual({ quietWeeks: 10 })
    const overview = await call.ok('today:overview', BOUNDS)
    expect(overview.quietWeeks).toBe(10)
    expect(overview.quietClients).toEqual({ items: [], total: 0 })
    // Zoë was seen a week ago to the day, at 09:00: one week back from today's midnight is before that.
    await call.ok('today:updateSettings', { weeks: 1 })
    const sooner = await call.ok('today:overview', BOUNDS)
    expect(sooner.quietClients.items.map((client) => client.clientId)).toEqual([week.tom.id])
  })

  it('lists an engagement with its last planned session to hold, and a client never seen since the engagement began', async () => {
    const { engagement, client } = await clientWithEngagement(call, { title: 'Two sessions', plannedSessions: 2, startDate: '2026-01-05' })
    await session(engagement.id, '2026-01-12T09:00:00Z', { status: 'held' })
    const late = await clientWithEngagement(call, { title: 'Not yet met', startDate: '2026-01-01' }, 'Kai Müller')
    const overview = await call.ok('today:overview', BOUNDS)
    expect(overview.endingEngagements.items.map((item) => [item.engagementTitle, item.held, item.planned])).toEqual([['Two sessions', 1, 2]])
    expect(overview.quietClients.items).toEqual([
      { clientId: late.client.id, clientName: 'Kai Müller', lastSessionAt: null },
      { clientId: client.id, clientName: 'Zoë Ødegård', lastSessionAt: '2026-01-12T09:00:00.000Z' }
    ])
  })

  it('keeps its figures as sessions are held, moved and deleted, and as engagements pause, finish and resume', async () => {
    const { engagement } = await clientWithEngagement(call, { title: 'Three sessions', plannedSessions: 3, startDate: '2026-01-05' })
    const first = await session(engagement.id, '2026-01-12T09:00:00Z', { status: 'held' })
    const second = await session(engagement.id, '2026-02-09T09:00:00Z')
    const ending = async () => (await call.ok('today:overview', BOUNDS)).endingEngagements.items.map((item) => [item.engagementTitle, item.held])
    const quiet = async () => (await call.ok('today:overview', BOUNDS)).quietClients.items.map((item) => item.lastSessionAt)
    expect(await ending()).toEqual([])
    expect(await quiet()).toEqual(['2026-01-12T09:00:00.000Z'])
    await call.ok('sessions:update', { id: second.id, startsAt: '2026-02-09T09:00:00Z', status: 'held' })
    expect(await ending()).toEqual([['Three sessions', 2]])
    // Held on Mar 9: seen within the six weeks before Mar 11.
    await call.ok('sessions:update', { id: second.id, startsAt: '2026-03-09T09:00:00Z', status: 'held' })
    expect(await quiet()).toEqual([])
    await call.ok('sessions:delete', { id: second.id })
    expect(await ending()).toEqual([])
    expect(await quiet()).toEqual(['2026-01-12T09:00:00.000Z'])
    await call.ok('sessions:delete', { id: first.id })
    expect(await quiet()).toEqual([null])

    await call.ok('goals:create', { engagementId: engagement.id, statement: 'Speak first', status: 'at_risk' })
    await action(engagement.id, 'Book the offsite', '2026-03-02')
    const shown = async () => {
      const overview = await call.ok('today:overview', BOUNDS)
      return [overview.overdueActions.total, overview.goalsAtRisk.total]
    }
    expect(await shown()).toEqual([1, 1])
    await call.ok('engagements:setStatus', { id: engagement.id, status: 'paused', date: '2026-03-01' })
    expect(await shown()).toEqual([1, 1])
    await call.ok('engagements:setStatus', { id: engagement.id, status: 'active', date: '2026-03-02' })
    await call.ok('engagements:setStatus', { id: engagement.id, status: 'completed', date: '2026-03-03', openActions: 'open' })
    expect(await shown()).toEqual([0, 0])
    // Undo brings the engagement back under way, its action and goal with it.
    await call.ok('changes:undo', {})
    expect(await shown()).toEqual([1, 1])
  })

  it('lists the first ten of a day with more sessions, each with its own last session, and says how many there are', async () => {
    const { engagement } = await clientWithEngagement(call, { title: 'A team day' })
    const before = await session(engagement.id, '2026-03-04T09:00:00Z', { status: 'held', nextFocus: 'Delegation' })
    const other = await clientWithEngagement(call, { title: 'Another engagement' })
    await session(other.engagement.id, '2026-03-11T07:00:00Z')
    for (let slot = 0; slot < 30; slot++) {
      const minutes = 8 * 60 + slot * 20
      await session(engagement.id, `2026-03-11T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00Z`)
    }
    const { sessionsToday } = await call.ok('today:overview', BOUNDS)
    expect(sessionsToday.total).toBe(31)
    expect(sessionsToday.items).toHaveLength(TODAY_LIST_LIMIT)
    expect(sessionsToday.items.map((item) => item.startsAt).slice(0, 2)).toEqual(['2026-03-11T07:00:00.000Z', '2026-03-11T08:00:00.000Z'])
    expect(sessionsToday.items[9]!.startsAt).toBe('2026-03-11T10:40:00.000Z')
    // The other engagement has held no session yet; every session of this one picks up the one held on the 4th.
    expect(sessionsToday.items[0]!.prepare.previousSession).toBeNull()
    expect(sessionsToday.items.slice(1).map((item) => item.prepare.previousSession?.id)).toEqual(Array(9).fill(before.id))
    expect(sessionsToday.items[1]!.prepare.previousSession?.nextFocus).toBe('Delegation')
  })

  it('refuses a week that ends before today, and a tomorrow before today, saying which', async () => {
    const backwards = await call.fail('today:overview', { ...BOUNDS, weekEnd: '2026-03-10' })
    expect(backwards).toMatchObject({ code: 'invalid_input', field: 'weekEnd', message: 'The week must end on or after today.' })
    const tomorrow = await call.fail('today:overview', { ...BOUNDS, tomorrowFrom: BOUNDS.todayFrom })
    expect(tomorrow).toMatchObject({ code: 'invalid_input', field: 'tomorrowFrom' })
    const weeks = await call.fail('today:updateSettings', { weeks: 0 })
    expect(weeks).toMatchObject({ code: 'invalid_input', field: 'weeks' })
  })
})
