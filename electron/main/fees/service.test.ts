import { describe, expect, it } from 'vitest'
import type { FeeBasis } from '../../shared/engagements'
import { countRows, kindIds, sessionsFromFebruary } from '../testing/calls'
import { freshPracticeEachTest } from '../testing/eachTest'

// Every expected figure is worked out by hand in the comment beside it.

const practice = freshPracticeEachTest()
const { call } = practice

const TODAY = '2026-03-10'

async function engagement(fee: { amountMinor: number; currency: string; basis: FeeBasis } | null, extra: Record<string, unknown> = {}) {
  const kinds = await kindIds(call)
  const client = await call.ok('clients:create', { name: 'Zoë Ødegård' })
  return call.ok('engagements:create', {
    clientId: client.id,
    kindId: kinds['Executive coaching']!,
    status: 'active',
    startDate: '2026-01-05',
    plannedSessions: 8,
    fee,
    ...extra
  })
}

const sessions = (engagementId: number, statuses: ('held' | 'cancelled' | 'scheduled')[]) => sessionsFromFebruary(call, engagementId, statuses)

const terms = (engagementId: number, changes: Record<string, unknown> = {}) => ({
  engagementId,
  payer: 'client' as const,
  lateCancellationBillable: false,
  lateCancellationNoticeHours: 24,
  instalments: [],
  today: TODAY,
  ...changes
})

describe('package use at a glance', () => {
  it('shares a package’s fee over its planned sessions by the one rounding rule, and counts billable late cancellations', async () => {
    // 1,000.00 EUR for 8 sessions: 125.00 each.
    const { id } = await engagement({ amountMinor: 100_000, currency: 'EUR', basis: 'package' })
    const [, cancelled] = await sessions(id, ['held', 'cancelled', 'held', 'scheduled'])
    await call.ok('fees:setCancelledLate', { sessionId: cancelled!.id, cancelledLate: true })

    // Not billed: 2 held of 8 → 250.00 used, 750.00 left; started on 5 January, no instalments: all 1,000.00 due.
    expect((await call.ok('fees:get', { engagementId: id, today: TODAY })).use).toEqual({
      sessionsUsed: 2,
      heldSessions: 2,
      billableLateCancellations: 0,
      plannedSessions: 8,
      valueUsedMinor: 25_000,
      valueRemainingMinor: 75_000,
      dueSoFarMinor: 100_000,
      currency: 'EUR',
      retainerMonths: null
    })

    // Billed, in two instalments: 3 used of 8 → 375.00 used, 625.00 left; only the first instalment (400.00) due by 10 March.
    const billed = await call.ok(
      'fees:update',
      terms(id, { lateCancellationBillable: true, instalments: [{ dueOn: '2026-04-01', amountMinor: 60_000 }, { dueOn: '2026-01-05', amountMinor: 40_000 }] })
    )
    expect(billed.instalments.map((each) => [each.dueOn, each.amountMinor])).toEqual([['2026-01-05', 40_000], ['2026-04-01', 60_000]])
    expect(billed.lateCancelledSessionIds).toEqual([cancelled!.id])
    expect(billed.use).toMatchObject({ sessionsUsed: 3, billableLateCancellations: 1, valueUsedMinor: 37_500, valueRemainingMinor: 62_500, dueSoFarMinor: 40_000 })
  })

  it('rounds a share half away from zero and leaves the remainder exact: 100.00 over 3 sessions', async () => {
    const { id } = await engagement({ amountMinor: 10_000, currency: 'EUR', basis: 'package' }, { plannedSessions: 3 })
    await sessions(id, ['held', 'held'])
    // 2/3 of 100.00 is 66.666…: 66.67 used, 33.33 left.
    expect((await call.ok('fees:get', { engagementId: id, today: TODAY })).use).toMatchObject({ valueUsedMinor: 6_667, valueRemainingMinor: 3_333 })
  })

  it('bills each session used at a per-session fee, in a currency without minor units', async () => {
    const { id } = await engagement({ amountMinor: 15_000, currency: 'JPY', basis: 'per_session' })
    const [, late] = await sessions(id, ['held', 'cancelled', 'held', 'held'])
    await call.ok('fees:setCancelledLate', { sessionId: late!.id, cancelledLate: true })
    await call.ok('fees:update', terms(id, { lateCancellationBillable: true, lateCancellationNoticeHours: 48 }))
    // 3 held + 1 late at ¥15,000: ¥60,000.
    expect((await call.ok('fees:get', { engagementId: id, today: TODAY })).use).toMatchObject({ sessionsUsed: 4, valueUsedMinor: 60_000, valueRemainingMinor: null, dueSoFarMinor: 60_000, currency: 'JPY' })
  })

  it('has nothing to show without a fee, and nothing due of a package not yet started', async () => {
    const none = await engagement(null)
    expect((await call.ok('fees:get', { engagementId: none.id, today: TODAY })).use).toBeNull()
    const later = await engagement({ amountMinor: 100_000, currency: 'EUR', basis: 'package' }, { status: 'prospect', startDate: '2026-06-01' })
    expect((await call.ok('fees:get', { engagementId: later.id, today: TODAY })).use).toMatchObject({ dueSoFarMinor: 0, sessionsUsed: 0 })
  })
})

