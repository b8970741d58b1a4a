import { attachAxeSummary, expectAccessible } from './axe'
import { expect, test } from './fixtures'
import { choose } from './helpers'

const PRIVATE_NOTE = 'Privately: unsure she wants the CEO role at all'

test('a client’s and an engagement’s history say what changed when, the notes on demand', async ({ app }) => {
  test.setTimeout(120_000)
  const page = app.page

  await test.step('a client is added, then given a new role and a private note', async () => {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Clients' }).click()
    await page.getByRole('button', { name: 'New client' }).click()
    await page.getByRole('textbox', { name: 'Name' }).fill('Zoë Ødegård')
    await page.getByRole('textbox', { name: 'Role' }).fill('CFO')
    await page.getByRole('button', { name: 'Add client' }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Zoë Ødegård' })).toBeVisible()

    await page.getByRole('button', { name: 'Edit', exact: true }).click()
    await page.getByRole('textbox', { name: 'Role' }).fill('CEO')
    await page.getByRole('textbox', { name: 'Notes' }).fill(PRIVATE_NOTE)
    await page.getByRole('button', { name: 'Save changes' }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Zoë Ødegård' })).toBeVisible()
  })

  await test.step('the client’s history, newest first, keeps the note closed until asked for', async () => {
    const trigger = page.getByRole('button', { name: 'History' })
    await expect(trigger).toHaveAttribute('aria-expanded', 'false')
    await trigger.focus()
    await page.keyboard.press('Enter')
    const history = page.getByRole('list', { name: 'History of this client' })
    const writes = history.locator(':scope > li')
    await expect(writes).toHaveCount(2)
    await expect(writes.nth(0).getByRole('listitem')).toHaveText(['Role “CFO” → “CEO”', /^Notes written/])
    await expect(writes.nth(1).getByRole('listitem')).toHaveText(['Added'])
    await expect(page.getByText(PRIVATE_NOTE)).toHaveCount(1)

    await history.getByRole('button', { name: 'Show the text' }).click()
    await expect(history.getByText(PRIVATE_NOTE)).toBeVisible()
    await expect(history.getByText('Private to you: in no report, summary or export.')).toBeVisible()
    await expectAccessible(page, 'client history')
  })

  await test.step('an engagement is completed, and its history says so in the status’s words', async () => {
    await page.getByRole('button', { name: 'New engagement' }).click()
    await choose(page, 'Kind', 'Executive coaching')
    await page.getByRole('textbox', { name: 'Title' }).fill('Leading the merger')
    await choose(page, 'Status', 'Active')
    await page.getByRole('button', { name: 'Create engagement' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Leading the merger' })).toBeVisible()

    await page.getByRole('button', { name: 'History' }).click()
    const history = page.getByRole('list', { name: 'History of this engagement' })
    await expect(history.locator(':scope > li')).toHaveCount(1)
    await expect(history.getByRole('listitem').last()).toHaveText('Added')

    await page.getByRole('button', { name: 'Change status ▾' }).click()
    await page.getByRole('menuitem', { name: 'Mark completed' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Set to completed' }).click()
    await expect(page.getByRole('dialog')).toHaveCount(0)

    await expect(history.locator(':scope > li')).toHaveCount(2)
    await expect(history.locator(':scope > li').first().getByRole('listitem')).toHaveText(['Status Active → Completed'])
    await expectAccessible(page, 'engagement history')
  })

  await attachAxeSummary()
})
