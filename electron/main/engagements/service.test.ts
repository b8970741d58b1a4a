import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppDatabase } from '../db/connection'
import { localToday } from '../clock'
import { caller, clientWithEngagement, countRows, kindIds, type Caller } from '../testing/calls'
import { freshDispatch } from '../testing/db'

let call: Caller
let database: AppDatabase

beforeEach(() => {
  const fresh = freshDispatch()
  database = fresh.database
  call = caller(fresh.dispatch)
})
afterEach(() => database.close())

async function newClient(name = 'Tom Baker') {
  return call.ok('clients:create', { name })
}

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
    expect(countRows(database.sqlite, 'engagement_kinds')).toBe(6)
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

describe('contracting an engagement', () => {
  it('fills what was left out from the kind: a coaching plan of N sessions', async () => {
    const client = await newClient()
    const kinds = await kindIds(call)
    const created = await call.ok('engagements:create', { clientId: client.id, kindId: kinds['Executive coaching']! })
    expect(created).toMatchObject({
      clientName: 'Tom Baker',
      title: 'Executive coaching',
      kind: { name: 'Executive coaching', isMentoring: false },
      plannedSessions: 8,
      cadence: 'fortnightly',
      sessionMinutes: 60,
      status: 'prospect',
      allowedNextStatuses: ['active', 'cancelled'],
      sponsorReporting: 'none',
      fee: null
    })
    expect(created.statusHistory.map((change) => change.status)).toEqual(['prospect'])
    expect(await call.ok('engagements:get', { id: created.id })).toEqual(created)
  })

  it('makes mentoring open-ended and as needed by default', async () => {
    const client = await newClient()
    const kinds = await kindIds(call)
    const mentoring = await call.ok('engagements:create', { clientId: client.id, kindId: kinds.Mentoring! })
    expect(mentoring).toMatchObject({ plannedSessions: null, cadence: 'as_needed', kind: { isMentoring: true } })
  })

  it('keeps every contracting field as given', async () => {
    const org = await call.ok('organisations:create', { name: 'Nordlys AS' })
    const contact = await call.ok('organisations:createContact', { organisationId: org.id, name: 'Pål Berg' })
    const client = await newClient()
    const kinds = await kindIds(call)
    const created = await call.ok('engagements:create', {
      clientId: client.id,
      kindId: kinds['Leadership coaching']!,
      title: 'Leading the merger',
      sponsorOrganisationId: org.id,
      sponsorContactId: contact.id,
      startDate: '2026-02-01',
      plannedEndDate: '2026-07-31',
      plannedSessions: null,
      sessionMinutes: 90,
      cadence: 'monthly',
      fee: { amountMinor: 1_250_00, currency: 'nok', basis: 'per_session' },
      cancellationTerms: '48 hours notice or the session is charged.',
      confidentialityTerms: 'The sponsor sees progress on goals only.',
      sponsorReporting: 'progress',
      recordsConsentOn: '2026-02-01',
      disposalOn: '2033-02-01',
      status: 'active',
      statusDate: '2026-02-01'
    })
    expect(created).toMatchObject({
      title: 'Leading the merger',
      sponsorOrganisation: { id: org.id, name: 'Nordlys AS' },
      sponsorContact: { id: contact.id, name: 'Pål Berg' },
      plannedSessions: null,
      sessionMinutes: 90,
      cadence: 'monthly',
      fee: { amountMinor: 125000, currency: 'NOK', basis: 'per_session' },
      sponsorReporting: 'progress',
      recordsConsentOn: '2026-02-01',
      disposalOn: '2033-02-01',
      status: 'active',
      statusHistory: [{ status: 'active', date: '2026-02-01', note: '' }]
    })
  })

  it('edits the contract, and removes the fee when it is cleared', async () => {
    const { engagement, kinds } = await clientWithEngagement(call, {
      fee: { amountMinor: 9000, currency: 'EUR', basis: 'package' }
    })
    const edited = await call.ok('engagements:update', {
      id: engagement.id,
      kindId: kinds['Career coaching']!,
      title: 'Next role',
      startDate: '2026-01-05',
      plannedSessions: 4,
      fee: null
    })
    expect(edited).toMatchObject({ title: 'Next role', kind: { name: 'Career coaching' }, plannedSessions: 4, fee: null })
    expect(edited.status).toBe(engagement.status)
  })

  it('lists a client’s engagements, prospects without a start first, then the newest, with sessions held', async () => {
    const sponsor = await call.ok('organisations:create', { name: 'Nordlys AS' })
    const { client, engagement: older, kinds } = await clientWithEngagement(call, {
      startDate: '2025-01-10',
      title: 'Older',
      sponsorOrganisationId: sponsor.id
    })
    const newer = await call.ok('engagements:create', {
      clientId: client.id,
      kindId: kinds.Mentoring!,
      startDate: '2026-03-01',
      title: 'Newer'
    })
    await call.ok('engagements:create', { clientId: client.id, kindId: kinds.Mentoring!, title: 'Maybe' })
    await call.ok('sessions:create', { engagementId: older.id, startsAt: '2025-01-10T09:00:00Z', status: 'held' })
    await call.ok('sessions:create', { engagementId: older.id, startsAt: '2025-02-10T09:00:00Z', status: 'cancelled' })
    const { items } = await call.ok('engagements:listForClient', { clientId: client.id })
    expect(items.map((item) => [item.title, item.heldSessions])).toEqual([
      ['Maybe', 0],
      ['Newer', 0],
      ['Older', 1]
    ])
    expect(items[1]).toMatchObject({ id: newer.id, kind: { name: 'Mentoring', isMentoring: true }, sponsorOrganisation: null })
    expect(items[2]?.sponsorOrganisation).toEqual({ id: sponsor.id, name: 'Nordlys AS' })
    expect(await call.fail('engagements:listForClient', { clientId: 999 })).toMatchObject({ code: 'not_found' })
  })

  it('refuses bad input with a message naming the field, and saves nothing', async () => {
    const client = await newClient()
    const kinds = await kindIds(call)
    const base = { clientId: client.id, kindId: kinds['Executive coaching']! }
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, startDate: '2026-02-30' }, 'startDate'],
      [{ ...base, startDate: '14/03/2026' }, 'startDate'],
      [{ ...base, startDate: '2026-03-10', plannedEndDate: '2026-03-01' }, 'plannedEndDate'],
      [{ ...base, plannedSessions: 0 }, 'plannedSessions'],
      [{ ...base, plannedSessions: 2.5 }, 'plannedSessions'],
      [{ ...base, sessionMinutes: 1000 }, 'sessionMinutes'],
      [{ ...base, cadence: 'daily' }, 'cadence'],
      [{ ...base, fee: { amountMinor: 100, currency: 'EURO', basis: 'package' } }, 'fee.currency'],
      [{ ...base, fee: { amountMinor: 10.5, currency: 'EUR', basis: 'package' } }, 'fee.amountMinor'],
      [{ ...base, fee: { amountMinor: 100, currency: 'EUR' } }, 'fee.basis'],
      [{ ...base, sponsorReporting: 'everything' }, 'sponsorReporting'],
      [{ ...base, sponsorContactId: 1 }, 'sponsorOrganisationId'],
      [{ ...base, status: 'completed' }, 'status'],
      [{ ...base, title: 'x'.repeat(201) }, 'title'],
      [{ ...base, colour: 'red' }, '']
    ]
    for (const [input, field] of cases) {
      const error = await call.fail('engagements:create', input)
      expect(error.code, JSON.stringify(input)).toBe('invalid_input')
      expect(error.field ?? '', JSON.stringify(input)).toBe(field)
      expect(error.message.length).toBeGreaterThan(10)
    }
    expect(countRows(database.sqlite, 'engagements')).toBe(0)
    expect(countRows(database.sqlite, 'engagement_status_changes')).toBe(0)
  })

  it('explains a date that does not exist and a planned end before the start in plain words', async () => {
    const client = await newClient()
    const kinds = await kindIds(call)
    const base = { clientId: client.id, kindId: kinds['Executive coaching']! }
    expect((await call.fail('engagements:create', { ...base, startDate: '2026-02-30' })).message).toBe(
      'The start date is not a day on the calendar: check the day and the month.'
    )
    expect(
      (await call.fail('engagements:create', { ...base, startDate: '2026-03-10', plannedEndDate: '2026-03-01' })).message
    ).toBe('Choose a planned end date after the start date.')
  })

  it('refuses a sponsor contact from another organisation, and records that do not exist', async () => {
    const acme = await call.ok('organisations:create', { name: 'Acme' })
    const other = await call.ok('organisations:create', { name: 'Other' })
    const stranger = await call.ok('organisations:createContact', { organisationId: other.id, name: 'Stranger' })
    const client = await newClient()
    const kinds = await kindIds(call)
    const base = { clientId: client.id, kindId: kinds['Executive coaching']! }
    expect(
      await call.fail('engagements:create', { ...base, sponsorOrganisationId: acme.id, sponsorContactId: stranger.id })
    ).toMatchObject({ code: 'invalid_input', field: 'sponsorContactId' })
    expect(await call.fail('engagements:create', { ...base, clientId: 999 })).toMatchObject({
      code: 'not_found',
      field: 'clientId'
    })
    expect(await call.fail('engagements:create', { ...base, kindId: 999 })).toMatchObject({ code: 'not_found', field: 'kindId' })
    expect(await call.fail('engagements:create', { ...base, sponsorOrganisationId: 999 })).toMatchObject({
      code: 'not_found',
      field: 'sponsorOrganisationId'
    })
    expect(countRows(database.sqlite, 'engagements')).toBe(0)
  })
})

