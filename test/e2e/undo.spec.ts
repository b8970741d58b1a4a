import type { Page } from '@playwright/test'
import { expectAccessible } from './axe'
import { test, expect } from './fixtures'
import { seedEngagement } from './helpers'

const toast = (page: Page, title: string | RegExp) => page.getByRole('alertdialog').filter({ hasText: title })

/** Ctrl+Z, or ⌘Z on macOS, with the focus outside any text field. */
async function pressUndo(page: Page): Promise<void> {
  await page.getByRole('main').click({ position: { x: 2, y: 2 } })
  await page.keyboard.press('ControlOrMeta+z')
}

test('a coach undoes an edit, an archive, a status change and a delete, with the toast’s Undo and with Ctrl+Z', async ({ app }) => {
  const page = app.page
  const engagement = await seedEngagement(page, { clientName: 'Amara Okafor', title: 'First year as CEO' })
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Clients' }).click()
  await page.getByRole('option', { name: /Amara Okafor/ }).click()

  await test.step('in a text field, Ctrl+Z undoes the typing, not the practice', async () => {
    await page.getByRole('button', { name: 'Edit' }).click()
    const role = page.getByRole('textbox', { name: 'Role' })
    await role.pressSequentially('Chief Executive')
    await expect(role).toHaveValue('Chief Executive')
    await role.press('ControlOrMeta+z')
    await expect(role).not.toHaveValue('Chief Executive')
    await expect(page.getByText(/^Undone:/)).toHaveCount(0)
    await role.fill('Chief Executive')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await expect(page.getByRole('definition').filter({ hasText: 'Chief Executive' })).toBeVisible()
    await expect(toast(page, 'Edit client Amara Okafor')).toBeVisible()
  })

  await test.step('Ctrl+Z undoes an archive', async () => {
    await page.getByRole('button', { name: 'Archive', exact: true }).click()
    await expect(page.getByRole('button', { name: 'Restore', exact: true })).toBeVisible()
    await pressUndo(page)
    await expect(toast(page, 'Undone: archive client Amara Okafor')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Archive', exact: true })).toBeVisible()
  })

  await test.step('the toast after a status change undoes it; a delete, then Ctrl+Z brings the engagement back', async () => {
    await page.getByRole('link', { name: engagement.title }).click()
    await page.getByRole('button', { name: 'Change status ▾' }).click()
    await page.getByRole('menuitem', { name: 'Pause' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Set to paused' }).click()
    const paused = toast(page, `Change the status of engagement ${engagement.title}`)
    await expect(paused).toBeVisible()
    await expectAccessible(page, 'The toast offering Undo')
    await paused.getByRole('button', { name: 'Undo' }).click()
    await expect(toast(page, `Undone: change the status of engagement ${engagement.title}`)).toBeVisible()
    await page.getByRole('button', { name: 'Change status ▾' }).click()
    await expect(page.getByRole('menuitem', { name: 'Pause' })).toBeVisible()
    await page.keyboard.press('Escape')

    await page.getByRole('button', { name: 'Delete engagement…' }).click()
    const confirm = page.getByRole('alertdialog').filter({ hasText: 'brings it back' })
    await expect(confirm).toBeVisible()
    await confirm.getByRole('button', { name: 'Delete engagement' }).click()
    await expect(toast(page, `Delete engagement ${engagement.title}`)).toBeVisible()
    await expect(page.getByRole('link', { name: engagement.title })).toHaveCount(0)
    await pressUndo(page)
    await expect(toast(page, `Undone: delete engagement ${engagement.title}`)).toBeVisible()
    await expect(page.getByRole('link', { name: engagement.title })).toBeVisible()
  })

  await test.step('Ctrl+Z goes on to the edit', async () => {
    await pressUndo(page)
    await expect(toast(page, 'Undone: edit client Amara Okafor')).toBeVisible()
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Clients' }).click()
    await page.getByRole('option', { name: /Amara Okafor/ }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Amara Okafor' })).toBeVisible()
    await expect(page.getByRole('definition').filter({ hasText: 'Chief Executive' })).toHaveCount(0)
  })
})
