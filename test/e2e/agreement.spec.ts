import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { attachAxeSummary, expectAccessible } from './axe'
import { test, expect } from './fixtures'
import { kindIds } from '../../electron/main/testing/calls'
import { goTo, pageCaller } from './practice'

test('the coach words the coaching agreement in Settings and exports it from the contract', async ({ app }) => {
  test.setTimeout(180_000)
  const { page } = app
  const call = pageCaller(page)
  const exportsDir = join(app.dataDir, 'exports')
  let engagementId = 0

  await test.step('a sponsored package whose sponsor sees a summary of shareable content', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
    await call.ok('reports:setBranding', { practiceName: 'Brightwater Coaching', coachName: 'Jo Malik' })
    await call.ok('preferences:setLocale', { locale: 'en-GB' })
    const kinds = await kindIds(call)
    const client = await call.ok('clients:create', { name: 'Zoë Ødegård' })
    const organisation = await call.ok('organisations:create', { name: 'Northwind Traders' })
    const engagement = await call.ok('engagements:create', {
      clientId: client.id,
      kindId: kinds['Executive coaching']!,
      status: 'active',
      title: 'Leading the merger',
      startDate: '2026-03-02',
      plannedSessions: 6,
      sponsorOrganisationId: organisation.id,
      sponsorReporting: 'summary',
      fee: { amountMinor: 360000, currency: 'EUR', basis: 'package' }
    })
    engagementId = engagement.id
    await call.ok('fees:update', { engagementId, payer: 'sponsor', lateCancellationBillable: false, lateCancellationNoticeHours: 24, instalments: [], today: '2026-03-02' })
  })

  const wording = page.getByRole('textbox', { name: 'Agreement wording' })

  await test.step('a placeholder Coachbook does not know is refused by name, and nothing is saved', async () => {
    await goTo(page, '/settings')
    await expect(page.getByRole('heading', { level: 2, name: 'Coaching agreement' })).toBeVisible()
    await expect(wording).toHaveValue(/^This agreement is made on \{date\} between \{coach\}/)
    await expect(page.getByRole('button', { name: 'Reset to default…' })).toBeDisabled()
    await wording.fill('## Our agreement\n{clinet} and {coach} agree.')
    await page.getByRole('button', { name: 'Save wording' }).click()
    await expect(wording).toHaveAccessibleDescription(/^Coachbook does not know the placeholder \{clinet\}/)
    await expectAccessible(page, 'Settings: the agreement’s wording refused')
  })

  await test.step('the coach’s own wording is saved', async () => {
    await wording.fill('## Our agreement\n{client} and {coach} agree to work together from {start_date}.\n\n## The sponsor\n{sponsor_reporting}')
    await page.getByRole('button', { name: 'Save wording' }).click()
    await expect(page.getByRole('alertdialog').filter({ hasText: 'Agreement wording saved' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Reset to default…' })).toBeEnabled()
    await expectAccessible(page, 'Settings: the agreement’s wording')
  })

  await test.step('exported from the contract, the agreement says what the sponsor will see', async () => {
    await goTo(page, `/engagements/${engagementId}`)
    await expect(page.getByRole('tab', { name: 'Contract', selected: true })).toBeVisible()
    const before = new Set(readdirSync(exportsDir))
    await page.getByRole('button', { name: 'Export agreement…' }).click()
    const saved = page.getByRole('alertdialog').filter({ hasText: 'PDF saved' })
    await expect(saved).toContainText('Zoë Ødegård – Coaching agreement –')
    await expectAccessible(page, 'Contract: the agreement exported')
    const file = readdirSync(exportsDir).find((name) => !before.has(name) && name.endsWith('.pdf'))
    // The file is named for the coach's day, wherever they are.
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'))
    expect(file).toBe(`Zoë Ødegård – Coaching agreement – ${today}.pdf`)
    const text = execFileSync('pdftotext', [join(exportsDir, file!), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    expect(text).toContain('Our agreement')
    expect(text).toContain('Zoë Ødegård and Jo Malik agree to work together from 2 Mar 2026.')
    expect(text).toContain('What the sponsor will see: Summary of shareable content.')
    expect(text).toMatch(/Page 1 of \d/)
    expect(text).not.toContain('Coaching is a partnership')
  })

  await test.step('reset to the default wording, after a confirmation', async () => {
    await goTo(page, '/settings')
    await page.getByRole('button', { name: 'Reset to default…' }).click()
    const confirm = page.getByRole('alertdialog', { name: 'Reset the agreement’s wording?' })
    await expectAccessible(page, 'Settings: resetting the agreement’s wording')
    await confirm.getByRole('button', { name: 'Reset to default' }).click()
    await expect(confirm).toBeHidden()
    await expect(wording).toHaveValue(/^This agreement is made on \{date\} between \{coach\}/)
  })
  await attachAxeSummary()
})
