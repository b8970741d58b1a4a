import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ClientExport } from '../../shared/privacy'
import { tableCounts } from '../testing/clientRows'
import { freshPracticeEachTest } from '../testing/eachTest'
import { exportOf, previewAndImportAnswered } from '../testing/exportRecords'
import { richClient } from '../testing/richClient'

const practice = freshPracticeEachTest()
const { call } = practice

/** Writes a client export for the import dialog to answer with. */
function fileToImport(file: ClientExport): void {
  const path = join(practice.folder, 'client.json')
  writeFileSync(path, JSON.stringify(file))
  practice.platform.answerNextOpen(path)
}

describe('billing in the client export', () => {
  it('carries how each engagement is billed and which sessions were cancelled late, and brings them back', async () => {
    const { client, engagement } = await richClient(call)
    const sessions = (await call.ok('sessions:listForEngagement', { engagementId: engagement.id })).items
    const cancelled = sessions.at(-1)!
    await call.ok('sessions:setStatus', { id: cancelled.id, status: 'cancelled' })
    await call.ok('fees:setCancelledLate', { sessionId: cancelled.id, cancelledLate: true })
    const terms = {
      engagementId: engagement.id,
      payer: 'sponsor' as const,
      lateCancellationBillable: true,
      lateCancellationNoticeHours: 48,
      instalments: [{ dueOn: '2026-01-15', amountMinor: 100_000 }, { dueOn: '2026-04-15', amountMinor: 50_000 }],
      today: '2026-04-10'
    }
    const before = await call.ok('fees:update', terms)
    const { file: json, page: html } = await exportOf(call, client.id)
    const [billed] = json.engagements.filter((each) => each.billing !== null)
    expect(billed!.billing).toEqual({
      payer: 'sponsor',
      lateCancellationBillable: true,
      lateCancellationNoticeHours: 48,
      updatedAt: expect.stringMatching(/^2\d{3}-/),
      instalments: [{ dueOn: '2026-01-15', amountMinor: 100_000 }, { dueOn: '2026-04-15', amountMinor: 50_000 }]
    })
    expect(billed!.sessions.filter((session) => session.cancelledLate)).toHaveLength(1)
    expect(html).toContain('<dt>Late cancellations</dt><dd>Billed with less than 48 hours’ notice</dd>')
    expect(html).toContain('<dt>Instalments</dt><dd>2026-01-15: 1000.00 EUR; 2026-04-15: 500.00 EUR</dd>')
    expect(html).toContain('<dt>Cancelled late</dt><dd>yes</dd>')

    await call.ok('privacy:eraseClient', { clientId: client.id, confirmName: client.name })
    expect(tableCounts(practice.database.sqlite)).toMatchObject({ engagement_billing: 0, fee_instalments: 0, late_cancellations: 0 })
    // The log keeps their tombstones and forgets every value they held.
    const logged = "SELECT count(*) FROM change_log WHERE table_name IN ('engagement_billing', 'fee_instalments', 'late_cancellations') AND value IS NOT NULL"
    expect(practice.database.sqlite.prepare(logged).pluck().get()).toBe(0)
    fileToImport(json)
    await previewAndImportAnswered(call)
    const { items } = await call.ok('engagements:listForClient', { clientId: (await call.ok('clients:list', {})).items[0]!.id })
    const restored = await call.ok('fees:get', { engagementId: items.find((each) => each.title === engagement.title)!.id, today: '2026-04-10' })
    const { engagementId: _before, lateCancelledSessionIds: lateBefore, sponsor: _sponsorBefore, instalments: instalmentsBefore, ...termsBefore } = before
    const { engagementId: _after, lateCancelledSessionIds: lateAfter, sponsor: _sponsorAfter, instalments: instalmentsAfter, ...termsAfter } = restored
    expect(termsAfter).toEqual(termsBefore)
    expect(instalmentsAfter.map(({ dueOn, amountMinor }) => [dueOn, amountMinor])).toEqual(instalmentsBefore.map(({ dueOn, amountMinor }) => [dueOn, amountMinor]))
    expect(lateAfter).toHaveLength(lateBefore.length)
  })

  it('refuses a file that marks a session cancelled late that was not cancelled', async () => {
    const { client } = await richClient(call)
    const { file: json } = await exportOf(call, client.id)
    await call.ok('privacy:eraseClient', { clientId: client.id, confirmName: client.name })
    const file = JSON.parse(JSON.stringify(json)) as ClientExport
    const held = file.engagements[0]!.sessions.findIndex((session) => session.status === 'held')
    file.engagements[0]!.sessions[held]!.cancelledLate = true
    fileToImport(file)
    expect((await call.fail('privacy:previewImport', {})).message).toMatch(new RegExp(`damaged.*engagements\\.0\\.sessions\\.${held}\\.cancelledLate`))
  })

  it('carries a monthly retainer, says so in the readable copy, and brings it back; a basis it does not know is refused', async () => {
    const { client, engagement } = await richClient(call)
    const contract = await call.ok('engagements:get', { id: engagement.id })
    await call.ok('engagements:update', {
      id: engagement.id,
      kindId: contract.kind.id,
      title: contract.title,
      sponsorOrganisationId: contract.sponsorOrganisation?.id ?? null,
      sponsorContactId: contract.sponsorContact?.id ?? null,
      startDate: contract.startDate,
      fee: { amountMinor: 90_000, currency: 'EUR', basis: 'monthly_retainer' }
    })
    const { file: json, page: html } = await exportOf(call, client.id)
    expect(json.formatVersion).toBe(7)
    expect(json.engagements.find((each) => each.title === engagement.title)!.fee).toEqual({ amountMinor: 90_000, currency: 'EUR', basis: 'monthly_retainer' })
    expect(html).toContain('900.00 EUR, monthly retainer')

    await call.ok('privacy:eraseClient', { clientId: client.id, confirmName: client.name })
    const unknown = JSON.parse(JSON.stringify(json)) as ClientExport
    Object.assign(unknown.engagements[0]!.fee!, { basis: 'yearly' })
    fileToImport(unknown)
    expect((await call.fail('privacy:previewImport', {})).message).toMatch(/Choose whether the fee is per session, for a package or a monthly retainer/)

    fileToImport(json)
    await previewAndImportAnswered(call)
    const { items } = await call.ok('engagements:listForClient', { clientId: (await call.ok('clients:list', {})).items[0]!.id })
    const restored = await call.ok('engagements:get', { id: items.find((each) => each.title === engagement.title)!.id })
    expect(restored.fee).toEqual({ amountMinor: 90_000, currency: 'EUR', basis: 'monthly_retainer' })
  })
})
