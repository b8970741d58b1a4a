import { describe, expect, it } from 'vitest'
import { clientWithEngagement, countRows, kindIds, newClient } from '../testing/calls'
import { freshPracticeEachTest } from '../testing/eachTest'

const practice = freshPracticeEachTest()
const { call } = practice

describe('contracting an engagement', () => {
  it('fills what was left out from the kind: a coaching plan of N sessions', async () => {
    const client = await newClient(call)
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
    const client = await newClient(call)
    const kinds = await kindIds(call)
    const mentoring = await call.ok('engagements:create', { clientId: client.id, kindId: kinds.Mentoring! })
    expect(mentoring).toMatchObject({ plannedSessions: null, cadence: 'as_needed', kind: { isMentoring: true } })
  })

  it('keeps every contracting field as given', async () => {
    const org = await call.ok('organisations:create', { name: 'Nordlys AS' })
    const contact = await call.ok('organisations:createContact', { organisationId: org.id, name: 'Pål Berg' })
    const client = await newClient(call)
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
    const client = await newClient(call)
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
    expect(countRows(practice.database.sqlite, 'engagements')).toBe(0)
    expect(countRows(practice.database.sqlite, 'engagement_status_changes')).toBe(0)
  })

  it('explains a date that does not exist and a planned end before the start in plain words', async () => {
    const client = await newClient(call)
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
    const client = await newClient(call)
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
    expect(countRows(practice.database.sqlite, 'engagements')).toBe(0)
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
    for (const table of TABLES_UNDER_AN_ENGAGEMENT.slice(2)) expect(countRows(practice.database.sqlite, table), table).toBe(0)
    expect(countRows(practice.database.sqlite, 'engagements')).toBe(1)
    expect(await call.ok('engagements:get', { id: kept.id })).toMatchObject({ id: kept.id })
    expect(await call.fail('engagements:get', { id: engagement.id })).toMatchObject({ code: 'not_found' })
    expect(practice.database.sqlite.pragma('foreign_key_check')).toEqual([])
  })

  it('goes with its client when the client is deleted', async () => {
    const { client } = await fullEngagement()
    await call.ok('clients:delete', { id: client.id })
    for (const table of TABLES_UNDER_AN_ENGAGEMENT) expect(countRows(practice.database.sqlite, table), table).toBe(0)
  })

  it('answers not found for an engagement that does not exist, on every action', async () => {
    for (const channel of ['engagements:get', 'engagements:delete', 'engagements:deleteImpact'] as const) {
      expect(await call.fail(channel, { id: 999 })).toMatchObject({ code: 'not_found' })
    }
    expect(await call.fail('engagements:setStatus', { id: 999, status: 'active' })).toMatchObject({ code: 'not_found' })
  })
})