describe('a monthly retainer', () => {
  it('is due for each month begun from the start date up to today, on the same date each month', async () => {
    // 900.00 EUR a month from 31 December 2025: months begin 31 Dec, 31 Jan, 28 Feb (shorter), and 31 Mar is still to come on 10 March.
    const { id } = await engagement({ amountMinor: 90_000, currency: 'EUR', basis: 'monthly_retainer' }, { startDate: '2025-12-31' })
    await sessions(id, ['held', 'held'])
    expect((await call.ok('fees:get', { engagementId: id, today: TODAY })).use).toEqual({
      sessionsUsed: 2,
      heldSessions: 2,
      billableLateCancellations: 0,
      plannedSessions: 8,
      valueUsedMinor: null,
      valueRemainingMinor: null,
      retainerMonths: ['2025-12-31', '2026-01-31', '2026-02-28'],
      dueSoFarMinor: 270_000,
      currency: 'EUR'
    })
    // On the day a month begins, that month is due: 4 × 900.00.
    expect((await call.ok('fees:get', { engagementId: id, today: '2026-03-31' })).use).toMatchObject({ dueSoFarMinor: 360_000 })
  })

  it('stops at the planned end, and is not due before the start or without a start date', async () => {
    // From 15 January to a planned end of 20 February: two months begun (15 Jan, 15 Feb), whatever today is.
    const ended = await engagement({ amountMinor: 50_000, currency: 'GBP', basis: 'monthly_retainer' }, { startDate: '2026-01-15', plannedEndDate: '2026-02-20' })
    expect((await call.ok('fees:get', { engagementId: ended.id, today: '2026-09-01' })).use).toMatchObject({ retainerMonths: ['2026-01-15', '2026-02-15'], dueSoFarMinor: 100_000 })
    const later = await engagement({ amountMinor: 50_000, currency: 'GBP', basis: 'monthly_retainer' }, { status: 'prospect', startDate: '2026-06-01' })
    expect((await call.ok('fees:get', { engagementId: later.id, today: TODAY })).use).toMatchObject({ retainerMonths: [], dueSoFarMinor: 0 })
    const undated = await engagement({ amountMinor: 50_000, currency: 'GBP', basis: 'monthly_retainer' }, { status: 'prospect', startDate: null })
    expect((await call.ok('fees:get', { engagementId: undated.id, today: TODAY })).use).toMatchObject({ retainerMonths: [], dueSoFarMinor: 0 })
  })

  it('is paid month by month, not in instalments', async () => {
    const { id } = await engagement({ amountMinor: 90_000, currency: 'EUR', basis: 'monthly_retainer' })
    const refused = await call.fail('fees:update', terms(id, { instalments: [{ dueOn: '2026-02-01', amountMinor: 90_000 }] }))
    expect(refused.message).toBe('Only a package is paid in instalments: set a package fee in the contract first.')
  })
})

