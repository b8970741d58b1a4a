import { describe, expect, it } from 'vitest'
import type { ChannelInput } from '../../shared/contract'
import type { FeeBasis } from '../../shared/engagements'
import { clientWithEngagement, sessionsFromFebruary } from '../testing/calls'
import { freshPracticeEachTest } from '../testing/eachTest'

// Every expected figure is worked out by hand in the comment beside it.

const practice = freshPracticeEachTest()
const { call } = practice

const TODAY = '2026-03-10'

type Fee = { amountMinor: number; currency: string; basis: FeeBasis }

async function engagement(fee: Fee | null, fields: Partial<ChannelInput<'engagements:create'>> = {}) {
  return (await clientWithEngagement(call, { plannedSessions: 8, fee, ...fields })).engagement
}

const sessions = (engagementId: number, statuses: ('held' | 'cancelled' | 'scheduled')[]) => sessionsFromFebruary(call, engagementId, statuses)

const PER_SESSION: Fee = { amountMinor: 25_000, currency: 'EUR', basis: 'per_session' }
const expense = { description: 'Travel', quantity: 1, unitAmountMinor: 4_000, taxRateBp: 0 }

async function issued(engagementId: number, lines = [expense], dates = { issuedOn: '2026-03-01', dueOn: '2026-03-31' }) {
  const draft = await call.ok('invoices:createDraft', { engagementId, lines, today: TODAY })
  return call.ok('invoices:issue', { id: draft.id, ...dates, today: TODAY })
}

describe('suggested lines', () => {
  it('suggests each held session at a per-session fee and billable late cancellations, once', async () => {
    const { id } = await engagement(PER_SESSION)
    const [held, cancelled, , later] = await sessions(id, ['held', 'cancelled', 'scheduled', 'held'])
    await call.ok('fees:update', { engagementId: id, payer: 'client', lateCancellationBillable: true, lateCancellationNoticeHours: 24, instalments: [], today: TODAY })
    await call.ok('fees:setCancelledLate', { sessionId: cancelled!.id, cancelledLate: true })

    const { lines, currency } = await call.ok('invoices:suggestions', { engagementId: id, today: TODAY, timeZone: 'Europe/Berlin' })
    expect(currency).toBe('EUR')
    expect(lines.map((line) => [line.source, line.sessionId, line.description, line.unitAmountMinor])).toEqual([
      ['session', held!.id, 'Coaching session, 2026-02-02', 25_000],
      ['late_cancellation', cancelled!.id, 'Session cancelled late, 2026-02-03', 25_000],
      ['session', later!.id, 'Coaching session, 2026-02-05', 25_000]
    ])

    // On a draft, the first two are no longer suggested, and cannot go on a second invoice.
    await call.ok('invoices:createDraft', { engagementId: id, lines: lines.slice(0, 2), today: TODAY })
    const left = await call.ok('invoices:suggestions', { engagementId: id, today: TODAY })
    expect(left.lines.map((line) => line.sessionId)).toEqual([later!.id])
    const twice = await call.fail('invoices:createDraft', { engagementId: id, lines: [lines[0]], today: TODAY })
    expect(twice).toMatchObject({ code: 'invalid_input', field: 'lines', message: expect.stringContaining('billed already') })
  })

  it('suggests each month a retainer has begun by today, once', async () => {
    // Started 2026-01-05: by 2026-03-10 the months from 5 January, 5 February and 5 March have begun.
    const { id } = await engagement({ amountMinor: 90_000, currency: 'GBP', basis: 'monthly_retainer' })
    const { lines, currency } = await call.ok('invoices:suggestions', { engagementId: id, today: TODAY })
    expect(currency).toBe('GBP')
    expect(lines.map((line) => [line.source, line.instalmentDueOn, line.description, line.unitAmountMinor])).toEqual([
      ['instalment', '2026-01-05', 'Monthly retainer: the month from 2026-01-05', 90_000],
      ['instalment', '2026-02-05', 'Monthly retainer: the month from 2026-02-05', 90_000],
      ['instalment', '2026-03-05', 'Monthly retainer: the month from 2026-03-05', 90_000]
    ])
    await call.ok('invoices:createDraft', { engagementId: id, lines: lines.slice(0, 2), today: TODAY })
    const left = await call.ok('invoices:suggestions', { engagementId: id, today: TODAY })
    expect(left.lines.map((line) => line.instalmentDueOn)).toEqual(['2026-03-05'])
  })

  it('suggests a package’s instalments due by today; a package without instalments is due once it starts', async () => {
    const { id } = await engagement({ amountMinor: 100_000, currency: 'EUR', basis: 'package' })
    expect((await call.ok('invoices:suggestions', { engagementId: id, today: TODAY })).lines).toEqual([
      expect.objectContaining({ source: 'instalment', instalmentDueOn: '2026-01-05', unitAmountMinor: 100_000 })
    ])
    const instalments = [
      { dueOn: '2026-02-01', amountMinor: 40_000 },
      { dueOn: '2026-05-01', amountMinor: 60_000 }
    ]
    await call.ok('fees:update', { engagementId: id, payer: 'client', lateCancellationBillable: true, lateCancellationNoticeHours: 24, instalments, today: TODAY })
    const { lines } = await call.ok('invoices:suggestions', { engagementId: id, today: TODAY })
    expect(lines.map((line) => [line.instalmentDueOn, line.unitAmountMinor])).toEqual([['2026-02-01', 40_000]])
  })

  it('refuses an invoice on an engagement without a fee, and a line of another engagement’s session', async () => {
    const bare = await engagement(null)
    expect(await call.fail('invoices:suggestions', { engagementId: bare.id, today: TODAY })).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('no fee') })
    const { id } = await engagement(PER_SESSION)
    const other = await engagement(PER_SESSION)
    const [theirs] = await sessions(other.id, ['held'])
    const line = { ...expense, source: 'session', sessionId: theirs!.id }
    expect(await call.fail('invoices:createDraft', { engagementId: id, lines: [line], today: TODAY })).toMatchObject({ field: 'lines', message: expect.stringContaining('another engagement') })
  })
})

