import { expectAccessible } from './axe'
import { test, expect } from './fixtures'
import { goTo } from './practice'
import type { Page } from '@playwright/test'

async function addClient(page: Page, fields: { name: string; email?: string; organisation?: string; role?: string; tags?: string[] }) {
  await page.getByRole('button', { name: 'New client' }).click()
  await page.getByRole('textbox', { name: 'Name' }).fill(fields.name)
  if (fields.email) await page.getByRole('textbox', { name: 'Email' }).fill(fields.email)
  if (fields.organisation) await page.getByRole('textbox', { name: 'Organisation' }).fill(fields.organisation)
  if (fields.role) await page.getByRole('textbox', { name: 'Role' }).fill(fields.role)
  for (const tag of fields.tags ?? []) {
    await page.getByRole('textbox', { name: 'Add a tag' }).fill(tag)
    await page.getByRole('textbox', { name: 'Add a tag' }).press('Enter')
  }
  await page.getByRole('button', { name: 'Add client' }).click()
  await expect(page.getByRole('heading', { level: 2, name: fields.name })).toBeVisible()
}

const clientList = (page: Page) => page.getByRole('listbox', { name: 'Clients' })

test('a coach builds a client list from an empty practice, and it is all there the next day', async ({ app }) => {
  let page = app.page
  await page.getByRole('link', { name: 'Clients' }).click()
  await expect(page.getByText('Your practice is empty')).toBeVisible()

  await addClient(page, { name: 'Zoë Ødegård', email: 'zoe@nordlys.no', organisation: 'Nordlys AS', role: 'CFO', tags: ['executive'] })
  await addClient(page, { name: 'Ольга Петрова', organisation: 'Volga Systems', tags: ['mentoring'] })
  await addClient(page, { name: 'Tom Baker', email: 'tom@acme.test', organisation: 'Acme' })
  await expect(clientList(page).getByRole('option')).toHaveText([/Tom Baker/, /Zoë Ødegård/, /Ольга Петрова/])

  // Edit one: a bad email is refused next to the field and what was typed is kept.
  await clientList(page).getByRole('option', { name: /Tom Baker/ }).click()
  await page.getByRole('button', { name: 'Edit' }).click()
  await page.getByRole('textbox', { name: 'Role' }).fill('Head of Operations')
  await page.getByRole('textbox', { name: 'Email' }).fill('tom@acme')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('That email address does not look right')).toBeVisible()
  await expectAccessible(page, 'Edit client, with an email refused')
  await expect(page.getByRole('textbox', { name: 'Role' })).toHaveValue('Head of Operations')
  await page.getByRole('textbox', { name: 'Email' }).fill('tom@acme.test')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByRole('definition').filter({ hasText: 'Head of Operations' })).toBeVisible()

  // Filter as you type, without accents or case.
  await page.getByRole('searchbox', { name: 'Filter clients' }).fill('zoe')
  await expect(clientList(page).getByRole('option')).toHaveText([/Zoë Ødegård/])
  await page.getByRole('searchbox', { name: 'Filter clients' }).fill('mentoring')
  await expect(clientList(page).getByRole('option')).toHaveText([/Ольга Петрова/])
  await page.getByRole('searchbox', { name: 'Filter clients' }).fill('nobody like this')
  await expect(page.getByText('No clients match “nobody like this”')).toBeVisible()
  await page.getByRole('button', { name: 'Clear filter' }).click()

  // Archive one: it leaves the list and waits under Archived.
  await clientList(page).getByRole('option', { name: /Ольга Петрова/ }).click()
  await page.getByRole('button', { name: 'Archive' }).click()
  await expect(page.getByText('Ольга Петрова archived')).toBeVisible()
  await expect(clientList(page).getByRole('option')).toHaveText([/Tom Baker/, /Zoë Ødegård/])
  await page.getByRole('radio', { name: 'Archived' }).click()
  await expect(clientList(page).getByRole('option')).toHaveText([/Ольга Петрова/])
  await page.getByRole('radio', { name: 'Active' }).click()

  // Delete one, after confirming.
  await clientList(page).getByRole('option', { name: /Tom Baker/ }).click()
  await page.getByRole('button', { name: 'Delete…' }).click()
  const dialog = page.getByRole('alertdialog', { name: 'Delete Tom Baker permanently?' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Delete permanently' }).click()
  await expect(clientList(page).getByRole('option')).toHaveText([/Zoë Ødegård/])

  page = await app.restart()
  await page.getByRole('link', { name: 'Clients' }).click()
  await expect(clientList(page).getByRole('option')).toHaveText([/Zoë Ødegård/])
  await clientList(page).getByRole('option', { name: /Zoë Ødegård/ }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Zoë Ødegård' })).toBeVisible()
  await expect(page.getByRole('definition').filter({ hasText: 'zoe@nordlys.no' })).toBeVisible()
  await page.getByRole('radio', { name: 'Archived' }).click()
  await expect(clientList(page).getByRole('option')).toHaveText([/Ольга Петрова/])
})

test('the keyboard alone adds a client, and leaving a half-filled form asks first', async ({ app: { page } }) => {
  await goTo(page, '/clients')
  await expect(page.getByRole('button', { name: 'New client' })).toBeVisible()
  await page.keyboard.press('Control+n')
  await expect(page.getByRole('textbox', { name: 'Name' })).toBeFocused()
  await page.keyboard.type('李雷')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: '李雷' })).toBeVisible()

  await page.keyboard.press('Control+n')
  await expect(page.getByRole('textbox', { name: 'Name' })).toBeFocused()
  await page.keyboard.type('Half typed')
  await page.keyboard.press('Escape')
  const dialog = page.getByRole('alertdialog', { name: 'Discard unsaved changes?' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Keep editing' }).click()
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Half typed')
  await page.getByRole('button', { name: 'Cancel' }).click()
  await page.getByRole('alertdialog', { name: 'Discard unsaved changes?' }).getByRole('button', { name: 'Discard changes' }).click()
  await expect(clientList(page).getByRole('option')).toHaveText([/李雷/])

  // Undo an archive straight from its notification.
  await clientList(page).getByRole('option', { name: /李雷/ }).click()
  await page.getByRole('button', { name: 'Archive' }).click()
  await page.getByRole('alertdialog', { name: '李雷 archived' }).getByRole('button', { name: 'Undo' }).click()
  await expect(clientList(page).getByRole('option')).toHaveText([/李雷/])
})
