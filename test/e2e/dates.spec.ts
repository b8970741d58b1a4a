import type { Locator, Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { openEngagement, seedEngagement, typeDateTime } from './helpers'

/** The segments of a labelled date field, in the order the coach's locale shows them. */
function segmentsOf(group: Locator): Locator {
  return group.getByRole('spinbutton')
}

/** Every segment holds a value: none has gone back to its placeholder (dd, mm, yyyy, ––). */
async function expectAllFilled(group: Locator): Promise<void> {
  await expect(segmentsOf(group).first()).toBeVisible()
  await expect(group.locator('[data-placeholder]')).toHaveCount(0)
}

/** How the window shows a moment: the session page's own date and time format, in its zone. */
function shownAs(page: Page, wall: [number, number, number, number, number]): Promise<string> {
  return page.evaluate(
    ([year, month, day, hour, minute]) =>
      new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(year, month - 1, day, hour, minute)),
    wall
  )
}

/** Opens the dialog recording a session of a fresh engagement; returns it and its date-and-time field. */
async function recordSessionDialog(page: Page): Promise<{ dialog: Locator; field: Locator }> {
  await openEngagement(page, await seedEngagement(page), 'Sessions')
  await page.getByRole('button', { name: 'Record session' }).click()
  const dialog = page.getByRole('dialog')
  return { dialog, field: dialog.getByRole('group', { name: 'Date and time', exact: true }) }
}

test('a year typed digit by digit (or corrected with Backspace) into a date and time keeps every other segment', async ({ app }) => {
  const page = app.page
  const { dialog, field } = await recordSessionDialog(page)
  // The day the clocks go forward in London and Oslo.
  await typeDateTime(dialog, 'Date and time', '2026-03-29', '10:15')
  await expectAllFilled(field)

  const year = field.locator('[data-type="year"]')
  await year.click()
  for (const [digit, shown] of [
    ['2', '2'],
    ['0', '20'],
    ['2', '202'],
    ['6', '2026']
  ] as const) {
    await page.keyboard.type(digit)
    await expect(year).toHaveText(new RegExp(`^0*${shown}$`))
    await expectAllFilled(field)
  }
  await year.focus()
  await page.keyboard.press('Backspace')
  await expect(year).toHaveText(/^0*202$/)
  await expectAllFilled(field)
  await page.keyboard.type('6')
  await expect(year).toHaveText('2026')

  await dialog.getByRole('button', { name: 'Add session' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Session 1' })).toBeVisible()
  await expect(page.getByText(await shownAs(page, [2026, 3, 29, 10, 15]))).toBeVisible()

  // The session's own form shows the same wall-clock time, with nothing to correct.
  const again = page.getByRole('group', { name: 'Date and time', exact: true })
  await expectAllFilled(again)
  await expect(again.locator('[data-type="year"]')).toHaveText('2026')
  await expect(again.locator('[data-type="minute"]')).toHaveText('15')
  await expect(page.getByText('Unsaved changes')).toHaveCount(0)
})

test('a date and time has no time-zone segment to tab through, and the arrow keys move between its segments', async ({ app }) => {
  const page = app.page
  const { dialog, field } = await recordSessionDialog(page)
  await expect(dialog.getByText('In your time zone.')).toBeVisible()
  await expect(field.locator('[data-type="timeZoneName"]')).toHaveCount(0)

  // Tab goes from the last segment straight to the calendar button.
  const segments = segmentsOf(field)
  const count = await segments.count()
  await segments.last().focus()
  await page.keyboard.press('Tab')
  await expect(field.getByRole('button', { name: /from a calendar/ })).toBeFocused()

  await segments.first().focus()
  for (let index = 1; index < count; index++) {
    await page.keyboard.press('ArrowRight')
    await expect(segments.nth(index)).toBeFocused()
  }
  for (let index = count - 2; index >= 0; index--) {
    await page.keyboard.press('ArrowLeft')
    await expect(segments.nth(index)).toBeFocused()
  }
})
