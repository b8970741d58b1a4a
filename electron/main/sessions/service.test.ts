import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppDatabase } from '../db/connection'
import { caller, clientWithEngagement, countRows, kindIds, type Caller } from '../testing/calls'
import { freshDispatch } from '../testing/db'

let call: Caller
let database: AppDatabase
let engagementId: number

const TODAY = '2026-03-10'

beforeEach(async () => {
  const fresh = freshDispatch()
  database = fresh.database
  call = caller(fresh.dispatch)
  engagementId = (await clientWithEngagement(call, { plannedSessions: 6, sessionMinutes: 75 })).engagement.id
})
afterEach(() => database.close())

function addSession(startsAt: string, fields: Record<string, unknown> = {}) {
  return call.ok('sessions:create', { engagementId, startsAt, ...fields })
}

describe('sessions', () => {
  it('records a session, its time kept in UTC and its length taken from the engagement', async () => {
    const session = await addSession('2026-02-02T10:30:00+01:00', {
      format: 'in_person',
      billing: 'pro_bono',
      agenda: 'Delegation',
      notes: 'Named three tasks to hand over.',
      privateObservations: 'Tense when the CEO came up.',
      nextFocus: 'The board meeting'
    })
    expect(session).toMatchObject({
      startsAt: '2026-02-02T09:30:00.000Z',
      durationMinutes: 75,
      format: 'in_person',
      billing: 'pro_bono',
      status: 'scheduled',
      notesShareable: false,
      number: null,
      of: 6,
      introductions: []
    })
    expect(await call.ok('sessions:get', { id: session.id })).toEqual(session)
  })

  it('numbers held sessions n of N by when they started, whatever order they were entered in', async () => {
    const third = await addSession('2026-03-02T09:00:00Z', { status: 'held' })
    const first = await addSession('2026-01-05T09:00:00Z', { status: 'held' })
    const cancelled = await addSession('2026-01-19T09:00:00Z', { status: 'cancelled' })
    const second = await addSession('2026-02-02T09:00:00Z', { status: 'held' })
    const noShow = await addSession('2026-02-16T09:00:00Z', { status: 'no_show' })
    const next = await addSession('2026-03-16T09:00:00Z')

    const { items, counts } = await call.ok('sessions:listForEngagement', { engagementId })
    expect(items.map((item) => [item.id, item.status, item.number, item.of])).toEqual([
      [first.id, 'held', 1, 6],
      [cancelled.id, 'cancelled', null, 6],
      [second.id, 'held', 2, 6],
      [noShow.id, 'no_show', null, 6],
      [third.id, 'held', 3, 6],
      [next.id, 'scheduled', null, 6]
    ])
    expect(counts).toEqual({ held: 3, planned: 6, scheduled: 1, cancelled: 1, noShow: 1, heldMinutes: 225 })
    expect((await call.ok('sessions:get', { id: third.id })).number).toBe(3)

    // A session marked held later renumbers the ones after it.
    await call.ok('sessions:setStatus', { id: cancelled.id, status: 'held' })
    expect((await call.ok('sessions:get', { id: third.id })).number).toBe(4)
  })

  it('leaves N empty for open-ended mentoring', async () => {
    const { engagement, kinds } = await clientWithEngagement(call, {}, 'Mentee')
    const mentoring = await call.ok('engagements:update', { id: engagement.id, kindId: kinds.Mentoring!, startDate: '2026-01-05' })
    expect(mentoring.plannedSessions).toBeNull()
    const meeting = await call.ok('sessions:create', {
      engagementId: engagement.id,
      startsAt: '2026-01-10T12:00:00Z',
      status: 'held'
    })
    expect(meeting).toMatchObject({ number: 1, of: null })
  })

  it('records what a mentoring meeting covered, and replaces its introductions on edit', async () => {
    const meeting = await addSession('2026-01-10T12:00:00Z', {
      status: 'held',
      topicsDiscussed: 'Moving into product management',
      adviceGiven: 'Shadow a PM for a sprint',
      introductions: [
        { introducedTo: 'Kim Park', reason: 'Runs the PM guild' },
        { introducedTo: 'Lee Chan', reason: 'Made the same move' }
      ]
    })
    expect(meeting.introductions.map((introduction) => introduction.introducedTo)).toEqual(['Kim Park', 'Lee Chan'])
    const edited = await call.ok('sessions:update', {
      id: meeting.id,
      startsAt: meeting.startsAt,
      status: 'held',
      introductions: [{ introducedTo: 'Kim Park', reason: 'Runs the PM guild', outcome: 'Coffee booked' }]
    })
    expect(edited.introductions).toMatchObject([{ introducedTo: 'Kim Park', outcome: 'Coffee booked' }])
    expect(countRows(database.sqlite, 'session_introductions')).toBe(1)
  })

  it('keeps a cancelled session; deleting one is a separate act that keeps its actions and ratings', async () => {
    const goal = await call.ok('goals:create', { engagementId, statement: 'Delegate' })
    const session = await addSession('2026-02-02T09:00:00Z', { status: 'held' })
    const action = await call.ok('actions:create', { engagementId, description: 'Brief Sam', sessionId: session.id, today: TODAY })
    await call.ok('goals:createMeasurement', { goalId: goal.id, measuredOn: '2026-02-02', value: 4, sessionId: session.id })

    expect(await call.ok('sessions:setStatus', { id: session.id, status: 'cancelled' })).toMatchObject({ status: 'cancelled' })
    expect(countRows(database.sqlite, 'sessions')).toBe(1)

    await call.ok('sessions:delete', { id: session.id })
    expect(countRows(database.sqlite, 'sessions')).toBe(0)
    expect((await call.ok('actions:listForEngagement', { engagementId, today: TODAY })).items).toMatchObject([
      { id: action.id, sessionId: null }
    ])
    expect((await call.ok('goals:get', { id: goal.id })).measurements).toMatchObject([{ value: 4, sessionId: null }])
  })

  it('lists the commitments to review: last held session’s, every other open one, and this session’s new ones', async () => {
    const goal = await call.ok('goals:create', { engagementId, statement: 'Delegate' })
    const first = await addSession('2026-01-05T09:00:00Z', { status: 'held' })
    const second = await addSession('2026-02-02T09:00:00Z', { status: 'held' })
    await addSession('2026-02-16T09:00:00Z', { status: 'cancelled' })
    const third = await addSession('2026-03-02T09:00:00Z')
    const act = (description: string, fields: Record<string, unknown> = {}) =>
      call.ok('actions:create', { engagementId, goalId: goal.id, description, today: TODAY, ...fields })

    const olderOpen = await act('Read "The Coaching Habit"', { sessionId: first.id, dueOn: '2026-01-20' })
    await act('Done before', { sessionId: first.id }).then((a) => call.ok('actions:setStatus', { id: a.id, status: 'done', today: TODAY }))
    const agreedDone = await act('Brief Sam', { sessionId: second.id })
    await call.ok('actions:setStatus', { id: agreedDone.id, status: 'done', today: TODAY })
    const agreedOpen = await act('Block Friday mornings', { sessionId: second.id })
    const unattached = await act('Ask HR about budget')
    const newOne = await act('Hand over the report', { sessionId: third.id })

    const review = await call.ok('sessions:commitmentsToReview', { sessionId: third.id, today: TODAY })
    expect(review.previousSession).toEqual({ id: second.id, startsAt: second.startsAt, number: 2 })
    expect(review.agreedLastTime.map((action) => [action.id, action.status])).toEqual([
      [agreedDone.id, 'done'],
      [agreedOpen.id, 'open']
    ])
    expect(review.otherOpen.map((action) => [action.id, action.overdue])).toEqual([
      [olderOpen.id, true],
      [unattached.id, false]
    ])
    expect(review.agreedThisSession.map((action) => action.id)).toEqual([newOne.id])

    const atFirst = await call.ok('sessions:commitmentsToReview', { sessionId: first.id, today: TODAY })
    expect(atFirst.previousSession).toBeNull()
    expect(atFirst.agreedLastTime).toEqual([])
  })

  it('refuses bad input with a message naming the field, and saves nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ engagementId }, 'startsAt'],
      [{ engagementId, startsAt: '2026-02-30T09:00:00Z' }, 'startsAt'],
      [{ engagementId, startsAt: '2026-02-02T09:00' }, 'startsAt'],
      [{ engagementId, startsAt: '2026-02-02T09:00:00Z', durationMinutes: 0 }, 'durationMinutes'],
      [{ engagementId, startsAt: '2026-02-02T09:00:00Z', format: 'carrier pigeon' }, 'format'],
      [{ engagementId, startsAt: '2026-02-02T09:00:00Z', status: 'deleted' }, 'status'],
      [{ engagementId, startsAt: '2026-02-02T09:00:00Z', billing: 'free' }, 'billing'],
      [{ engagementId, startsAt: '2026-02-02T09:00:00Z', introductions: [{ introducedTo: '' }] }, 'introductions.0.introducedTo'],
      [{ engagementId, startsAt: '2026-02-02T09:00:00Z', number: 3 }, '']
    ]
    for (const [input, field] of cases) {
      const error = await call.fail('sessions:create', input)
      expect(error.code, JSON.stringify(input)).toBe('invalid_input')
      expect(error.field ?? '', JSON.stringify(input)).toBe(field)
    }
    expect(countRows(database.sqlite, 'sessions')).toBe(0)
  })

  it('answers not found for records that do not exist', async () => {
    for (const channel of ['sessions:get', 'sessions:delete'] as const) {
      expect(await call.fail(channel, { id: 999 })).toMatchObject({ code: 'not_found' })
    }
    expect(await call.fail('sessions:setStatus', { id: 999, status: 'held' })).toMatchObject({ code: 'not_found' })
    expect(await call.fail('sessions:update', { id: 999, startsAt: '2026-02-02T09:00:00Z' })).toMatchObject({ code: 'not_found' })
    expect(await call.fail('sessions:commitmentsToReview', { sessionId: 999, today: TODAY })).toMatchObject({ code: 'not_found' })
    expect(await call.fail('sessions:listForEngagement', { engagementId: 999 })).toMatchObject({ code: 'not_found' })
  })
})