describe('drafts', () => {
  it('are edited and deleted; their totals follow the one rounding rule', async () => {
    const { id } = await engagement(PER_SESSION)
    const draft = await call.ok('invoices:createDraft', { engagementId: id, lines: [expense], today: TODAY })
    expect(draft).toMatchObject({ status: 'draft', number: null, billTo: { name: 'Zoë Ødegård', address: '', taxId: '' } })
    // 3 × 33.33 at 19 % = 99.99 → 18.9981 → 19.00; 1 × 0.05 at 7 % → 0.0035 → 0.00; plus 0.10 at 19 % joins its rate: 100.09 → 19.0171 → 19.02.
    const lines = [
      { description: 'Workbooks', quantity: 3, unitAmountMinor: 3_333, taxRateBp: 1_900 },
      { description: 'Stamp', quantity: 1, unitAmountMinor: 5, taxRateBp: 700 },
      { description: 'Pen', quantity: 1, unitAmountMinor: 10, taxRateBp: 1_900 }
    ]
    const edited = await call.ok('invoices:updateDraft', { id: draft.id, lines, today: TODAY })
    expect(edited.totals).toEqual({
      byRate: [
        { taxRateBp: 700, netMinor: 5, taxMinor: 0 },
        { taxRateBp: 1_900, netMinor: 10_009, taxMinor: 1_902 }
      ],
      netMinor: 10_014,
      taxMinor: 1_902,
      totalMinor: 11_916
    })
    await call.ok('invoices:deleteDraft', { id: draft.id })
    expect((await call.ok('invoices:listForEngagement', { engagementId: id, today: TODAY })).items).toEqual([])
  })

  it('go with their engagement; issued invoices stay, without it', async () => {
    await call.ok('invoices:setSeries', { prefix: 'A' })
    const { id } = await engagement(PER_SESSION)
    const kept = await issued(id)
    await call.ok('invoices:createDraft', { engagementId: id, lines: [expense], today: TODAY })
    await call.ok('engagements:delete', { id })
    const rows = practice.database.sqlite.prepare('SELECT id, engagement_id AS engagementId, number FROM invoices').all()
    expect(rows).toEqual([{ id: kept.id, engagementId: null, number: 1 }])
  })
})