describe('billing terms', () => {
  it('starts with the client paying and late cancellations not billed, 24 hours’ notice', async () => {
    const { id } = await engagement(null)
    expect(await call.ok('fees:get', { engagementId: id, today: TODAY })).toMatchObject({
      payer: 'client',
      lateCancellationBillable: false,
      lateCancellationNoticeHours: 24,
      instalments: [],
      sponsor: null
    })
  })

  it('refuses instalments that do not add up to the package, or without a package, and keeps what was there', async () => {
    const { id } = await engagement({ amountMinor: 100_000, currency: 'EUR', basis: 'package' })
    await call.ok('fees:update', terms(id, { instalments: [{ dueOn: '2026-01-05', amountMinor: 100_000 }] }))
    expect(await call.fail('fees:update', terms(id, { instalments: [{ dueOn: '2026-01-05', amountMinor: 50_000 }, { dueOn: '2026-02-05', amountMinor: 49_999 }] }))).toEqual({
      code: 'invalid_input',
      message: "The instalments add up to less than the package's fee: make them add up to it exactly.",
      field: 'instalments'
    })
    expect((await call.ok('fees:get', { engagementId: id, today: TODAY })).instalments).toHaveLength(1)
    const perSession = await engagement({ amountMinor: 15_000, currency: 'EUR', basis: 'per_session' })
    expect(await call.fail('fees:update', terms(perSession.id, { instalments: [{ dueOn: '2026-01-05', amountMinor: 15_000 }] }))).toMatchObject({
      message: 'Only a package is paid in instalments: set a package fee in the contract first.',
      field: 'instalments'
    })
  })

  it('bills the sponsor only when the engagement has one, with the sponsor’s billing details', async () => {
    const { id } = await engagement(null)
    expect(await call.fail('fees:update', terms(id, { payer: 'sponsor' }))).toMatchObject({ field: 'payer' })
    const organisation = await call.ok('organisations:create', { name: 'Acme GmbH' })
    await call.ok('fees:setSponsorBilling', { organisationId: organisation.id, billingContact: 'Accounts payable', billingAddress: 'Main Street 1\n10115 Berlin', taxId: 'DE123456789' })
    const sponsored = await engagement(null, { sponsorOrganisationId: organisation.id })
    const saved = await call.ok('fees:update', terms(sponsored.id, { payer: 'sponsor' }))
    expect(saved).toMatchObject({
      payer: 'sponsor',
      sponsor: { id: organisation.id, name: 'Acme GmbH', billingContact: 'Accounts payable', billingAddress: 'Main Street 1\n10115 Berlin', taxId: 'DE123456789' }
    })
  })
})

describe('a session cancelled late', () => {
  it('is only a cancelled session, and stops being late when it is no longer cancelled', async () => {
    const { id } = await engagement(null)
    const [session] = await sessions(id, ['scheduled'])
    expect(await call.fail('fees:setCancelledLate', { sessionId: session!.id, cancelledLate: true })).toMatchObject({ field: 'cancelledLate' })
    await call.ok('sessions:setStatus', { id: session!.id, status: 'cancelled' })
    await call.ok('fees:setCancelledLate', { sessionId: session!.id, cancelledLate: true })
    await call.ok('fees:setCancelledLate', { sessionId: session!.id, cancelledLate: true })
    expect((await call.ok('fees:get', { engagementId: id, today: TODAY })).lateCancelledSessionIds).toEqual([session!.id])
    await call.ok('sessions:setStatus', { id: session!.id, status: 'scheduled' })
    expect((await call.ok('fees:get', { engagementId: id, today: TODAY })).lateCancelledSessionIds).toEqual([])
  })

  it('goes with its session, and the terms and instalments with their engagement', async () => {
    const { id } = await engagement({ amountMinor: 100_000, currency: 'EUR', basis: 'package' })
    const [session] = await sessions(id, ['cancelled'])
    await call.ok('fees:setCancelledLate', { sessionId: session!.id, cancelledLate: true })
    await call.ok('fees:update', terms(id, { instalments: [{ dueOn: '2026-01-05', amountMinor: 100_000 }] }))
    await call.ok('sessions:delete', { id: session!.id })
    expect(countRows(practice.database.sqlite, 'late_cancellations')).toBe(0)
    await call.ok('engagements:delete', { id })
    expect(countRows(practice.database.sqlite, 'engagement_billing')).toBe(0)
    expect(countRows(practice.database.sqlite, 'fee_instalments')).toBe(0)
  })
})