describe('the session list, a page at a time', () => {
  type Page = Awaited<ReturnType<typeof listPage>>
  const listPage = (limit: number, cursor: string | null = null) =>
    call.ok('sessions:listForEngagement', { engagementId, limit, cursor })

  /** Every page from the first, following each page's cursor. */
  async function allPages(limit: number): Promise<Page[]> {
    const pages = [await listPage(limit)]
    while (pages.at(-1)!.nextCursor !== null) pages.push(await listPage(limit, pages.at(-1)!.nextCursor))
    return pages
  }
  const rowsOf = (pages: Page[]) => pages.flatMap((page) => page.items.map((item) => [item.id, item.number]))

  it('pages in start order, ties kept in the order entered, with numbers and counts right across pages', async () => {
    const same = '2026-02-02T09:00:00Z'
    const late = await addSession('2026-03-02T09:00:00Z', { status: 'held' })
    const tieA = await addSession(same, { status: 'held' })
    const tieB = await addSession(same, { status: 'cancelled' })
    const tieC = await addSession(same, { status: 'held' })
    const early = await addSession('2026-01-05T09:00:00Z', { status: 'held' })
    const next = await addSession('2026-03-16T09:00:00Z')
    const noShow = await addSession('2026-02-16T09:00:00Z', { status: 'no_show' })

    const pages = await allPages(3)
    expect(pages.map((page) => page.items.length)).toEqual([3, 3, 1])
    expect(rowsOf(pages)).toEqual([
      [early.id, 1],
      [tieA.id, 2],
      [tieB.id, null],
      [tieC.id, 3],
      [noShow.id, null],
      [late.id, 4],
      [next.id, null]
    ])
    const whole = { held: 4, planned: 6, scheduled: 1, cancelled: 1, noShow: 1, heldMinutes: 300 }
    for (const page of pages) expect(page.counts).toEqual(whole)
    // Paging changes nothing about what is listed: one page of everything says the same.
    expect(rowsOf(await allPages(500))).toEqual(rowsOf(pages))
  })

  it('ends with no next page when a page stops exactly at the last session, or the list is empty', async () => {
    expect(await listPage(3)).toMatchObject({ items: [], nextCursor: null, counts: { held: 0, heldMinutes: 0 } })
    for (const day of ['05', '06', '07', '08', '09', '10']) await addSession(`2026-01-${day}T09:00:00Z`)
    expect((await allPages(3)).map((page) => [page.items.length, page.nextCursor === null])).toEqual([
      [3, false],
      [3, true]
    ])
    expect(await listPage(6)).toMatchObject({ nextCursor: null })
    expect((await listPage(5)).nextCursor).not.toBeNull()
  })

  it('continues after the last session shown, with what changed since the first page', async () => {
    const first = await addSession('2026-01-05T09:00:00Z', { status: 'held' })
    const second = await addSession('2026-01-12T09:00:00Z')
    const third = await addSession('2026-01-19T09:00:00Z', { status: 'held' })
    const pageOne = await listPage(2)
    expect(rowsOf([pageOne])).toEqual([
      [first.id, 1],
      [second.id, null]
    ])

    // Meanwhile: the second is marked held, one is added before the page's end and one after,
    // and the last session shown is deleted.
    await call.ok('sessions:setStatus', { id: second.id, status: 'held' })
    const before = await addSession('2026-01-01T09:00:00Z', { status: 'held' })
    const after = await addSession('2026-01-12T09:00:00Z', { status: 'held' })
    await call.ok('sessions:delete', { id: second.id })

    const pageTwo = await listPage(2, pageOne.nextCursor)
    expect(rowsOf([pageTwo])).toEqual([
      [after.id, 3],
      [third.id, 4]
    ])
    expect(pageTwo.counts.held).toBe(4)
    expect(rowsOf(await allPages(2))).toEqual([
      [before.id, 1],
      [first.id, 2],
      [after.id, 3],
      [third.id, 4]
    ])
  })

  it('refuses a page size out of range or a list position it did not give', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ limit: 0 }, 'limit'],
      [{ limit: 501 }, 'limit'],
      [{ limit: 2.5 }, 'limit'],
      [{ cursor: 'not a position' }, 'cursor'],
      [{ cursor: Buffer.from('["2026-01-05", "7"]').toString('base64url') }, 'cursor'],
      [{ cursor: 7 }, 'cursor']
    ]
    for (const [input, field] of cases) {
      const error = await call.fail('sessions:listForEngagement', { engagementId, ...input })
      expect(error, JSON.stringify(input)).toMatchObject({ code: 'invalid_input', field })
    }
    expect(await call.fail('sessions:listForEngagement', { engagementId: 999, limit: 10 })).toMatchObject({ code: 'not_found' })
  })
})

