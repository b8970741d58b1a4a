import { test, expect } from './fixtures'
import { addClient, choose } from './helpers'

test('a coach adds a kind of engagement of their own, uses it, renames it, and deletes it once unused', async ({ app }) => {
  let page = app.page
  await page.getByRole('link', { name: 'Settings' }).click()
  const kinds = page.getByRole('list', { name: 'Kinds of engagement' })
  // The built-in kinds stay as Coachbook ships them.
  await expect(kinds.getByText('Executive coaching')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Edit Executive coaching' })).toHaveCount(0)

  await page.getByRole('button', { name: 'New kind…' }).click()
  let dialog = page.getByRole('dialog')
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Team coaching')
  await dialog.getByRole('textbox', { name: 'Usual number of sessions' }).fill('8')
  await dialog.getByRole('button', { name: 'Add kind' }).click()
  await expect(kinds.getByText('Team coaching')).toBeVisible()

  await addClient(page, { name: 'Aroha Ngata', organisation: 'Kōwhai Health' })
  await page.getByRole('button', { name: 'New engagement' }).click()
  await choose(page, 'Kind', 'Team coaching')
  await expect(page.getByRole('textbox', { name: 'Planned sessions' })).toHaveValue('8')
  await page.getByRole('button', { name: 'Create engagement' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

  // In use, it can be renamed but not deleted.
  await page.getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByRole('button', { name: 'Delete Team coaching' })).toBeDisabled()
  await page.getByRole('button', { name: 'Edit Team coaching' }).click()
  dialog = page.getByRole('dialog')
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Team coaching (groups)')
  await dialog.getByRole('button', { name: 'Save kind' }).click()
  await expect(kinds.getByText('Team coaching (groups)')).toBeVisible()

  // One no engagement uses can be deleted, after confirming.
  await page.getByRole('button', { name: 'New kind…' }).click()
  dialog = page.getByRole('dialog')
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Pilot programme')
  await dialog.getByRole('button', { name: 'Add kind' }).click()
  await page.getByRole('button', { name: 'Delete Pilot programme' }).click()
  await page.getByRole('alertdialog', { name: 'Delete Pilot programme?' }).getByRole('button', { name: 'Delete kind' }).click()
  await expect(kinds.getByText('Pilot programme')).toHaveCount(0)

  page = await app.restart()
  await page.getByRole('link', { name: 'Clients' }).click()
  await page.getByRole('option', { name: /Aroha Ngata/ }).click()
  await expect(page.getByText('Team coaching (groups)').first()).toBeVisible()
  await page.getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByRole('list', { name: 'Kinds of engagement' }).getByText('Pilot programme')).toHaveCount(0)
})
