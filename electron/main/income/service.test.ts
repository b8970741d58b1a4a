import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ChannelInput } from '../../shared/contract'
import { clientWithEngagement } from '../testing/calls'
import { freshPracticeEachTest } from '../testing/eachTest'

// Every expected figure is worked out by hand in the comment beside it, in minor units.

const fresh = freshPracticeEachTest()
const { call } = fresh

const TODAY = '2026-06-15'

type Line = ChannelInput<'invoices:createDraft'>['lines'][number]

async function issue(engagementId: number, lines: Line[], issuedOn: string, dueOn: string) {
  const draft = await call.ok('invoices:createDraft', { engagementId, lines, today: TODAY })
  return call.ok('invoices:issue', { id: draft.id, issuedOn, dueOn, today: TODAY })
}

const pay = (id: number, paidOn: string, amountMinor: number, method: 'bank_transfer' | 'card' = 'bank_transfer') =>
  call.ok('invoices:addPayment', { id, paidOn, amountMinor, method, today: TODAY })

/**
 * Three clients, two sponsors, two currencies:
 * - Zoë Ødegård (sponsor Nordlys AS, EUR): 50.00 issued 2025-12-20, unpaid; 240.00 issued
 *   2026-01-10 (2 × 100.00 at 20 %), paid 100.00 on 2026-01-20 and 140.00 on 2026-03-05.
 * - Tom Baker (sponsor Acme Ltd, who pays; GBP): 500.00 issued 2026-02-01, unpaid; 100.00
 *   dated 2026-07-01, after today.
 * - Ann Lee (no sponsor, EUR): 88.00 issued 2026-02-15 (80.00 at 10 %), voided 2026-03-01;
 *   three lines of 0.05 at 10 % issued 2026-04-01 (0.15 + 0.015 → 0.02 tax = 0.17); a
 *   draft of 1,000.00 that never counts.
 */
async function practice() {
  await call.ok('invoices:setSeries', { prefix: 'A' })
  const nordlys = await call.ok('organisations:create', { name: 'Nordlys AS' })
  const acme = await call.ok('organisations:create', { name: 'Acme Ltd' })
  const eur = { amountMinor: 10_000, currency: 'EUR', basis: 'per_session' } as const
  const zoe = (await clientWithEngagement(call, { fee: eur, sponsorOrganisationId: nordlys.id }, 'Zoë Ødegård')).engagement
  const tom = (await clientWithEngagement(call, { fee: { ...eur, currency: 'GBP' }, sponsorOrganisationId: acme.id }, 'Tom Baker')).engagement
  await call.ok('fees:update', { engagementId: tom.id, payer: 'sponsor', lateCancellationBillable: false, lateCancellationNoticeHours: 24, instalments: [], today: TODAY })
  const ann = (await clientWithEngagement(call, { fee: eur }, 'Ann Lee')).engagement

  const opening = await issue(zoe.id, [{ description: 'Workbook', quantity: 1, unitAmountMinor: 5_000, taxRateBp: 0 }], '2025-12-20', '2026-01-19')
  const coaching = await issue(zoe.id, [{ description: 'Coaching', quantity: 2, unitAmountMinor: 10_000, taxRateBp: 2_000 }], '2026-01-10', '2026-02-09')
  await pay(coaching.id, '2026-01-20', 10_000)
  await pay(coaching.id, '2026-03-05', 14_000, 'card')
  const sponsored = await issue(tom.id, [{ description: 'Team workshop', quantity: 1, unitAmountMinor: 50_000, taxRateBp: 0 }], '2026-02-01', '2026-03-03')
  const voided = await issue(ann.id, [{ description: 'Assessment', quantity: 1, unitAmountMinor: 8_000, taxRateBp: 1_000 }], '2026-02-15', '2026-03-15')
  await call.ok('invoices:void', { id: voided.id, voidedOn: '2026-03-01', today: TODAY })
  const stamp = { description: 'Stamp', quantity: 1, unitAmountMinor: 5, taxRateBp: 1_000 }
  const rounded = await issue(ann.id, [stamp, stamp, stamp], '2026-04-01', '2026-04-30')
  await issue(tom.id, [{ description: 'Follow-up', quantity: 1, unitAmountMinor: 10_000, taxRateBp: 0 }], '2026-07-01', '2026-07-31')
  await call.ok('invoices:createDraft', { engagementId: ann.id, lines: [{ description: 'Programme', quantity: 1, unitAmountMinor: 100_000, taxRateBp: 0 }], today: TODAY })
  return { nordlys, acme, zoe, tom, ann, opening, sponsored, rounded }
}