describe('list rows of the wrong shape (found by fuzzing)', () => {
  it('says what each introduction needs, on the row at fault', async () => {
    expect(
      await call.fail('sessions:create', { engagementId, startsAt: '2026-02-02T09:00:00Z', introductions: [[{ introducedTo: 'Ada' }]] })
    ).toEqual({
      code: 'invalid_input',
      field: 'introductions.0',
      message: 'Each introduction needs the person introduced, why, and what came of it.'
    })
    expect(countRows(database.sqlite, 'sessions')).toBe(0)
  })

  it('refuses a start with an offset no time zone has, instead of failing', async () => {
    expect(await call.fail('sessions:create', { engagementId, startsAt: '2026-02-02T09:00:00+25:00' })).toMatchObject({
      code: 'invalid_input',
      field: 'startsAt'
    })
  })
})

describe('a client’s next session', () => {
  it('is the soonest scheduled from the moment asked, across all their engagements', async () => {
    const engagement = await call.ok('engagements:get', { id: engagementId })
    const mentoring = await call.ok('engagements:create', {
      clientId: engagement.clientId,
      kindId: (await kindIds(call)).Mentoring!,
      status: 'active'
    })
    const next = (from: string) => call.ok('sessions:nextForClient', { clientId: engagement.clientId, from })
    expect(await next('2026-03-10T00:00:00Z')).toEqual({ session: null })

    await addSession('2026-03-01T09:00:00Z', { status: 'scheduled' })
    await addSession('2026-03-12T09:00:00Z', { status: 'held' })
    await addSession('2026-03-20T09:00:00Z', { status: 'scheduled' })
    await call.ok('sessions:create', { engagementId: mentoring.id, startsAt: '2026-03-14T18:00:00+01:00', status: 'scheduled' })

    expect(await next('2026-03-10T08:00:00+01:00')).toMatchObject({
      session: { engagementId: mentoring.id, engagementTitle: 'Mentoring', startsAt: '2026-03-14T17:00:00.000Z', noun: 'meeting' }
    })
    expect(await next('2026-03-15T00:00:00Z')).toMatchObject({ session: { engagementId, startsAt: '2026-03-20T09:00:00.000Z', noun: 'session' } })
    expect(await next('2026-03-21T00:00:00Z')).toEqual({ session: null })
  })
})

