import { join } from 'node:path'
import { expectAccessible } from './axe'
import { test, expect } from './fixtures'
import { addClient } from './helpers'

test('a coach sees in Settings what is running, which practice is open, where the log is, and that it is written', async ({ app }) => {
  const { page } = app
  await page.getByRole('link', { name: 'Settings' }).click()
  const about = page.getByRole('region', { name: 'About & diagnostics' })
  await expect(about.getByRole('term')).toContainText(['Coachbook', 'Node.js', 'SQLite', 'Practice file', 'Data folder', 'Log folder', 'Log'])
  await expect(about.getByRole('definition')).toContainText([
    /^\d+\.\d+\.\d+/,
    process.versions.node,
    /^3\.\d+/,
    join(app.dataDir, 'coachbook.sqlite'),
    app.dataDir,
    join(app.dataDir, 'logs'),
    'Written'
  ])
  await expect(about.getByRole('alert')).toHaveCount(0)
})

test('restoring a backup first says the practice is not damaged, what it replaces and when the backup was made', async ({ app }) => {
  let page = app.page
  await addClient(page, { name: 'Zoë Ødegård' })
  await page.getByRole('link', { name: 'Settings' }).click()
  await page.getByRole('button', { name: 'Back up now' }).click()
  await expect(page.getByText('Backup made and checked')).toBeVisible()
  await addClient(page, { name: 'Tom Baker' })

  // The copy made on request (the automatic one made at start is listed too).
  const made = () => page.getByRole('list', { name: 'Copies in the folder' }).getByRole('listitem').filter({ hasText: 'Made on request' })
  await page.getByRole('link', { name: 'Settings' }).click()
  await made().getByRole('button', { name: 'Restore…' }).click()
  const dialog = page.getByRole('alertdialog', { name: 'Replace your practice with this backup?' })
  await expect(dialog).toContainText('Your practice is not damaged')
  await expect(dialog).toContainText(join(app.dataDir, 'coachbook.sqlite'))
  await expect(dialog).toContainText(/the backup made on .+\d/)
  await expect(dialog).toContainText('Whatever you recorded after that will not be in the restored practice')
  // Esc, like Cancel, leaves everything as it was.
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await page.getByRole('link', { name: 'Clients' }).click()
  await expect(page.getByRole('option', { name: 'Tom Baker' })).toBeVisible()

  await page.getByRole('link', { name: 'Settings' }).click()
  await made().getByRole('button', { name: 'Restore…' }).click()
  // The window reloads on the restored practice: nothing shown before that is of the restored one.
  const reloaded = page.waitForEvent('load')
  await page.getByRole('alertdialog', { name: 'Replace your practice with this backup?' }).getByRole('button', { name: 'Replace my practice' }).click()
  await reloaded
  page = app.page
  await page.getByRole('link', { name: 'Clients' }).click()
  await expect(page.getByRole('option', { name: 'Zoë Ødegård' })).toBeVisible()
  await expect(page.getByRole('option', { name: 'Tom Baker' })).toHaveCount(0)
})

test('privacy while sharing the screen is on in a new practice, says where it works, and stays as the coach sets it', async ({ app }) => {
  let page = app.page
  await page.getByRole('link', { name: 'Settings' }).click()
  const section = page.getByRole('region', { name: 'Privacy while sharing your screen' })
  const hide = section.getByRole('checkbox', { name: 'Hide Coachbook from screen sharing and screenshots' })
  await expect(hide).toBeChecked()
  await expect(hide).toHaveAccessibleDescription(/Linux cannot keep a window out of a screen capture/)
  await expectAccessible(page, 'Settings: privacy while sharing the screen')

  // Pressed, then read back once saved: the box shows the stored choice, which comes back after the save.
  await hide.click()
  await expect(hide).not.toBeChecked()
  page = await app.restart()
  await page.getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByRole('checkbox', { name: 'Hide Coachbook from screen sharing and screenshots' })).not.toBeChecked()
})

test('Help › About and diagnostics shows its facts in a short window, scrolled to within Settings', async ({ app }) => {
  const { page } = app
  // Shorter than the Settings above About: the facts must be reached by scrolling, not cut off.
  await page.setViewportSize({ width: 1000, height: 420 })
  await app.menu.choose('Help', 'About and diagnostics')
  const about = page.getByRole('region', { name: 'About & diagnostics' })
  await expect(about.getByRole('term').filter({ hasText: /^Log$/ })).toBeInViewport()
  await expect(about.getByRole('definition').last()).toBeInViewport()
  // The coach scrolls back up to the first setting, and down again to the last fact.
  const first = page.getByRole('region', { name: 'Branding' }).or(page.getByRole('heading', { name: 'Settings', level: 1 }))
  await first.first().scrollIntoViewIfNeeded()
  await expect(first.first()).toBeInViewport()
  await expect(about.getByRole('definition').last()).not.toBeInViewport()
})