const figures = (currency: string, invoicedMinor: number, paidMinor: number, outstandingMinor: number) => ({ currency, invoicedMinor, paidMinor, outstandingMinor })

describe('the income overview', () => {
  it('sums a year per currency: invoices less credit notes on their dates, payments on theirs, drafts and later dates left out', async () => {
    await practice()
    const overview = await call.ok('income:overview', { year: 2026, today: TODAY })
    expect(overview.year).toBe(2026)
    expect(overview.years).toEqual([2026, 2025])
    expect(overview.totals).toEqual([
      // 24 000 + 8 800 − 8 800 + 17 invoiced; 10 000 + 14 000 paid; 5 000 (2025) + 24 017 − 24 000 outstanding.
      figures('EUR', 24_017, 24_000, 5_017),
      // 50 000; the 10 000 dated 2026-07-01 is after today.
      figures('GBP', 50_000, 0, 50_000)
    ])
  })

  it('gives each month begun by today its invoiced and paid, and what is outstanding at its end', async () => {
    await practice()
    const { months } = await call.ok('income:overview', { year: 2026, today: TODAY })
    expect(months).toEqual([
      // EUR opens the year with 5 000 outstanding from 2025.
      { month: '2026-01', ...figures('EUR', 24_000, 10_000, 19_000) },
      { month: '2026-02', ...figures('EUR', 8_800, 0, 27_800) },
      // The credit note (−8 800) and the second payment (14 000): 27 800 − 8 800 − 14 000.
      { month: '2026-03', ...figures('EUR', -8_800, 14_000, 5_000) },
      { month: '2026-04', ...figures('EUR', 17, 0, 5_017) },
      { month: '2026-05', ...figures('EUR', 0, 0, 5_017) },
      { month: '2026-06', ...figures('EUR', 0, 0, 5_017) },
      // GBP has nothing before February; July is not begun.
      { month: '2026-02', ...figures('GBP', 50_000, 0, 50_000) },
      { month: '2026-03', ...figures('GBP', 0, 0, 50_000) },
      { month: '2026-04', ...figures('GBP', 0, 0, 50_000) },
      { month: '2026-05', ...figures('GBP', 0, 0, 50_000) },
      { month: '2026-06', ...figures('GBP', 0, 0, 50_000) }
    ])
  })

  it('sums per client and per sponsor organisation, and lists the overdue invoices', async () => {
    const { nordlys, acme, zoe, tom, ann, opening, sponsored, rounded } = await practice()
    const overview = await call.ok('income:overview', { year: 2026, today: TODAY })
    const [annId, tomId, zoeId] = [ann.clientId, tom.clientId, zoe.clientId]
    expect(overview.clients).toEqual([
      // 8 800 − 8 800 + 17.
      { clientId: annId, name: 'Ann Lee', ...figures('EUR', 17, 0, 17) },
      { clientId: tomId, name: 'Tom Baker', ...figures('GBP', 50_000, 0, 50_000) },
      // 2025's 5 000 is still owed at the year's end (today).
      { clientId: zoeId, name: 'Zoë Ødegård', ...figures('EUR', 24_000, 24_000, 5_000) }
    ])
    expect(overview.sponsors).toEqual([
      { organisationId: acme.id, name: 'Acme Ltd', ...figures('GBP', 50_000, 0, 50_000) },
      { organisationId: nordlys.id, name: 'Nordlys AS', ...figures('EUR', 24_000, 24_000, 5_000) },
      { organisationId: null, name: null, ...figures('EUR', 17, 0, 17) }
    ])
    expect(overview.overdue.map((invoice) => [invoice.id, invoice.number, invoice.outstandingMinor, invoice.clientName])).toEqual([
      [opening.id, 'A-2025-0001', 5_000, 'Zoë Ødegård'],
      [sponsored.id, 'A-2026-0002', 50_000, 'Tom Baker'],
      [rounded.id, 'A-2026-0005', 17, 'Ann Lee']
    ])
  })

  it('sums a past year to its end, and a year with nothing as empty', async () => {
    await practice()
    const past = await call.ok('income:overview', { year: 2025, today: TODAY })
    expect(past.totals).toEqual([figures('EUR', 5_000, 0, 5_000)])
    expect(past.months).toEqual([{ month: '2025-12', ...figures('EUR', 5_000, 0, 5_000) }])
    const empty = await call.ok('income:overview', { year: 2024, today: TODAY })
    expect(empty).toMatchObject({ totals: [], months: [], clients: [], sponsors: [], years: [2026, 2025] })
  })

  it('keeps an erased client’s issued invoices under the name billed', async () => {
    const { ann } = await practice()
    await call.ok('privacy:eraseClient', { clientId: ann.clientId, confirmName: 'Ann Lee' })
    const { clients, totals } = await call.ok('income:overview', { year: 2026, today: TODAY })
    expect(clients[0]).toEqual({ clientId: null, name: 'Ann Lee', ...figures('EUR', 17, 0, 17) })
    expect(totals[0]).toEqual(figures('EUR', 24_017, 24_000, 5_017))
  })

  it('refuses a year it cannot read', async () => {
    expect(await call.fail('income:overview', { year: 20_260, today: TODAY })).toMatchObject({ code: 'invalid_input', field: 'year' })
    expect(await call.fail('income:overview', { year: 2026.5, today: TODAY })).toMatchObject({ code: 'invalid_input', field: 'year' })
  })
})

