import type { Page } from '@playwright/test'
import { expectAccessible } from './axe'
import { test, expect } from './fixtures'
import { addClient, choose, keepKeyWithPassphrase } from './helpers'

const NAME = 'Zoë Ødegård'
const PASSPHRASE = 'Tallinn harbour at dawn'

const lockHeading = (page: Page) => page.getByRole('heading', { name: 'Coachbook is locked' })

/** Settings › Encryption › App lock, set to the shortest time it offers. */
async function lockAfterFiveMinutes(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click()
  const encryption = page.getByRole('region', { name: 'Encryption' })
  await expect(encryption).toContainText('does not protect against someone who can use this computer’s account')
  await choose(page, 'Lock Coachbook after this long without use', 'After 5 minutes', encryption)
  await expect(page.getByText('Coachbook locks after 5 minutes without use')).toBeVisible()
}

/** Locked: the lock screen alone, with nothing of the practice left in the page. */
async function expectLocked(page: Page): Promise<void> {
  await expect(lockHeading(page)).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Sections' })).toHaveCount(0)
  expect(await page.content()).not.toContain(NAME)
  // Esc does not unlock.
  await page.keyboard.press('Escape')
  await expect(lockHeading(page)).toBeVisible()
}

test('the window locks after the chosen idle time, shows nothing of the practice, and Unlock opens it again', async ({ app }) => {
  // The page's own clock, so that five idle minutes pass at once; installed before the app loads again.
  await app.page.clock.install()
  await app.page.reload()
  const { page } = app
  await addClient(page, { name: NAME })
  await lockAfterFiveMinutes(page)
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Clients' }).click()
  await expect(page.getByRole('listbox', { name: 'Clients' })).toContainText(NAME)

  // Four idle minutes: still open.
  await page.clock.fastForward('04:00')
  await expect(page.getByRole('listbox', { name: 'Clients' })).toContainText(NAME)
  await page.clock.fastForward('01:10')
  await expectLocked(page)
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeFocused()
  await expectAccessible(page, 'the lock screen')

  await page.getByRole('button', { name: 'Unlock' }).click()
  await expect(page.getByRole('listbox', { name: 'Clients' })).toContainText(NAME)

  // Lock Coachbook at once, from the menu.
  await app.menu.choose('File', 'Lock Coachbook')
  await expectLocked(page)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('listbox', { name: 'Clients' })).toContainText(NAME)
})

test('with a passphrase keeping the key, Ctrl+L locks, a wrong passphrase is said and the right one unlocks', async ({ app }) => {
  const { page } = app
  await addClient(page, { name: NAME })
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click()
  const encryption = page.getByRole('region', { name: 'Encryption' })
  await keepKeyWithPassphrase(page, encryption, PASSPHRASE)
  await expect(encryption).toContainText('until your passphrase is typed')

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Clients' }).click()
  await expect(page.getByRole('listbox', { name: 'Clients' })).toContainText(NAME)
  await page.keyboard.press('ControlOrMeta+L')
  await expectLocked(page)
  const field = page.getByLabel('Passphrase')
  await expect(field).toBeFocused()
  await expectAccessible(page, 'the lock screen, with a passphrase')

  await field.fill('Tallinn harbour at dusk')
  await page.keyboard.press('Enter')
  await expect(page.getByText('That passphrase does not unlock this practice')).toBeVisible()
  await expectLocked(page)
  await page.getByLabel('Passphrase').fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Unlock' }).click()
  await expect(page.getByRole('listbox', { name: 'Clients' })).toContainText(NAME)
})