describe('numbers', () => {
  it('are given when issued, from this computer’s series, one after another', async () => {
    const { id } = await engagement(PER_SESSION)
    const draft = await call.ok('invoices:createDraft', { engagementId: id, lines: [expense], today: TODAY })
    expect(await call.fail('invoices:issue', { id: draft.id, issuedOn: '2026-03-01', dueOn: '2026-03-31', today: TODAY })).toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('Settings')
    })
    await call.ok('invoices:setSeries', { prefix: 'lon' })
    const first = await call.ok('invoices:issue', { id: draft.id, issuedOn: '2026-03-01', dueOn: '2026-03-31', today: TODAY })
    const second = await issued(id)
    const nextYear = await issued(id, [expense], { issuedOn: '2027-01-02', dueOn: '2027-02-01' })
    expect([first.number, second.number, nextYear.number]).toEqual(['LON-2026-0001', 'LON-2026-0002', 'LON-2027-0001'])
  })

  it('come from a prefix no other series of the practice uses', async () => {
    // Another computer of the practice claimed B.
    await practice.database.door.for('invoices:setSeries').write((writer) => writer.insertInto('invoiceSeries').values({ prefix: 'B', claimedAt: '2026-01-01T00:00:00.000Z' }).execute())
    expect(await call.fail('invoices:setSeries', { prefix: 'b' })).toMatchObject({ code: 'conflict', field: 'prefix' })
    expect(await call.fail('invoices:setSeries', { prefix: 'A-1' })).toMatchObject({ code: 'invalid_input', field: 'prefix' })
    expect(await call.ok('invoices:setSeries', { prefix: 'A' })).toEqual({ prefix: 'A', taken: ['B'] })
    // Setting its own again is no conflict.
    expect(await call.ok('invoices:setSeries', { prefix: 'A' })).toEqual({ prefix: 'A', taken: ['B'] })
    expect(await call.ok('invoices:series', {})).toEqual({ prefix: 'A', taken: ['B'] })
  })

  it('are unique in their series whatever the path: the database refuses a second', async () => {
    await call.ok('invoices:setSeries', { prefix: 'A' })
    const { id } = await engagement(PER_SESSION)
    await issued(id)
    const draft = await call.ok('invoices:createDraft', { engagementId: id, lines: [expense], today: TODAY })
    expect(() => practice.database.sqlite.prepare("UPDATE invoices SET series = 'A-2026', number = 1, issued_on = '2026-03-02' WHERE id = ?").run(draft.id)).toThrow(/UNIQUE/)
  })
})

describe('an issued invoice', () => {
  it('keeps the bill-to it was issued with, and is never edited or deleted', async () => {
    await call.ok('invoices:setSeries', { prefix: 'A' })
    const { id, clientId } = await engagement(PER_SESSION)
    const invoice = await issued(id)
    await call.ok('clients:update', { id: clientId, name: 'Zoë Berg' })
    expect((await call.ok('invoices:get', { id: invoice.id, today: TODAY })).billTo.name).toBe('Zoë Ødegård')
    expect(await call.fail('invoices:updateDraft', { id: invoice.id, lines: [expense], today: TODAY })).toMatchObject({ code: 'conflict' })
    expect(await call.fail('invoices:deleteDraft', { id: invoice.id })).toMatchObject({ code: 'conflict' })
    const { sqlite } = practice.database
    expect(() => sqlite.prepare("UPDATE invoices SET bill_to_name = 'X' WHERE id = ?").run(invoice.id)).toThrow(/never changed/)
    expect(() => sqlite.prepare('DELETE FROM invoices WHERE id = ?').run(invoice.id)).toThrow(/never deleted/)
    expect(() => sqlite.prepare('UPDATE invoice_lines SET unit_amount_minor = 1 WHERE invoice_id = ?').run(invoice.id)).toThrow(/never changed/)
    expect(() => sqlite.prepare('DELETE FROM invoice_lines WHERE invoice_id = ?').run(invoice.id)).toThrow(/never changed/)
  })

  it('bills the sponsor with its billing details when the sponsor pays', async () => {
    await call.ok('invoices:setSeries', { prefix: 'A' })
    const sponsor = await call.ok('organisations:create', { name: 'Nordlys AS' })
    await call.ok('fees:setSponsorBilling', { organisationId: sponsor.id, billingContact: 'Kari, ap@nordlys.no', billingAddress: 'Storgata 1\n0155 Oslo', taxId: 'NO 999 MVA' })
    const { id } = await engagement(PER_SESSION, { sponsorOrganisationId: sponsor.id })
    await call.ok('fees:update', { engagementId: id, payer: 'sponsor', lateCancellationBillable: false, lateCancellationNoticeHours: 24, instalments: [], today: TODAY })
    const invoice = await issued(id)
    expect(invoice.billTo).toEqual({ name: 'Nordlys AS', address: 'Kari, ap@nordlys.no\nStorgata 1\n0155 Oslo', taxId: 'NO 999 MVA' })
  })
})

