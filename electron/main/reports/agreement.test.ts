import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_AGREEMENT_TEMPLATE } from '../../shared/agreement'
import { SPONSOR_REPORTING } from '../../shared/engagements'
import { clientWithEngagement } from '../testing/calls'
import { RESOURCES_DIR } from '../testing/db'
import { freshPracticeEachTest } from '../testing/eachTest'
import { pdfInfo, pdfPages, pdfText, squeezed } from '../testing/poppler'
import { renderAgreement } from './agreement'

const TODAY = '2026-03-01'
const FIXED = { resourcesDir: RESOURCES_DIR, locality: { locale: 'en-GB', timeZone: 'UTC' }, createdAt: new Date('2026-03-01T10:00:00Z') }

const practice = freshPracticeEachTest()
const { call } = practice

/** A sponsored package of six sessions in three instalments, the sponsor paying and seeing progress only. */
async function sponsoredPackage() {
  await call.ok('reports:setBranding', { practiceName: 'Brightwater Coaching', coachName: 'Jo Malik', credentials: 'PCC, ICF' })
  const organisation = await call.ok('organisations:create', { name: 'Northwind Traders' })
  const contact = await call.ok('organisations:createContact', { organisationId: organisation.id, name: 'Priya Raman', role: 'HR partner' })
  const { engagement } = await clientWithEngagement(call, {
    title: 'Leading the new division',
    sponsorOrganisationId: organisation.id,
    sponsorContactId: contact.id,
    startDate: '2026-01-05',
    plannedEndDate: '2026-06-30',
    plannedSessions: 6,
    sessionMinutes: 90,
    cadence: 'monthly',
    fee: { amountMinor: 360000, currency: 'EUR', basis: 'package' },
    confidentialityTerms: 'Stakeholder interviews are summarised without names.',
    sponsorReporting: 'progress',
    disposalOn: '2028-06-30'
  })
  await call.ok('fees:update', {
    engagementId: engagement.id,
    payer: 'sponsor',
    lateCancellationBillable: true,
    lateCancellationNoticeHours: 48,
    instalments: [
      { dueOn: '2026-01-05', amountMinor: 120000 },
      { dueOn: '2026-03-01', amountMinor: 120000 },
      { dueOn: '2026-05-01', amountMinor: 120000 }
    ],
    today: TODAY
  })
  return engagement
}

