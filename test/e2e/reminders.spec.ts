import type { Page } from '@playwright/test'
import { expectAccessible } from './axe'
import type { Desktop } from './desktop'
import { expect, test } from './fixtures'
import { seedEngagement } from './helpers'

test.skip(process.env.COACHBOOK_E2E === 'electron', 'The notifications and the sleep are read through the test bridge’s stand-ins.')

/** A whole minute some minutes from now, as a session's start. */
function minutesFromNow(minutes: number): string {
  return new Date(Math.ceil(Date.now() / 60_000) * 60_000 + minutes * 60_000).toISOString()
}

async function goToday(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Today' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
}

const titles = async (desktop: Desktop) => (await desktop.notifications()).map((shown) => shown.title)

test('a session is reminded by a notification with initials only, and one slept through is listed on Today, not shown late', async ({ app }) => {
  const { page } = app
  const desktop = app.desktop!
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click()
  const settings = page.getByRole('region', { name: 'Reminders' })
  await expect(settings.getByRole('checkbox', { name: 'Show reminders' })).toBeChecked()
  await expect(settings.getByRole('checkbox', { name: 'Show clients’ full names in notifications' })).not.toBeChecked()
  await expect(settings.getByRole('radio', { name: 'At a time of day' })).toBeChecked()
  await expectAccessible(page, 'Settings, reminders')

  // A session in ten minutes, reminded fifteen minutes before: at once.
  await seedEngagement(page, { clientName: 'Zoë Ødegård', sessions: [{ startsAt: minutesFromNow(10), status: 'scheduled' }] })
  await expect.poll(() => titles(desktop), { message: 'the session’s notification' }).toEqual([expect.stringMatching(/^Session with Z\.Ø\. at \S/)])
  const [shown] = await desktop.notifications()
  expect(shown!.body).toMatch(/^Starts in 1[01] minutes$/)
  expect(JSON.stringify(shown)).not.toContain('Zoë')
  expect(JSON.stringify(shown)).not.toContain('Ødegård')

  // A click on it opens the session.
  await desktop.click(0)
  await expect(page.getByRole('heading', { level: 2, name: 'Scheduled session' })).toBeVisible()

  // The computer sleeps through the next session's reminder and the session itself.
  await seedEngagement(page, { clientName: 'Tom Baker', title: 'Leading the sales team', sessions: [{ startsAt: minutesFromNow(20), status: 'scheduled' }] })
  await desktop.sleep(40)
  await goToday(page)
  const missed = page.getByRole('region', { name: 'Missed reminders' })
  await expect(missed.getByRole('link', { name: 'Session with Tom Baker' })).toBeVisible()
  expect(await titles(desktop)).toHaveLength(1)
  await expectAccessible(page, 'Today, missed reminders')

  // Opened again, Coachbook shows nothing twice and still lists what was missed.
  const reopened = await app.restart()
  await expect(reopened.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
  await expect(reopened.getByRole('region', { name: 'Missed reminders' }).getByRole('link', { name: 'Session with Tom Baker' })).toBeVisible()
  expect(await titles(app.desktop!)).toEqual([])

  await reopened.getByRole('region', { name: 'Missed reminders' }).getByRole('link', { name: 'Session with Tom Baker' }).click()
  await expect(reopened.getByRole('heading', { level: 2, name: 'Scheduled session' })).toBeVisible()
  await goToday(reopened)
  await reopened.getByRole('region', { name: 'Missed reminders' }).getByRole('button', { name: 'Dismiss' }).click()
  await expect(reopened.getByRole('region', { name: 'Missed reminders' })).toHaveCount(0)
})