describe('status and payments', () => {
  it('goes from issued to partly paid to paid; overdue once past its due date with something to pay', async () => {
    await call.ok('invoices:setSeries', { prefix: 'A' })
    const { id } = await engagement(PER_SESSION)
    // 2 × 100.00 at 20 %: 240.00.
    const invoice = await issued(id, [{ description: 'Workshop', quantity: 2, unitAmountMinor: 10_000, taxRateBp: 2_000 }])
    expect(invoice).toMatchObject({ status: 'issued', totalMinor: 24_000, outstandingMinor: 24_000 })
    expect((await call.ok('invoices:get', { id: invoice.id, today: '2026-04-01' })).status).toBe('overdue')
    const partly = await call.ok('invoices:addPayment', { id: invoice.id, paidOn: '2026-03-05', amountMinor: 10_000, method: 'bank_transfer', today: TODAY })
    expect(partly).toMatchObject({ status: 'partly_paid', paidMinor: 10_000, outstandingMinor: 14_000 })
    expect((await call.ok('invoices:overdue', { today: '2026-04-01' })).items).toEqual([
      expect.objectContaining({ id: invoice.id, status: 'overdue', outstandingMinor: 14_000, clientName: 'Zoë Ødegård' })
    ])
    expect(await call.fail('invoices:addPayment', { id: invoice.id, paidOn: '2026-03-06', amountMinor: 14_001, method: 'card', today: TODAY })).toMatchObject({ field: 'amountMinor' })
    const paid = await call.ok('invoices:addPayment', { id: invoice.id, paidOn: '2026-03-06', amountMinor: 14_000, method: 'card', today: TODAY })
    expect(paid).toMatchObject({ status: 'paid', outstandingMinor: 0 })
    expect(paid.payments.map((payment) => payment.method)).toEqual(['bank_transfer', 'card'])
    expect((await call.ok('invoices:overdue', { today: '2026-04-01' })).items).toEqual([])
  })

  it('refuses a payment on a draft', async () => {
    const { id } = await engagement(PER_SESSION)
    const draft = await call.ok('invoices:createDraft', { engagementId: id, lines: [expense], today: TODAY })
    expect(await call.fail('invoices:addPayment', { id: draft.id, paidOn: TODAY, amountMinor: 100, method: 'cash', today: TODAY })).toMatchObject({ code: 'invalid_input' })
  })
})

describe('voiding', () => {
  it('issues a credit note next in the series, marks the invoice void, and frees its sessions', async () => {
    await call.ok('invoices:setSeries', { prefix: 'A' })
    const { id } = await engagement(PER_SESSION)
    await sessions(id, ['held'])
    const { lines } = await call.ok('invoices:suggestions', { engagementId: id, today: TODAY })
    const invoice = await issued(id, lines)
    expect((await call.ok('invoices:suggestions', { engagementId: id, today: TODAY })).lines).toEqual([])

    const voided = await call.ok('invoices:void', { id: invoice.id, voidedOn: '2026-03-04', today: TODAY })
    expect(voided).toMatchObject({ status: 'void', voidedOn: '2026-03-04', outstandingMinor: 0 })
    const credit = await call.ok('invoices:get', { id: voided.creditNoteId!, today: TODAY })
    expect(credit).toMatchObject({ kind: 'credit_note', number: 'A-2026-0002', creditsNumber: 'A-2026-0001', totalMinor: 25_000, billTo: invoice.billTo })
    expect((await call.ok('invoices:suggestions', { engagementId: id, today: TODAY })).lines).toHaveLength(1)
    expect(await call.fail('invoices:void', { id: invoice.id, voidedOn: '2026-03-05', today: TODAY })).toMatchObject({ code: 'conflict' })
    expect(await call.fail('invoices:void', { id: credit.id, voidedOn: '2026-03-05', today: TODAY })).toMatchObject({ code: 'invalid_input' })
  })
})