describe('the coaching agreement', () => {
  it('is drafted from the contract: parties, sessions, fee and instalments, cancellations, what the sponsor sees, signatures', async () => {
    const engagement = await sponsoredPackage()
    const pdf = await renderAgreement(practice.database.reader, { engagementId: engagement.id, today: TODAY }, FIXED)
    const text = squeezed(pdfText(pdf))
    const expected = [
      'Coaching agreement',
      'This agreement is made on 1 Mar 2026 between Jo Malik of Brightwater Coaching (the coach) and Zoë Ødegård (the client), for Leading the new division.',
      'The coach and the client meet for 6 sessions of 90 minutes, monthly, from 5 Jan 2026 to 30 Jun 2026.',
      'The fee is €3,600.00 for the package. Northwind Traders pays it: in 3 instalments: €1,200.00 due on 5 Jan 2026; €1,200.00 due on 1 Mar 2026; €1,200.00 due on 1 May 2026.',
      'A session cancelled with less than 48 hours’ notice is billed as if it had been held.',
      'Stakeholder interviews are summarised without names.',
      'Northwind Traders sponsors this engagement. What the sponsor will see: Progress only.',
      SPONSOR_REPORTING.progress.explanation,
      'disposes of them on 30 Jun 2028',
      'For the sponsor',
      'Priya Raman, Northwind Traders',
      'Jo Malik, PCC, ICF'
    ]
    expect(expected.filter((words) => !text.includes(squeezed(words)))).toEqual([])
    expect(text).not.toMatch(/\{[a-z_]+\}/)
    const pages = pdfPages(pdf)
    pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of ${pages.length}`))
    expect(pdfInfo(pdf).Title).toBe('Coaching agreement — Zoë Ødegård')
  })

  it('says when nobody sponsors it, and that per-session fees fall due after each session', async () => {
    const { engagement } = await clientWithEngagement(call, { fee: { amountMinor: 15000, currency: 'GBP', basis: 'per_session' }, plannedSessions: null })
    const text = squeezed(pdfText(await renderAgreement(practice.database.reader, { engagementId: engagement.id, today: TODAY }, FIXED)))
    for (const words of [
      'meet for sessions as needed',
      'The fee is £150.00 per session. Zoë Ødegård pays it: for each session held',
      'No organisation sponsors this engagement. No one outside the coaching relationship receives any report about it.',
      'A cancelled session is not billed; please give at least 24 hours’ notice.'
    ]) {
      expect(text).toContain(squeezed(words))
    }
    expect(text).not.toContain('Forthesponsor')
  })

  it('prints the coach’s own wording, with its headings, once saved in Settings', async () => {
    const engagement = await sponsoredPackage()
    const saved = await call.ok('agreement:setTemplate', { template: '## Our terms\n{client} works with {coach}; {sponsor} sees: {sponsor_reporting}' })
    expect(saved.isDefault).toBe(false)
    const text = squeezed(pdfText(await renderAgreement(practice.database.reader, { engagementId: engagement.id, today: TODAY }, FIXED)))
    expect(text).toContain(squeezed('Our terms'))
    expect(text).toContain(squeezed('Zoë Ødegård works with Jo Malik; Northwind Traders sees: What the sponsor will see: Progress only.'))
    expect(text).not.toContain(squeezed('Coaching is a partnership'))
  })

  it('is saved where the coach chooses, under the client’s name, and opened from the toast', async () => {
    const engagement = await sponsoredPackage()
    const result = await call.ok('agreement:export', { engagementId: engagement.id, today: TODAY })
    const path = join(practice.folder, 'Zoë Ødegård – Coaching agreement – 2026-03-01.pdf')
    expect(result).toEqual({ path })
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-')
    await call.ok('reports:open', { path })
    expect(practice.platform.opened).toEqual([path])
    practice.platform.answerNextSave(null)
    expect(await call.ok('agreement:export', { engagementId: engagement.id, today: TODAY })).toEqual({ cancelled: true })
  })
})

describe('the agreement’s wording in Settings', () => {
  it('starts as the default and goes back to it when reset', async () => {
    expect(await call.ok('agreement:getTemplate', {})).toEqual({ template: DEFAULT_AGREEMENT_TEMPLATE, isDefault: true })
    await call.ok('agreement:setTemplate', { template: 'Between {coach} and {client}.' })
    expect(await call.ok('agreement:getTemplate', {})).toEqual({ template: 'Between {coach} and {client}.', isDefault: false })
    expect(await call.ok('agreement:resetTemplate', {})).toEqual({ template: DEFAULT_AGREEMENT_TEMPLATE, isDefault: true })
  })

  it('refuses a placeholder it does not know, naming it, and keeps the wording saved before', async () => {
    await call.ok('agreement:setTemplate', { template: 'Between {coach} and {client}.' })
    const refused = await call.fail('agreement:setTemplate', { template: 'Between {coach} and {clinet}, for {fees} and {fees}.' })
    expect(refused.code).toBe('invalid_input')
    expect(refused.message).toBe(
      'Coachbook does not know the placeholders {clinet}, {fees}: use one of those listed below the wording, or write it out as text.'
    )
    expect((await call.ok('agreement:getTemplate', {})).template).toBe('Between {coach} and {client}.')
  })

  it('refuses an empty wording, and says to reset it instead', async () => {
    const refused = await call.fail('agreement:setTemplate', { template: '   ' })
    expect(refused.message).toBe('Write the agreement’s wording, or reset it to the default.')
  })
})