/** Weekly at 09:00 in London from Monday 22 March 2027, across the change of the clocks on the 28th. */
const LONDON_SPRING = { firstStartsAt: '2027-03-22T09:00:00Z', timeZone: 'Europe/London', frequency: 'weekly', count: 3 } as const

const startsOf = async () => (await call.ok('sessions:listForEngagement', { engagementId })).items.map((item) => item.startsAt)

describe('a series of sessions', () => {
  it('schedules every session of the series at 09:00 London time, before and after the clocks change', async () => {
    const { created, skipped } = await call.ok('sessions:createSeries', { engagementId, ...LONDON_SPRING, format: 'in_person' })
    expect(created.map((session) => [session.startsAt, session.status, session.durationMinutes, session.format])).toEqual([
      ['2027-03-22T09:00:00.000Z', 'scheduled', 75, 'in_person'],
      ['2027-03-29T08:00:00.000Z', 'scheduled', 75, 'in_person'],
      ['2027-04-05T08:00:00.000Z', 'scheduled', 75, 'in_person']
    ])
    expect(skipped).toEqual([])
    expect(await startsOf()).toEqual(created.map((session) => session.startsAt))
  })

  it('passes over a holiday and still schedules the number asked for', async () => {
    const { created, skipped } = await call.ok('sessions:createSeries', {
      engagementId,
      firstStartsAt: '2027-12-13T18:00:00Z',
      timeZone: 'Europe/London',
      frequency: 'weekly',
      count: 3,
      skipDays: ['2027-12-27']
    })
    expect(created.map((session) => session.startsAt)).toEqual(['2027-12-13T18:00:00.000Z', '2027-12-20T18:00:00.000Z', '2028-01-03T18:00:00.000Z'])
    expect(skipped).toEqual(['2027-12-27'])
  })

  it('schedules the 2nd Tuesday of each month at 10:00 in New York, across its change of the clocks', async () => {
    const { created } = await call.ok('sessions:createSeries', {
      engagementId,
      firstStartsAt: '2027-02-09T15:00:00Z',
      timeZone: 'America/New_York',
      frequency: 'monthly',
      monthlyBy: 'weekday',
      count: 3
    })
    expect(created.map((session) => session.startsAt)).toEqual(['2027-02-09T15:00:00.000Z', '2027-03-09T15:00:00.000Z', '2027-04-13T14:00:00.000Z'])
  })

  it('is one step for Undo: one undo takes back the whole series', async () => {
    await call.ok('sessions:createSeries', { engagementId, ...LONDON_SPRING })
    expect(await call.ok('changes:undoState', {})).toMatchObject({ next: { words: 'add 3 sessions' } })
    await call.ok('changes:undo', {})
    expect(countRows(database.sqlite, 'sessions')).toBe(0)
  })

  it('moves no other session when one of the series is moved', async () => {
    const { created } = await call.ok('sessions:createSeries', { engagementId, ...LONDON_SPRING })
    const [, second] = created
    await call.ok('sessions:update', { id: second!.id, startsAt: '2027-03-31T14:00:00Z' })
    expect(await startsOf()).toEqual(['2027-03-22T09:00:00.000Z', '2027-03-31T14:00:00.000Z', '2027-04-05T08:00:00.000Z'])
  })

  it('records a series that started in the past', async () => {
    const { created } = await call.ok('sessions:createSeries', { engagementId, ...LONDON_SPRING, firstStartsAt: '2019-10-21T08:00:00Z', count: 2 })
    expect(created.map((session) => session.startsAt)).toEqual(['2019-10-21T08:00:00.000Z', '2019-10-28T09:00:00.000Z'])
  })

  it('refuses a day to skip that is not one of the series, names it, and schedules nothing', async () => {
    const refused = await call.fail('sessions:createSeries', { engagementId, ...LONDON_SPRING, skipDays: ['2027-03-25'] })
    expect(refused).toMatchObject({ code: 'invalid_input', field: 'skipDays', dates: ['2027-03-25'], message: expect.stringContaining('2027-03-25 is not among the dates of this series') })
    expect(countRows(database.sqlite, 'sessions')).toBe(0)
  })

  it('refuses a time zone no one uses, a count of none and an engagement that is gone', async () => {
    expect(await call.fail('sessions:createSeries', { engagementId, ...LONDON_SPRING, timeZone: 'Europe/Atlantis' })).toMatchObject({
      code: 'invalid_input',
      field: 'timeZone'
    })
    expect(await call.fail('sessions:createSeries', { engagementId, ...LONDON_SPRING, count: 0 })).toMatchObject({ code: 'invalid_input', field: 'count' })
    expect(await call.fail('sessions:createSeries', { ...LONDON_SPRING, engagementId: engagementId + 100 })).toMatchObject({ code: 'not_found', field: 'engagementId' })
    expect(countRows(database.sqlite, 'sessions')).toBe(0)
  })
})
