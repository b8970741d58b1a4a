import type { Page } from '@playwright/test'
import { expectAccessible } from './axe'
import { expect, test } from './fixtures'

const clientList = (page: Page) => page.getByRole('listbox', { name: 'Clients' })

async function enabledIn(app: { menu: { items(): Promise<{ menu: string; item: string; enabled: boolean }[]> } }, menu: string, item: string) {
  const found = (await app.menu.items()).find((entry) => entry.menu === menu && entry.item === item)
  return found?.enabled
}

test('the application menu runs the window’s commands, enabled by what is on show', async ({ app }) => {
  const { page } = app
  // The app opens on Today: the commands below are the client list's.
  await page.getByRole('link', { name: 'Clients' }).click()
  await expect(page.getByText('Your practice is empty')).toBeVisible()
  // Nothing selected: a new client can be added, but there is no client to export or contract.
  await expect.poll(() => enabledIn(app, 'File', 'New client')).toBe(true)
  expect(await enabledIn(app, 'File', 'Export client data…')).toBe(false)
  expect(await enabledIn(app, 'File', 'New engagement')).toBe(false)

  await app.menu.choose('File', 'New client')
  await page.getByRole('textbox', { name: 'Name' }).fill('Zoë Ødegård')
  await page.getByRole('button', { name: 'Add client' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Zoë Ødegård' })).toBeVisible()
  // A client on show: the client's commands come on in the menu.
  await expect.poll(() => enabledIn(app, 'File', 'Export client data…')).toBe(true)
  expect(await enabledIn(app, 'File', 'New engagement')).toBe(true)

  await app.menu.choose('File', 'New engagement')
  await expect(page.getByRole('heading', { name: /New engagement/ })).toBeVisible()
  await page.keyboard.press('Escape')

  await app.menu.choose('View', 'Sponsors')
  await expect(page.getByRole('heading', { level: 1, name: 'Sponsors' })).toBeVisible()
  await expect.poll(() => enabledIn(app, 'File', 'Export client data…')).toBe(false)

  await app.menu.choose('Help', 'Keyboard shortcuts')
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(shortcuts.getByRole('row', { name: /New client Ctrl\+N/ })).toBeVisible()
  await expectAccessible(page, 'Keyboard shortcuts')
  await page.keyboard.press('Escape')
  await expect(shortcuts).toHaveCount(0)

  await app.menu.choose('View', 'Search…')
  await expect(page.getByRole('dialog', { name: 'Search' })).toBeVisible()
})

test('the palette lists every command with its shortcut and runs the one chosen', async ({ app }) => {
  const { page } = app
  await page.keyboard.press('Control+k')
  const results = page.getByRole('listbox', { name: 'Search results' })
  await expect(results.getByRole('option', { name: /New client/ })).toContainText('Ctrl+N')
  // Commands the screen on show cannot run are listed, greyed out.
  await expect(results.getByRole('option', { name: /Export client data/ })).toHaveAttribute('aria-disabled', 'true')
  await expectAccessible(page, 'Search palette, every command')

  await page.getByRole('combobox', { name: 'Search your practice' }).fill('sponsors')
  await expect(results.getByRole('option')).toHaveText([/Go to sponsors/])
  await results.getByRole('option', { name: /Go to sponsors/ }).click()
  await expect(page.getByRole('dialog', { name: 'Search' })).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 1, name: 'Sponsors' })).toBeVisible()

  // Ctrl+N is a new sponsor among the sponsors, a new client elsewhere.
  await page.keyboard.press('Control+n')
  await expect(page.getByRole('dialog', { name: /sponsor|organisation/i })).toBeVisible()
  await page.keyboard.press('Escape')
  await page.keyboard.press('Control+1')
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible()
  await page.keyboard.press('Control+n')
  await expect(page.getByRole('textbox', { name: 'Name' })).toBeFocused()
})