describe('the ledger for an accountant', () => {
  it('saves one row per invoice, credit note and payment of the year, in date order, amounts as exact decimals', async () => {
    await practice()
    const result = await call.ok('income:exportCsv', { year: 2026, today: TODAY })
    const path = join(fresh.folder, 'Practice – Income 2026 – 2026-06-15.csv')
    expect(result).toEqual({ path })
    expect(readFileSync(path, 'utf8')).toBe(
      '\uFEFF' +
        [
          'Date,Type,Number,Voids invoice,Due date,Bill to,Client,Sponsor,Currency,Net,Tax,Total,Paid,Payment method',
          '2026-01-10,Invoice,A-2026-0001,,2026-02-09,Zoë Ødegård,Zoë Ødegård,Nordlys AS,EUR,200.00,40.00,240.00,,',
          '2026-01-20,Payment,A-2026-0001,,,Zoë Ødegård,Zoë Ødegård,Nordlys AS,EUR,,,,100.00,Bank transfer',
          '2026-02-01,Invoice,A-2026-0002,,2026-03-03,Acme Ltd,Tom Baker,Acme Ltd,GBP,500.00,0.00,500.00,,',
          '2026-02-15,Invoice,A-2026-0003,,2026-03-15,Ann Lee,Ann Lee,,EUR,80.00,8.00,88.00,,',
          '2026-03-01,Credit note,A-2026-0004,A-2026-0003,,Ann Lee,Ann Lee,,EUR,-80.00,-8.00,-88.00,,',
          '2026-03-05,Payment,A-2026-0001,,,Zoë Ødegård,Zoë Ødegård,Nordlys AS,EUR,,,,140.00,Card',
          '2026-04-01,Invoice,A-2026-0005,,2026-04-30,Ann Lee,Ann Lee,,EUR,0.15,0.02,0.17,,'
        ].join('\r\n') +
        '\r\n'
    )
  })

  it('writes each currency’s own decimals, quotes what needs it and keeps a formula-like name as text', async () => {
    await call.ok('invoices:setSeries', { prefix: 'B' })
    const yen = (await clientWithEngagement(call, { fee: { amountMinor: 30_000, currency: 'JPY', basis: 'per_session' } }, '=HYPERLINK("x")')).engagement
    const dinar = (await clientWithEngagement(call, { fee: { amountMinor: 1_000, currency: 'KWD', basis: 'per_session' } }, 'Lee, Ann')).engagement
    await issue(yen.id, [{ description: 'Session', quantity: 1, unitAmountMinor: 30_000, taxRateBp: 1_000 }], '2026-05-01', '2026-05-31')
    await issue(dinar.id, [{ description: 'Session', quantity: 1, unitAmountMinor: 1_005, taxRateBp: 0 }], '2026-05-02', '2026-06-01')
    const { path } = (await call.ok('income:exportCsv', { year: 2026, today: TODAY })) as { path: string }
    const rows = readFileSync(path, 'utf8').split('\r\n')
    expect(rows[1]).toBe(`2026-05-01,Invoice,B-2026-0001,,2026-05-31,"'=HYPERLINK(""x"")","'=HYPERLINK(""x"")",,JPY,30000,3000,33000,,`)
    expect(rows[2]).toBe('2026-05-02,Invoice,B-2026-0002,,2026-06-01,"Lee, Ann","Lee, Ann",,KWD,1.005,0.000,1.005,,')
  })

  it('writes nothing when the coach cancels the save dialog', async () => {
    await practice()
    fresh.platform.answerNextSave(null)
    expect(await call.ok('income:exportCsv', { year: 2026, today: TODAY })).toEqual({ cancelled: true })
  })
})
