import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppDatabase } from '../db/connection'
import { caller, countRows, kindIds, type Caller } from '../testing/calls'
import { freshDispatch } from '../testing/db'
import { logCsv } from './csv'
import { recentFromOf } from './log'

// Every expected figure below is worked out by hand from the sessions written here (see the
// comments beside them), never by the code under test.

let call: Caller
let database: AppDatabase

const LONDON = { today: '2026-12-06', timeZone: 'Europe/London' }

beforeEach(() => {
  const fresh = freshDispatch()
  database = fresh.database
  call = caller(fresh.dispatch)
})
afterEach(() => database.close())

async function engagementFor(name: string, email: string | null, kind = 'Executive coaching') {
  const kinds = await kindIds(call)
  const client = await call.ok('clients:create', { name, email })
  const engagement = await call.ok('engagements:create', { clientId: client.id, kindId: kinds[kind]!, status: 'active', startDate: '2025-01-06' })
  return { client, engagement }
}

async function session(engagementId: number, startsAt: string, durationMinutes: number, billing: 'paid' | 'pro_bono', status = 'held') {
  return call.ok('sessions:create', { engagementId, startsAt, durationMinutes, billing, status: status as 'held' })
}

/** The practice the figures below are worked out from. */
async function practice() {
  const zoe = await engagementFor('Zoë Ødegård', 'zoe@example.com')
  // 23:30 on Saturday 28 March 2026 in London, 90 minutes: past midnight and into the night the
  // clocks go forward (01:00 GMT becomes 02:00 BST). Elapsed: 1.5 h; its day is 28 March.
  await session(zoe.engagement.id, '2026-03-28T23:30:00Z', 90, 'paid')
  // 01:30 BST on 25 October 2026, 120 minutes, through the hour the clocks go back: the wall
  // clock shows 02:30 GMT at the end (one hour later), but two hours were coached.
  await session(zoe.engagement.id, '2026-10-25T00:30:00Z', 120, 'paid')
  // 5 June 2025, the day before the 18-month window opens (6 June 2025): 1 h pro bono, not recent.
  await session(zoe.engagement.id, '2025-06-05T10:00:00Z', 60, 'pro_bono')
  // Never counted.
  await session(zoe.engagement.id, '2026-04-01T09:00:00Z', 60, 'paid', 'cancelled')
  await session(zoe.engagement.id, '2026-04-08T09:00:00Z', 60, 'paid', 'no_show')
  await session(zoe.engagement.id, '2026-12-20T09:00:00Z', 60, 'paid', 'scheduled')

  const tom = await engagementFor('Tom Baker', null)
  // 10:00 BST on 6 June 2025: the window's first day, so recent. 45 minutes pro bono.
  await session(tom.engagement.id, '2025-06-06T09:00:00Z', 45, 'pro_bono')
  // Before Coachbook: 10 h paid, 30 minutes pro bono.
  await call.ok('coachingLog:setClient', { clientId: tom.client.id, openingPaidMinutes: 600, openingProBonoMinutes: 30 })

  const ann = await engagementFor('Ann Lee', 'ann@example.com')
  await session(ann.engagement.id, '2026-02-02T09:00:00Z', 60, 'paid')
  await call.ok('coachingLog:setClient', { clientId: ann.client.id, named: false })

  const ravi = await engagementFor('Ravi Shah', 'ravi@example.com', 'Mentoring')
  await session(ravi.engagement.id, '2026-01-10T09:00:00Z', 60, 'paid')

  const circle = await call.ok('coachingLog:createGroup', { name: 'Leadership circle', contactName: 'Kari Nordmann', contactEmail: 'kari@example.com', size: 6 })
  await call.ok('coachingLog:addGroupSession', { groupId: circle.id, startsAt: '2026-11-03T17:00:00Z', durationMinutes: 90, billing: 'paid' })
  await call.ok('coachingLog:addGroupSession', { groupId: circle.id, startsAt: '2026-11-10T17:00:00Z', durationMinutes: 90, status: 'cancelled' })
  await call.ok('coachingLog:addGroupSession', { groupId: circle.id, startsAt: '2026-11-17T17:00:00Z', durationMinutes: 90, billing: 'pro_bono' })
  const hall = await call.ok('coachingLog:createGroup', { name: 'Town hall', contactName: 'Per Berg', contactEmail: 'per@example.com', size: 20 })
  await call.ok('coachingLog:addGroupSession', { groupId: hall.id, startsAt: '2026-11-05T12:00:00Z', durationMinutes: 60 })

  await call.ok('coachingLog:setOpening', { paidMinutes: 1200, proBonoMinutes: 300, clients: 4 })
  return { ravi, circle, hall }
}