describe('the status of an engagement', () => {
  it('goes prospect → active → paused → active → completed, keeping the day of each change', async () => {
    const client = await newClient()
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
    const client = await newClient()
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
    const client = await newClient()
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
    const client = await newClient()
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

describe('deleting an engagement', () => {
  /** An engagement with something in every table under it. */
  async function fullEngagement() {
    const { client, engagement } = await clientWithEngagement(call, { sponsorReporting: 'summary' })
    const engagementId = engagement.id
    const note = await call.ok('assessment:createIntakeNote', { engagementId, notedOn: '2026-01-05', whatBrought: 'A promotion' })
    await call.ok('assessment:createInterview', { engagementId, stakeholderName: 'Sam', interviewedOn: '2026-01-06' })
    await call.ok('assessment:createResult', {
      engagementId,
      instrument: 'disc',
      takenOn: '2026-01-07',
      scores: [{ competency: 'Dominance', raterGroup: 'self', score: 70 }]
    })
    const area = await call.ok('assessment:createGrowthArea', {
      engagementId,
      title: 'Delegating',
      evidence: [{ kind: 'intake_note', id: note.id }]
    })
    const goal = await call.ok('goals:create', { engagementId, statement: 'Delegate the weekly report', growthAreaId: area.id })
    const session = await call.ok('sessions:create', {
      engagementId,
      startsAt: '2026-01-12T09:00:00Z',
      status: 'held',
      introductions: [{ introducedTo: 'Kim' }]
    })
    await call.ok('goals:createMeasurement', { goalId: goal.id, measuredOn: '2026-01-12', value: 3, sessionId: session.id })
    await call.ok('actions:create', { engagementId, goalId: goal.id, description: 'Brief Sam', sessionId: session.id, today: '2026-01-12' })
    await call.ok('actions:createMilestone', { goalId: goal.id, title: 'First report by Sam', dueOn: '2026-02-01' })
    await call.ok('reviews:create', {
      engagementId,
      kind: 'midpoint',
      heldOn: '2026-03-01',
      outcomes: [{ goalId: goal.id, value: 6, achieved: 'partly' }]
    })
    return { client, engagement }
  }

  const TABLES_UNDER_AN_ENGAGEMENT = [
    'engagements',
    'engagement_status_changes',
    'intake_notes',
    'stakeholder_interviews',
    'assessment_results',
    'assessment_scores',
    'growth_areas',
    'growth_area_evidence',
    'goals',
    'goal_measurements',
    'actions',
    'milestones',
    'sessions',
    'session_introductions',
    'reviews',
    'review_outcomes'
  ]

  it('says what would go with it', async () => {
    const { engagement } = await fullEngagement()
    expect(await call.ok('engagements:deleteImpact', { id: engagement.id })).toEqual({
      id: engagement.id,
      title: 'Executive coaching',
      sessions: 1,
      introductions: 1,
      goals: 1,
      measurements: 1,
      actions: 1,
      milestones: 1,
      intakeNotes: 1,
      stakeholderInterviews: 1,
      assessmentResults: 1,
      growthAreas: 1,
      reviews: 1
    })
  })

  it('removes everything under it and nothing else', async () => {
    const { engagement } = await fullEngagement()
    const { engagement: kept } = await clientWithEngagement(call, {}, 'Kept Client')
    await call.ok('engagements:delete', { id: engagement.id })
    for (const table of TABLES_UNDER_AN_ENGAGEMENT.slice(2)) expect(countRows(database.sqlite, table), table).toBe(0)
    expect(countRows(database.sqlite, 'engagements')).toBe(1)
    expect(await call.ok('engagements:get', { id: kept.id })).toMatchObject({ id: kept.id })
    expect(await call.fail('engagements:get', { id: engagement.id })).toMatchObject({ code: 'not_found' })
    expect(database.sqlite.pragma('foreign_key_check')).toEqual([])
  })

  it('goes with its client when the client is deleted', async () => {
    const { client } = await fullEngagement()
    await call.ok('clients:delete', { id: client.id })
    for (const table of TABLES_UNDER_AN_ENGAGEMENT) expect(countRows(database.sqlite, table), table).toBe(0)
  })

  it('answers not found for an engagement that does not exist, on every action', async () => {
    for (const channel of ['engagements:get', 'engagements:delete', 'engagements:deleteImpact'] as const) {
      expect(await call.fail(channel, { id: 999 })).toMatchObject({ code: 'not_found' })
    }
    expect(await call.fail('engagements:setStatus', { id: 999, status: 'active' })).toMatchObject({ code: 'not_found' })
  })
})