test('a client row’s context menu runs the client’s commands, by mouse and by keyboard', async ({ app }) => {
  const { page } = app
  await page.getByRole('link', { name: 'Clients' }).click()
  await expect(page.getByText('Your practice is empty')).toBeVisible()
  for (const name of ['Tom Baker', 'Zoë Ødegård']) {
    await page.getByRole('button', { name: 'New client' }).click()
    await page.getByRole('textbox', { name: 'Name' }).fill(name)
    await page.getByRole('button', { name: 'Add client' }).click()
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible()
  }

  await clientList(page).getByRole('option', { name: /Tom Baker/ }).click({ button: 'right' })
  const menu = page.getByRole('menu', { name: 'Tom Baker: actions' })
  await expect(menu.getByRole('menuitem')).toHaveText([/^Open/, /^Edit\s*Ctrl\+E/, /^New engagement/, /^Archive client/, /^Export client data…/, /^Delete client…/])
  await expectAccessible(page, 'Client row context menu')
  await menu.getByRole('menuitem', { name: /Archive client/ }).click()
  await expect(page.getByText('Tom Baker archived')).toBeVisible()
  await expect(clientList(page).getByRole('option')).toHaveText([/Zoë Ødegård/])

  // From the keyboard: the focused row's menu opens under it with Shift+F10.
  await clientList(page).getByRole('option', { name: /Zoë Ødegård/ }).focus()
  await page.keyboard.press('Shift+F10')
  const zoesMenu = page.getByRole('menu', { name: 'Zoë Ødegård: actions' })
  await expect(zoesMenu.getByRole('menuitem').first()).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(zoesMenu).toHaveCount(0)

  // The row is focused again before the next Shift+F10: where focus lands as the menu closes is React Aria's.
  await clientList(page).getByRole('option', { name: /Zoë Ødegård/ }).focus()
  await page.keyboard.press('Shift+F10')
  await zoesMenu.getByRole('menuitem', { name: /Delete client/ }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Delete Zoë Ødegård permanently?' })
  await expectAccessible(page, 'Delete client, asked from the row menu')
  await confirm.getByRole('button', { name: 'Delete permanently' }).click()
  await expect(page.getByText('Your practice is empty')).toBeVisible()
})

test('a sponsor row’s context menu edits and deletes the sponsor, as its page does', async ({ app }) => {
  const { page } = app
  await page.getByRole('link', { name: 'Sponsors' }).click()
  await page.getByRole('button', { name: /New organisation|Add the first organisation/ }).first().click()
  await page.getByRole('dialog').getByRole('textbox', { name: 'Name' }).fill('Nordlys AS')
  await page.getByRole('dialog').getByRole('button', { name: 'Add organisation' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Nordlys AS' })).toBeVisible()

  const sponsors = page.getByRole('listbox', { name: 'Organisations' })
  await sponsors.getByRole('option', { name: /Nordlys AS/ }).click({ button: 'right' })
  const menu = page.getByRole('menu', { name: 'Nordlys AS: actions' })
  await expect(menu.getByRole('menuitem')).toHaveText([/^Open/, /^Edit\s*Ctrl\+E/, /^Delete sponsor…/])
  await expectAccessible(page, 'Sponsor row context menu')
  await menu.getByRole('menuitem', { name: /Edit/ }).click()
  const editor = page.getByRole('dialog')
  await editor.getByRole('textbox', { name: 'Name' }).fill('Nordlys ASA')
  await editor.getByRole('textbox', { name: 'Name' }).press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: 'Nordlys ASA' })).toBeVisible()

  await sponsors.getByRole('option', { name: /Nordlys ASA/ }).click({ button: 'right' })
  await page.getByRole('menu', { name: 'Nordlys ASA: actions' }).getByRole('menuitem', { name: /Delete sponsor/ }).click()
  await page.getByRole('alertdialog', { name: 'Delete Nordlys ASA?' }).getByRole('button', { name: 'Delete organisation' }).click()
  await expect(page.getByText('No sponsors yet')).toBeVisible()
})

test('File › Open another practice… is in the menu and the palette, which only the desktop app can run', async ({ app }) => {
  const { page } = app
  // The desktop app starts again on the file chosen; the browser cannot, so there the command is greyed out.
  const canStartAgain = process.env.COACHBOOK_E2E === 'electron'
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
  await expect.poll(() => enabledIn(app, 'File', 'New client')).toBe(true)
  expect(await enabledIn(app, 'File', 'Open another practice…')).toBe(canStartAgain)
  await page.keyboard.press('Control+k')
  await page.getByRole('combobox', { name: 'Search your practice' }).fill('another practice')
  const command = page.getByRole('listbox', { name: 'Search results' }).getByRole('option', { name: /Open another practice/ })
  if (canStartAgain) await expect(command).not.toHaveAttribute('aria-disabled', 'true')
  else await expect(command).toHaveAttribute('aria-disabled', 'true')
  await expectAccessible(page, 'Search palette, opening another practice')
})
