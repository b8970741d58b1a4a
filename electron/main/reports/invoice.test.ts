import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { clientWithEngagement } from '../testing/calls'
import { freshPracticeEachTest } from '../testing/eachTest'
import { pdfInfo, pdfLayoutPages, pdfText, squeezed } from '../testing/poppler'

const fresh = freshPracticeEachTest()
const { call } = fresh

const TODAY = '2026-03-10'

/** A sponsored engagement at 250.00 EUR a session, two held, the coach's branding and payment details. */
async function practice() {
  const sponsor = await call.ok('organisations:create', { name: 'Nordlys AS' })
  await call.ok('fees:setSponsorBilling', { organisationId: sponsor.id, billingContact: 'Kari Nordmann', billingAddress: 'Storgata 1\n0155 Oslo', taxId: 'NO 999 999 999 MVA' })
  const { engagement } = await clientWithEngagement(call, { sponsorOrganisationId: sponsor.id, fee: { amountMinor: 25_000, currency: 'EUR', basis: 'per_session' } })
  await call.ok('fees:update', { engagementId: engagement.id, payer: 'sponsor', lateCancellationBillable: false, lateCancellationNoticeHours: 24, instalments: [], today: TODAY })
  for (const day of ['2026-02-02', '2026-02-16']) {
    await call.ok('sessions:create', { engagementId: engagement.id, startsAt: `${day}T09:00:00Z`, durationMinutes: 60, status: 'held' })
  }
  await call.ok('reports:setBranding', { coachName: 'Jo Coach', credentials: 'ACC', practiceName: 'North Star Coaching' })
  await call.ok('preferences:setLocale', { locale: 'en-GB' })
  await call.ok('invoices:setPaymentDetails', { paymentTerms: 'Payment within 30 days of the invoice date.', paymentDetails: 'IBAN DE02 1203 0000 0000 2020 51 · BIC BYLADEM1001' })
  await call.ok('invoices:setSeries', { prefix: 'A' })
  const { lines } = await call.ok('invoices:suggestions', { engagementId: engagement.id, today: TODAY, timeZone: 'Europe/London' })
  const withTax = lines.map((line) => ({ ...line, taxRateBp: 1_900 }))
  const expense = { description: 'Train to Oslo', quantity: 1, unitAmountMinor: 8_950, taxRateBp: 700 }
  const draft = await call.ok('invoices:createDraft', { engagementId: engagement.id, lines: [...withTax, expense], today: TODAY })
  return call.ok('invoices:issue', { id: draft.id, issuedOn: '2026-03-01', dueOn: '2026-03-31', today: TODAY })
}

describe('the invoice PDF', () => {
  it('prints the branding, bill-to, lines, tax per rate, totals, payment terms and details, page x of y', async () => {
    const invoice = await practice()
    const saved = await call.ok('invoices:exportPdf', { id: invoice.id, today: TODAY, timeZone: 'Europe/London' })
    const path = join(fresh.folder, 'Invoice A-2026-0001 – North Star Coaching.pdf')
    expect(saved).toEqual({ path })
    const pdf = readFileSync(path)
    const text = squeezed(pdfText(pdf))
    for (const expected of [
      'Invoice A-2026-0001',
      'North Star Coaching',
      'Nordlys AS',
      'Kari Nordmann',
      'Storgata 1',
      'Tax id NO 999 999 999 MVA',
      'Coaching session, 2026-02-02',
      'Coaching session, 2026-02-16',
      'Train to Oslo',
      'Payment within 30 days of the invoice date.',
      'IBAN DE02 1203 0000 0000 2020 51 · BIC BYLADEM1001',
      'Page 1 of 1'
    ]) {
      expect(text).toContain(squeezed(expected))
    }
    // 2 × 250.00 at 19 % = 95.00 tax; 89.50 at 7 % = 6.265 → 6.27; total 589.50 + 101.27 = 690.77.
    const layout = pdfLayoutPages(pdf).join('\n')
    expect(layout).toMatch(/19 %\s+€500\.00\s+€95\.00/)
    expect(layout).toMatch(/7 ?%\s+€89\.50\s+€6\.27/)
    expect(layout).toMatch(/Total \(EUR\)\s+€690\.77/)
    expect(pdfInfo(pdf)).toMatchObject({ Title: 'Invoice A-2026-0001 — Nordlys AS' })
  })

  it('prints a credit note’s amounts as taken back, naming the invoice it voids', async () => {
    const invoice = await practice()
    const voided = await call.ok('invoices:void', { id: invoice.id, voidedOn: '2026-03-05', today: TODAY })
    await call.ok('invoices:exportPdf', { id: voided.creditNoteId!, today: TODAY })
    const pdf = readFileSync(join(fresh.folder, 'Credit note A-2026-0002 – North Star Coaching.pdf'))
    const text = squeezed(pdfText(pdf))
    expect(text).toContain(squeezed('Voids invoice A-2026-0001'))
    expect(pdfLayoutPages(pdf).join('\n')).toMatch(/Total \(EUR\)\s+-€690\.77/)
  })

  it('refuses a draft before asking where to save', async () => {
    const invoice = await practice()
    const { engagementId } = invoice
    const draft = await call.ok('invoices:createDraft', { engagementId: engagementId!, lines: [{ description: 'Book', quantity: 1, unitAmountMinor: 100, taxRateBp: 0 }], today: TODAY })
    expect(await call.fail('invoices:exportPdf', { id: draft.id, today: TODAY })).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('issue it') })
  })
})
