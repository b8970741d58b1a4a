import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { attachAxeSummary, expectAccessible } from './axe'
import { test, expect } from './fixtures'
import { choose, shownEuros, typedAmount } from './helpers'
import { kindIds } from '../../electron/main/testing/calls'
import { goTo, pageCaller } from './practice'

test('a package fee set, sessions held, invoiced as PDF, paid in two parts, one invoice voided, the income seen, the agreement exported', async ({ app }) => {
  test.setTimeout(300_000)
  const { page } = app
  const call = pageCaller(page)
  const exportsDir = join(app.dataDir, 'exports')
  let engagementId = 0
  // The coach's day, not UTC's: the issue date, and so the year in the number.
  const year = (await page.evaluate(() => new Date().toLocaleDateString('sv-SE'))).slice(0, 4)
  const first = `A-${year}-0001`
  const table = page.getByRole('table', { name: 'Invoices of this engagement' })

  await test.step('an engagement of four sessions, one held in March', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
    const kinds = await kindIds(call)
    const client = await call.ok('clients:create', { name: 'Zoë Ødegård', email: 'zoe@example.com' })
    const engagement = await call.ok('engagements:create', {
      clientId: client.id,
      kindId: kinds['Executive coaching']!,
      status: 'active',
      title: 'Leading the merger',
      startDate: '2026-03-01',
      plannedSessions: 4
    })
    engagementId = engagement.id
    // At noon UTC, the session falls on the same day in London, New York and Kolkata.
    await call.ok('sessions:create', { engagementId, startsAt: '2026-03-03T12:00:00Z', durationMinutes: 60, status: 'held' })
  })

  await test.step('the coach sets a package fee of 1,200.00 EUR on the contract', async () => {
    await goTo(page, `/engagements/${engagementId}/edit`)
    await choose(page, 'Fee', 'Package', page.getByRole('main'))
    await page.getByRole('textbox', { name: 'Amount' }).fill(await typedAmount(page, '1200.00'))
    await page.getByRole('button', { name: /Currency$/ }).click()
    await page.keyboard.type('euro')
    await page.getByRole('option', { name: /^EUR/ }).click()
    await page.getByRole('button', { name: 'Save contract' }).click()
    await expect(page.getByRole('tab', { name: 'Contract', selected: true })).toBeVisible()
    await expect(page.getByText(`${await shownEuros(page, '1200.00')} for the package`)).toBeVisible()
  })

  await test.step('holds today’s session, recorded as it happens: two of the package’s four used', async () => {
    await page.getByRole('tab', { name: 'Sessions' }).click()
    await page.getByRole('button', { name: 'Record session' }).click()
    await page.getByRole('dialog', { name: 'Record a session' }).getByRole('button', { name: 'Add session' }).click()
    await expect(page.getByRole('textbox', { name: 'Notes and insights' })).toBeVisible()
    await goTo(page, `/engagements/${engagementId}`)
    await expect(page.getByLabel('Use of the fee')).toContainText('2 of 4')
  })

  await test.step('this computer’s series and the payment details, in Settings', async () => {
    await goTo(page, '/settings')
    await page.getByRole('textbox', { name: 'This computer’s invoice series' }).fill('a')
    await page.getByRole('button', { name: 'Save series' }).click()
    await expect(page.getByRole('textbox', { name: 'This computer’s invoice series' })).toHaveValue('A')
    const payment = page.getByRole('form', { name: 'Payment details on invoices' })
    await payment.getByRole('textbox', { name: 'Payment terms' }).fill('Payment within 30 days of the invoice date.')
    await payment.getByRole('textbox', { name: 'Bank details or payment link' }).fill('IBAN DE02 1203 0000 0000 2020 51')
    await payment.getByRole('button', { name: 'Save payment details' }).click()
    await expect(page.getByText('Payment details saved')).toBeVisible()
  })

  await test.step('a new invoice from the package due, with 20 % tax', async () => {
    await goTo(page, `/engagements/${engagementId}`)
    await page.getByRole('button', { name: 'New invoice…' }).click()
    const dialog = page.getByRole('dialog', { name: 'New invoice' })
    await expect(dialog.getByRole('textbox', { name: 'Description 1' })).toHaveValue('Coaching package: Leading the merger')
    await expect(dialog.getByRole('textbox', { name: 'Unit amount 1 (EUR)' })).toHaveValue(await typedAmount(page, '1200.00'))
    await dialog.getByRole('textbox', { name: 'Tax rate 1 (%)' }).fill('20')
    await expect(dialog.getByRole('status')).toContainText(await shownEuros(page, '1440.00'))
    await expectAccessible(page, 'New invoice dialog')
    await dialog.getByRole('button', { name: 'Save draft' }).click()
    await expect(dialog).toBeHidden()
    await expect(table.getByRole('rowheader', { name: 'Draft' })).toBeVisible()
  })

  await test.step('issued after saying it cannot be undone', async () => {
    await table.getByRole('button', { name: /^Issue draft/ }).click()
    const dialog = page.getByRole('dialog', { name: 'Issue this invoice?' })
    await expect(dialog).toContainText('Undo cannot take this back')
    await expectAccessible(page, 'Issue dialog')
    await dialog.getByRole('button', { name: 'Issue invoice' }).click()
    await expect(dialog).toBeHidden()
    await expect(table.getByRole('rowheader', { name: first })).toBeVisible()
  })

  await test.step('its PDF, read back as text', async () => {
    const before = new Set(readdirSync(exportsDir))
    await table.getByRole('button', { name: `Save PDF of ${first}` }).click()
    const found = () => readdirSync(exportsDir).find((name) => !before.has(name) && name.endsWith('.pdf'))
    await expect.poll(found, { message: 'a new PDF in the exports folder' }).toBeTruthy()
    const text = execFileSync('pdftotext', ['-layout', join(exportsDir, found()!), '-'], { encoding: 'utf8' })
    expect(text).toContain(`Invoice ${first}`)
    expect(text).toContain('Zoë Ødegård')
    expect(text).toContain('Coaching package: Leading the merger')
    expect(text).toContain('Payment within 30 days of the invoice date.')
    expect(text).toContain('IBAN DE02 1203 0000 0000 2020 51')
    expect(text).toContain('Page 1 of 1')
    expect(text.replace(/\s+/g, ' ')).toMatch(/Total \(EUR\) \S*1.440.00/)
  })

  await test.step('paid in part, then in full', async () => {
    await table.getByRole('button', { name: `Record payment of ${first}` }).click()
    const partly = page.getByRole('dialog', { name: `Record a payment of ${first}` })
    await partly.getByRole('textbox', { name: 'Amount paid (EUR)' }).fill(await typedAmount(page, '400.00'))
    await expectAccessible(page, 'Payment dialog')
    await partly.getByRole('button', { name: 'Record payment' }).click()
    await expect(partly).toBeHidden()
    await expect(table.getByRole('row', { name: new RegExp(first) })).toContainText('Partly paid')
    await expect(table.getByRole('row', { name: new RegExp(first) })).toContainText(await shownEuros(page, '1040.00'))

    await table.getByRole('button', { name: `Record payment of ${first}` }).click()
    const rest = page.getByRole('dialog', { name: `Record a payment of ${first}` })
    await expect(rest.getByRole('textbox', { name: 'Amount paid (EUR)' })).toHaveValue(await typedAmount(page, '1040.00'))
    await rest.getByRole('button', { name: 'Record payment' }).click()
    await expect(rest).toBeHidden()
    await expect(table.getByRole('row', { name: new RegExp(first) })).toContainText('Paid')
  })

  await test.step('an expense invoiced by mistake, voided with a credit note', async () => {
    await page.getByRole('button', { name: 'New invoice…' }).click()
    const dialog = page.getByRole('dialog', { name: 'New invoice' })
    await expect(dialog.getByText('Nothing is due to invoice yet.')).toBeVisible()
    await dialog.getByRole('button', { name: 'Add line' }).click()
    await dialog.getByRole('textbox', { name: 'Description 1' }).fill('Workbook')
    await dialog.getByRole('textbox', { name: 'Unit amount 1 (EUR)' }).fill(await typedAmount(page, '50.00'))
    await dialog.getByRole('button', { name: 'Save draft' }).click()
    await expect(dialog).toBeHidden()
    await table.getByRole('button', { name: /^Issue draft/ }).click()
    await page.getByRole('dialog', { name: 'Issue this invoice?' }).getByRole('button', { name: 'Issue invoice' }).click()
    const second = `A-${year}-0002`
    await expect(table.getByRole('rowheader', { name: second })).toBeVisible()

    await table.getByRole('button', { name: `Void ${second}` }).click()
    const voiding = page.getByRole('dialog', { name: `Void ${second}?` })
    await expect(voiding).toContainText('Undo cannot take this back')
    await expectAccessible(page, 'Void dialog')
    await voiding.getByRole('button', { name: 'Void with a credit note' }).click()
    await expect(voiding).toBeHidden()
    await expect(table.getByRole('rowheader', { name: `Credit note A-${year}-0003 Voids ${second}` })).toBeVisible()
    await expect(table.getByRole('row', { name: new RegExp(`^${second}`) })).toContainText('Void')
    await expectAccessible(page, 'Contract with invoices')
  })

  await test.step('the income overview from the palette: invoiced, paid and outstanding, and its CSV for the accountant', async () => {
    await page.keyboard.press('Control+k')
    await page.getByRole('combobox', { name: 'Search your practice' }).fill('income')
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option', { name: /Go to income/ }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Income' })).toBeVisible()
    // 1,440.00 + 50.00 − 50.00 (the credit note) invoiced; 400.00 + 1,040.00 paid; nothing outstanding.
    const [all, none] = [await shownEuros(page, '1440.00'), await shownEuros(page, '0.00')]
    const cells = (table: string, row: RegExp) => page.getByRole('table', { name: table }).getByRole('row', { name: row }).getByRole('cell')
    await expect(cells(`Income in ${year}`, /EUR/)).toHaveText([all, all, none])
    await expect(cells(`Income by client in ${year}`, /Zoë Ødegård/)).toHaveText(['EUR', all, all, none])
    await expect(cells(`Income by sponsor in ${year}`, /No sponsor/)).toHaveText(['EUR', all, all, none])
    await expect(page.getByRole('table', { name: `Income by month in ${year}, EUR` }).getByRole('row')).toHaveCount(2)
    await expectAccessible(page, 'Income overview')

    const before = new Set(readdirSync(exportsDir))
    await page.getByRole('button', { name: 'Export CSV…' }).click()
    await expect(page.getByText('CSV saved')).toBeVisible()
    const found = () => readdirSync(exportsDir).find((name) => !before.has(name) && name.endsWith('.csv'))
    await expect.poll(found, { message: 'a new CSV in the exports folder' }).toBeTruthy()
    const rows = readFileSync(join(exportsDir, found()!), 'utf8').split('\r\n')
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'))
    expect(rows[0]).toBe('\uFEFFDate,Type,Number,Voids invoice,Due date,Bill to,Client,Sponsor,Currency,Net,Tax,Total,Paid,Payment method')
    expect(rows.filter((row) => row.startsWith(`${today},`)).map((row) => row.split(',').slice(1, 4).concat(row.split(',').slice(8, 13)))).toEqual([
      ['Invoice', first, '', 'EUR', '1200.00', '240.00', '1440.00', ''],
      ['Invoice', `A-${year}-0002`, '', 'EUR', '50.00', '0.00', '50.00', ''],
      ['Credit note', `A-${year}-0003`, `A-${year}-0002`, 'EUR', '-50.00', '0.00', '-50.00', ''],
      ['Payment', first, '', 'EUR', '', '', '', '400.00'],
      ['Payment', first, '', 'EUR', '', '', '', '1040.00']
    ])
  })

  await test.step('the coaching agreement exported from the contract, with the package fee', async () => {
    await goTo(page, `/engagements/${engagementId}`)
    await expect(page.getByRole('tab', { name: 'Contract', selected: true })).toBeVisible()
    const before = new Set(readdirSync(exportsDir))
    await page.getByRole('button', { name: 'Export agreement…' }).click()
    await expect(page.getByRole('alertdialog').filter({ hasText: 'PDF saved' })).toBeVisible()
    const found = () => readdirSync(exportsDir).find((name) => !before.has(name) && name.endsWith('.pdf'))
    await expect.poll(found, { message: 'the agreement in the exports folder' }).toBeTruthy()
    const text = execFileSync('pdftotext', [join(exportsDir, found()!), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    expect(text).toContain('Zoë Ødegård')
    expect(text).toContain('Leading the merger')
    // In the practice's locale, whichever it is.
    expect(text).toMatch(/1[,.\u00a0\u202f]?200[.,]00/)
  })

  await attachAxeSummary()
})