describe('the ICF coaching log', () => {
  it('counts held sessions by their elapsed time, across midnight and both DST changes, with groups, opening balances and unnamed clients', async () => {
    await practice()
    const log = await call.ok('coachingLog:overview', LONDON)
    expect(log.recentFrom).toBe('2025-06-06')
    expect(log.rows.map((row) => [row.kind, row.name, row.email, row.people, row.firstDay, row.lastDay, row.paidMinutes, row.proBonoMinutes, row.recentMinutes])).toEqual([
      // 90 + 120 paid; 60 pro bono; recent 90 + 120.
      ['individual', 'Zoë Ødegård', 'zoe@example.com', 1, '2025-06-05', '2026-10-25', 210, 60, 210],
      // 600 paid before Coachbook; 45 + 30 pro bono; recent 45.
      ['individual', 'Tom Baker', '', 1, '2025-06-06', '2025-06-06', 600, 75, 45],
      // The two held group sessions, 90 minutes each, counted once for six people.
      ['group', 'Kari Nordmann', 'kari@example.com', 6, '2026-11-03', '2026-11-17', 90, 90, 180]
    ])
    // Paid: 210 + 600 + 90 + 1,200 before Coachbook = 2,100 min (35 h).
    // Pro bono: 60 + 75 + 90 + 300 = 525 min (8.75 h). Recent: 210 + 45 + 180 = 435 min (7.25 h).
    // Clients: Zoë, Tom, six in the circle, four before Coachbook = 12.
    expect(log.totals).toEqual({ paidMinutes: 2100, proBonoMinutes: 525, recentMinutes: 435, clients: 12 })
    expect(log.unnamed).toEqual({ clients: 1, minutes: 60 })
    expect(log.tooLarge).toEqual([{ groupId: expect.any(Number), name: 'Town hall', size: 20 }])
    expect(log.progress).toEqual([
      // 100 − 43.75; 75 − 35; 8 clients met; 25 − 7.25.
      { credential: 'ACC', met: false, missingHours: 56.25, missingPaidHours: 40, missingClients: 0, missingRecentHours: 17.75 },
      { credential: 'PCC', met: false, missingHours: 456.25, missingPaidHours: 415, missingClients: 13, missingRecentHours: 42.75 },
      { credential: 'MCC', met: false, missingHours: 2456.25, missingPaidHours: 2215, missingClients: 23, missingRecentHours: null }
    ])
  })

  it('leaves mentoring out until the coach includes it', async () => {
    const { ravi } = await practice()
    const before = await call.ok('coachingLog:overview', LONDON)
    expect(before.mentoring).toEqual([{ engagementId: ravi.engagement.id, clientName: 'Ravi Shah', title: expect.any(String), included: false }])
    await call.ok('coachingLog:setMentoring', { engagementId: ravi.engagement.id, included: true })
    const after = await call.ok('coachingLog:overview', LONDON)
    // One more hour paid (2,160 min), recent (495), and one more client (13).
    expect(after.totals).toEqual({ paidMinutes: 2160, proBonoMinutes: 525, recentMinutes: 495, clients: 13 })
    expect(after.rows.map((row) => row.name)).toEqual(['Zoë Ødegård', 'Tom Baker', 'Ravi Shah', 'Kari Nordmann'])
  })

  it('refuses to include a coaching engagement, which always counts', async () => {
    const { engagement } = await engagementFor('Zoë Ødegård', null)
    const error = await call.fail('coachingLog:setMentoring', { engagementId: engagement.id, included: true })
    expect(error).toMatchObject({ code: 'invalid_input', field: 'engagementId' })
    expect(countRows(database.sqlite, 'coaching_log_engagements')).toBe(0)
  })

  it('reads the dates on the coach’s calendar: the same session is on another day in Kiritimati', async () => {
    const zoe = await engagementFor('Zoë Ødegård', null)
    // 23:30 UTC on 28 March is 13:30 on 29 March at UTC+14.
    await session(zoe.engagement.id, '2026-03-28T23:30:00Z', 90, 'paid')
    const log = await call.ok('coachingLog:overview', { today: '2026-12-06', timeZone: 'Pacific/Kiritimati' })
    expect([log.rows[0]!.firstDay, log.rows[0]!.paidMinutes]).toEqual(['2026-03-29', 90])
  })

  it('opens the 18-month window on the same day of the month, or the month’s last day', () => {
    expect(recentFromOf('2026-12-06')).toBe('2025-06-06')
    expect(recentFromOf('2027-08-31')).toBe('2026-02-28')
    expect(recentFromOf('2025-08-31')).toBe('2024-02-29')
    expect(recentFromOf('2026-01-15')).toBe('2024-07-15')
  })

  it('writes the CSV in the template’s columns, hours to two places, a formula-like name kept as text', async () => {
    await practice()
    await call.ok('clients:create', { name: '=cmd()' })
    const csv = logCsv(await call.ok('coachingLog:overview', LONDON))
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFNo.,Client Name,Individual/Group,Number in Group,Contact Information,Start Date,End Date,Paid Hours,Pro Bono Hours',
      '1,Zoë Ødegård,Individual,,zoe@example.com,2025-06-05,2026-10-25,3.50,1.00',
      '2,Tom Baker,Individual,,,2025-06-06,2025-06-06,10.00,1.25',
      '3,Kari Nordmann,Group,6,kari@example.com,2026-11-03,2026-11-17,1.50,1.50',
      ',"Hours before Coachbook, not itemised (4 clients)",,,,,,20.00,5.00',
      ',Total,,,,,,35.00,8.75',
      ''
    ])
  })

  it('corrects a group session after it is recorded, and Undo takes the correction back', async () => {
    const { circle } = await practice()
    const cancelled = (await call.ok('coachingLog:overview', LONDON)).groups.find((group) => group.id === circle.id)!.sessions[1]!
    // The session of 10 November was held after all, for two hours, pro bono.
    const edited = await call.ok('coachingLog:updateGroupSession', { id: cancelled.id, startsAt: '2026-11-10T17:00:00Z', durationMinutes: 120, billing: 'pro_bono', status: 'held' })
    expect(edited.sessions.map((each) => [each.startsAt, each.durationMinutes, each.billing, each.status])).toEqual([
      ['2026-11-03T17:00:00.000Z', 90, 'paid', 'held'],
      ['2026-11-10T17:00:00.000Z', 120, 'pro_bono', 'held'],
      ['2026-11-17T17:00:00.000Z', 90, 'pro_bono', 'held']
    ])
    // Pro bono: 525 + 120 = 645 min; recent: 435 + 120 = 555 min.
    expect((await call.ok('coachingLog:overview', LONDON)).totals).toEqual({ paidMinutes: 2100, proBonoMinutes: 645, recentMinutes: 555, clients: 12 })
    expect(await call.ok('changes:undoState', {})).toMatchObject({ next: { words: 'edit coaching group session' } })

    await call.ok('changes:undo', {})
    expect((await call.ok('coachingLog:overview', LONDON)).totals).toEqual({ paidMinutes: 2100, proBonoMinutes: 525, recentMinutes: 435, clients: 12 })
  })

  it('deletes a group session, and Undo brings it back with its hours', async () => {
    const { circle } = await practice()
    const held = (await call.ok('coachingLog:overview', LONDON)).groups.find((group) => group.id === circle.id)!.sessions[0]!
    await call.ok('coachingLog:deleteGroupSession', { id: held.id })
    // Paid: 2,100 − 90 = 2,010 min; recent: 435 − 90 = 345 min.
    expect((await call.ok('coachingLog:overview', LONDON)).totals).toEqual({ paidMinutes: 2010, proBonoMinutes: 525, recentMinutes: 345, clients: 12 })
    expect(await call.ok('changes:undoState', {})).toMatchObject({ next: { words: 'delete coaching group session' } })

    await call.ok('changes:undo', {})
    const after = await call.ok('coachingLog:overview', LONDON)
    expect(after.totals).toEqual({ paidMinutes: 2100, proBonoMinutes: 525, recentMinutes: 435, clients: 12 })
    expect(after.groups.find((group) => group.id === circle.id)!.sessions[0]).toEqual(held)
  })

  it('refuses to correct a group session that is not there, or with a duration of none, and changes nothing', async () => {
    const { circle } = await practice()
    expect(await call.fail('coachingLog:updateGroupSession', { id: 9999, startsAt: '2026-11-03T17:00:00Z', durationMinutes: 60 })).toMatchObject({ code: 'not_found' })
    const groups = (await call.ok('coachingLog:overview', LONDON)).groups
    const session = groups.find((group) => group.id === circle.id)!.sessions[0]!
    expect(await call.fail('coachingLog:updateGroupSession', { id: session.id, startsAt: session.startsAt, durationMinutes: 0 })).toMatchObject({
      code: 'invalid_input',
      field: 'durationMinutes'
    })
    expect((await call.ok('coachingLog:overview', LONDON)).groups).toEqual(groups)
  })

  it('refuses a group without a contact email, and saves nothing', async () => {
    const error = await call.fail('coachingLog:createGroup', { name: 'Circle', contactName: 'Ann Lee', contactEmail: 'ann', size: 4 })
    expect(error).toMatchObject({ code: 'invalid_input', field: 'contactEmail' })
    expect(countRows(database.sqlite, 'coaching_groups')).toBe(0)
  })

  it('takes a client’s log details with them when the client is erased', async () => {
    const { client } = await engagementFor('Zoë Ødegård', null)
    await call.ok('coachingLog:setClient', { clientId: client.id, named: false, openingPaidMinutes: 90 })
    await call.ok('privacy:eraseClient', { clientId: client.id, confirmName: 'Zoë Ødegård' })
    expect(countRows(database.sqlite, 'coaching_log_clients')).toBe(0)
    expect((await call.ok('coachingLog:overview', LONDON)).totals).toEqual({ paidMinutes: 0, proBonoMinutes: 0, recentMinutes: 0, clients: 0 })
  })

  it('starts empty: no rows, and every credential missing everything', async () => {
    const log = await call.ok('coachingLog:overview', LONDON)
    expect(log.rows).toEqual([])
    expect(log.progress[0]).toEqual({ credential: 'ACC', met: false, missingHours: 100, missingPaidHours: 75, missingClients: 8, missingRecentHours: 25 })
  })
})
