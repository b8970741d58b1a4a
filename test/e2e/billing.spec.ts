import { attachAxeSummary, expectAccessible } from './axe'
import { test, expect } from './fixtures'
import { choose, setChecked, shownEuros, typeDate, typedAmount } from './helpers'
import { kindIds } from '../../electron/main/testing/calls'
import { goTo, pageCaller } from './practice'
import { sameDateMonthsLater } from '../../electron/shared/sessionSeries'

test('a package fee typed in the coach’s locale, billed in instalments, with a late cancellation counted against it', async ({ app }) => {
  test.setTimeout(180_000)
  const { page } = app
  const call = pageCaller(page)
  let engagementId = 0
  let cancelledId = 0

  await test.step('an engagement of four sessions, two held and one cancelled', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
    const kinds = await kindIds(call)
    const client = await call.ok('clients:create', { name: 'Zoë Ødegård' })
    const engagement = await call.ok('engagements:create', {
      clientId: client.id,
      kindId: kinds['Executive coaching']!,
      status: 'active',
      title: 'Leading the merger',
      startDate: '2026-03-01',
      plannedSessions: 4
    })
    engagementId = engagement.id
    // At noon UTC, each session falls on the same day in London, New York and Kolkata.
    for (const [day, status] of [['03', 'held'], ['10', 'held'], ['17', 'cancelled']] as const) {
      const session = await call.ok('sessions:create', { engagementId, startsAt: `2026-03-${day}T12:00:00Z`, durationMinutes: 60, status })
      if (status === 'cancelled') cancelledId = session.id
    }
  })

  await test.step('the package fee, typed as the coach writes numbers', async () => {
    await goTo(page, `/engagements/${engagementId}/edit`)
    const form = page.getByRole('main')
    await choose(page, 'Fee', 'Package', form)
    const amount = page.getByRole('textbox', { name: 'Amount' })
    // More decimals than euros have is refused, not rounded away.
    await amount.fill(await page.evaluate(() => new Intl.NumberFormat(undefined, { minimumFractionDigits: 3 }).format(1200.005)))
    await page.getByRole('button', { name: /Currency$/ }).click()
    await page.keyboard.type('euro')
    await page.getByRole('option', { name: /^EUR/ }).click()
    await page.getByRole('button', { name: 'Save contract' }).click()
    await expect(amount).toHaveAccessibleDescription(/^EUR has 2 digits after the decimal point/)
    await amount.fill(await typedAmount(page, '1200.00'))
    await page.getByRole('button', { name: 'Save contract' }).click()
    await expect(page.getByRole('tab', { name: 'Contract', selected: true })).toBeVisible()
    await expect(page.getByText(`${await shownEuros(page, '1200.00')} for the package`)).toBeVisible()
  })

  await test.step('billed in two instalments, late cancellations billed with 48 hours’ notice', async () => {
    await page.getByRole('button', { name: 'Edit billing…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Billing' })
    await setChecked(dialog, 'Bill late cancellations', true)
    await dialog.getByRole('textbox', { name: 'Notice that is not late (hours)' }).fill('48')
    await dialog.getByRole('button', { name: 'Add instalment' }).click()
    await dialog.getByRole('button', { name: 'Add instalment' }).click()
    await typeDate(dialog, 'Due date 1', '2026-03-01')
    await typeDate(dialog, 'Due date 2', '2099-06-01')
    await dialog.getByRole('textbox', { name: 'Amount 1 (EUR)' }).fill(await typedAmount(page, '700.00'))
    await dialog.getByRole('textbox', { name: 'Amount 2 (EUR)' }).fill(await typedAmount(page, '600.00'))
    await expect(dialog.getByRole('status')).toHaveText(`Adds up to ${await shownEuros(page, '1300.00')} of ${await shownEuros(page, '1200.00')}.`)
    await expectAccessible(page, 'Billing dialog')
    await dialog.getByRole('button', { name: 'Save billing' }).click()
    await expect(dialog.getByRole('alert')).toHaveText("The instalments add up to more than the package's fee: make them add up to it exactly.")
    await dialog.getByRole('textbox', { name: 'Amount 1 (EUR)' }).fill(await typedAmount(page, '600.00'))
    await dialog.getByRole('button', { name: 'Save billing' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByText('Billed when cancelled with less than 48 hours’ notice')).toBeVisible()
  })

  await test.step('the cancelled session marked cancelled late', async () => {
    await goTo(page, `/engagements/${engagementId}/sessions/${cancelledId}`)
    await setChecked(page, 'Cancelled late (with less than 48 hours’ notice)', true)
    await expect(page.getByText('The contract bills a late cancellation as a session.')).toBeVisible()
    await expectAccessible(page, 'A session cancelled late')
  })

  await test.step('the package’s use at a glance', async () => {
    await page.getByRole('tab', { name: 'Contract' }).click()
    const glance = page.getByLabel('Use of the fee')
    // 2 held + 1 late of 4 sessions of €1,200.00: €900.00 used, €300.00 left; the first instalment (€600.00) due.
    await expect(glance).toContainText('3 of 4')
    await expect(glance).toContainText('2 held sessions and 1 late cancellation')
    await expect(glance).toContainText(`Value used${await shownEuros(page, '900.00')}`)
    await expect(glance).toContainText(`Value remaining${await shownEuros(page, '300.00')}`)
    await expect(glance).toContainText(`Due so far${await shownEuros(page, '600.00')}`)
    await expectAccessible(page, 'Contract with billing')
  })

  await attachAxeSummary()
})

test('a monthly retainer chosen in the contract, due for each month begun since the start', async ({ app }) => {
  test.setTimeout(120_000)
  const { page } = app
  const call = pageCaller(page)
  let engagementId = 0

  await test.step('an engagement begun two months ago, on the coach’s day', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'))
    const kinds = await kindIds(call)
    const client = await call.ok('clients:create', { name: 'Tom Baker' })
    const engagement = await call.ok('engagements:create', {
      clientId: client.id,
      kindId: kinds['Leadership coaching']!,
      status: 'active',
      title: 'Board retainer',
      startDate: sameDateMonthsLater(today, -2)
    })
    engagementId = engagement.id
  })

  await test.step('the retainer typed in the contracting form', async () => {
    await goTo(page, `/engagements/${engagementId}/edit`)
    await choose(page, 'Fee', 'Monthly retainer', page.getByRole('main'))
    const amount = page.getByRole('textbox', { name: 'Amount' })
    await expect(amount).toHaveAccessibleDescription('For each month, from the start date.')
    await amount.fill(await typedAmount(page, '900.00'))
    await page.getByRole('button', { name: /Currency$/ }).click()
    await page.keyboard.type('euro')
    await page.getByRole('option', { name: /^EUR/ }).click()
    await expectAccessible(page, 'Contracting form with a retainer')
    await page.getByRole('button', { name: 'Save contract' }).click()
    await expect(page.getByRole('tab', { name: 'Contract', selected: true })).toBeVisible()
    await expect(page.getByText(`${await shownEuros(page, '900.00')} a month (retainer)`)).toBeVisible()
  })

  await test.step('three months begun, each due: that month, last month and this one', async () => {
    const glance = page.getByLabel('Use of the fee')
    await expect(glance).toContainText('Months begun3')
    await expect(glance).toContainText(`Due so far${await shownEuros(page, '2700.00')}`)
    await expect(page.getByText('None: the retainer is paid month by month')).toBeVisible()
    await expectAccessible(page, 'Contract with a retainer')
  })

  await attachAxeSummary()
})
