import type { Page } from '@playwright/test'
import { expectAccessible } from './axe'
import { expect, test } from './fixtures'
import { choose, openEngagement, seedEngagement, typeDateTime } from './helpers'

/**
 * Weekly at 09:00 on the coach's clock from Monday 8 March 2027, five sessions, the
 * 22nd skipped: across New York's change of the clocks (14 March) and Europe's (28 March).
 * What each place should get, written out by hand: the moments stored, and 09:00 as its
 * locale writes the time.
 */
const EXPECTED: Record<string, { stored: string[]; nine: string; shown: string[] }> = {
  'london-en-GB': {
    stored: ['2027-03-08T09:00:00.000Z', '2027-03-15T09:00:00.000Z', '2027-03-29T08:00:00.000Z', '2027-04-05T08:00:00.000Z', '2027-04-12T08:00:00.000Z'],
    nine: '09:00',
    shown: ['8 Mar 2027, 09:00', '15 Mar 2027, 09:00', '29 Mar 2027, 09:00', '5 Apr 2027, 09:00', '12 Apr 2027, 09:00']
  },
  'newyork-en-US': {
    stored: ['2027-03-08T14:00:00.000Z', '2027-03-15T13:00:00.000Z', '2027-03-29T13:00:00.000Z', '2027-04-05T13:00:00.000Z', '2027-04-12T13:00:00.000Z'],
    nine: '9:00 AM',
    shown: ['Mar 8, 2027, 9:00 AM', 'Mar 15, 2027, 9:00 AM', 'Mar 29, 2027, 9:00 AM', 'Apr 5, 2027, 9:00 AM', 'Apr 12, 2027, 9:00 AM']
  },
  'kolkata-de-DE': {
    stored: ['2027-03-08T03:30:00.000Z', '2027-03-15T03:30:00.000Z', '2027-03-29T03:30:00.000Z', '2027-04-05T03:30:00.000Z', '2027-04-12T03:30:00.000Z'],
    nine: '09:00',
    shown: ['08.03.2027, 09:00', '15.03.2027, 09:00', '29.03.2027, 09:00', '05.04.2027, 09:00', '12.04.2027, 09:00']
  }
}

function storedStarts(page: Page, engagementId: number): Promise<string[]> {
  return page.evaluate(async (engagementId) => {
    type Call = (input: unknown) => Promise<{ data: { items: { startsAt: string }[] } }>
    const api = window.coachbook as unknown as Record<string, Record<string, Call>>
    return (await api.sessions!.listForEngagement!({ engagementId })).data.items.map((item) => item.startsAt)
  }, engagementId)
}

test('a weekly series keeps 09:00 on the coach’s clock across the change of the clocks, with a holiday skipped', async ({ app }) => {
  const { page } = app
  const expected = EXPECTED[test.info().project.name]!
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
  const engagement = await seedEngagement(page)
  await openEngagement(page, engagement, 'Sessions')

  await page.getByRole('button', { name: 'Schedule a series…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Schedule a series of sessions' })
  // From the engagement's cadence and its six planned sessions, none scheduled yet.
  await expect(dialog.getByRole('button', { name: /Fortnightly.*Repeats$/ })).toBeVisible()
  await expect(dialog.getByRole('textbox', { name: 'Number of sessions' })).toHaveValue('6')

  await typeDateTime(dialog, 'First session', '2027-03-08', '09:00')
  await choose(page, 'Repeats', 'Weekly', dialog)
  await dialog.getByRole('textbox', { name: 'Number of sessions' }).fill('5')
  await page.keyboard.press('Tab')
  const dates = dialog.getByRole('list', { name: 'Dates of the sessions' }).getByRole('listitem')
  await expect(dates).toHaveCount(5)
  // A holiday: skipped from the preview, and the series goes on one week further.
  await dialog.getByRole('checkbox', { name: /^Skip .*22/ }).check()
  await expect(dates).toHaveCount(6)
  await expect(dates.nth(2)).toContainText('Skipped')
  for (let index = 0; index < 6; index += 1) await expect(dates.nth(index)).toContainText(expected.nine)
  await expect(dialog.getByRole('button', { name: 'Schedule 5 sessions' })).toBeVisible()
  await expectAccessible(page, 'Schedule a series, previewed')

  // Enter in a field submits.
  await dialog.getByRole('textbox', { name: 'Number of sessions' }).press('Enter')
  await expect(dialog).toBeHidden()
  await expect(page.getByText('5 sessions scheduled').first()).toBeVisible()

  expect(await storedStarts(page, engagement.engagementId)).toEqual(expected.stored)
  const rows = page.getByRole('grid', { name: 'Sessions' }).getByRole('row')
  await expect(rows).toHaveCount(6)
  for (const [index, shown] of expected.shown.entries()) await expect(rows.nth(index + 1).getByRole('link')).toHaveText(shown)
  await expectAccessible(page, 'Sessions, a series scheduled')

  // One Undo takes the whole series back.
  await page.getByRole('heading', { level: 2, name: 'Sessions' }).click()
  await page.keyboard.press('Control+z')
  await expect(page.getByText('No sessions yet')).toBeVisible()
  expect(await storedStarts(page, engagement.engagementId)).toEqual([])
})

test('a monthly series on the 31st says where a short month puts it, and Esc closes it unsaved', async ({ app }) => {
  const { page } = app
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
  const engagement = await seedEngagement(page)
  await openEngagement(page, engagement, 'Sessions')
  await page.getByRole('button', { name: 'Schedule a series…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Schedule a series of sessions' })
  await typeDateTime(dialog, 'First session', '2027-01-31', '10:00')
  await choose(page, 'Repeats', 'Monthly', dialog)
  await dialog.getByRole('textbox', { name: 'Number of sessions' }).fill('3')
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('radio', { name: 'The 31st of each month (the last day of a month that has no such date)' })).toBeChecked()
  const dates = dialog.getByRole('list', { name: 'Dates of the sessions' }).getByRole('listitem')
  await expect(dates.nth(1)).toContainText('No 31st this month: its last day')
  await expect(dates.nth(1)).toContainText('28')
  await expect(dates.nth(2)).not.toContainText('No 31st')
  await dialog.getByRole('radio', { name: /The 5th Sunday of each month/ }).check()
  await expect(dates.nth(1)).toContainText('No 5th Sunday this month: the last Sunday')
  await expectAccessible(page, 'Schedule a series, monthly')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  expect(await storedStarts(page, engagement.engagementId)).toEqual([])
})
