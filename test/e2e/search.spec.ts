import { test, expect } from './fixtures'
import type { Page } from '@playwright/test'
import { coachDate, seedEngagement } from './helpers'

async function search(page: Page, text: string) {
  await page.keyboard.press('Control+k')
  const box = page.getByRole('combobox', { name: 'Search your practice' })
  await expect(box).toBeFocused()
  await box.fill(text)
  return page.getByRole('listbox', { name: 'Search results' })
}

test('a coach finds a sentence from a session note, opens it, edits it, and finds the new words', async ({ app }) => {
  const page = app.page
  await seedEngagement(page, { sessions: [{ startsAt: '2026-03-02T09:00:00+01:00', notes: 'She wants to rebuild trust with the board before the Series B.' }] })

  const results = await search(page, 'rebuil trus')
  await expect(results.getByRole('option').first()).toContainText('rebuild trust')
  await results.getByRole('option').first().click()
  await expect(page.getByRole('heading', { level: 2, name: /Session 1/ })).toBeVisible()

  const notes = page.getByRole('textbox', { name: 'Notes and insights' })
  await expect(notes).toHaveValue(/rebuild trust/)
  await notes.fill('Agreed: a fortnightly one-to-one with the chairwoman.')
  await page.getByRole('button', { name: 'Save session' }).click()
  await expect(page.getByText('Session saved').first()).toBeVisible()

  const again = await search(page, 'chairwoman')
  await expect(again.getByRole('option').first()).toContainText('chairwoman')
  await page.keyboard.press('Escape')
  // The old words left the index with the edit.
  const old = await search(page, '"rebuild trust"')
  await expect(old.getByText('Nothing found for “"rebuild trust"”')).toBeVisible()
})

test('Enter pressed before a search has run opens a result of what is in the box, not of what was typed before', async ({ app }) => {
  const page = app.page
  await seedEngagement(page, {
    sessions: [
      { startsAt: '2026-03-02T09:00:00Z', notes: 'We mapped the stakeholders around the merger.' },
      { startsAt: '2026-03-16T09:00:00Z', notes: 'She rehearsed the budget presentation twice.' }
    ]
  })
  const results = await search(page, 'stakeholders')
  await expect(results.getByRole('option').first()).toContainText('stakeholders')
  const box = page.getByRole('combobox', { name: 'Search your practice' })
  // Typed and entered at once, well within the pause before a search runs.
  await box.fill('budget presentation')
  await box.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: /Session 2/ })).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Notes and insights' })).toHaveValue(/budget presentation/)

  // Once the results shown are those of the box, Enter opens the one in focus, as before.
  const again = await search(page, 'stakeholders')
  await expect(again.getByRole('option').first()).toContainText('stakeholders')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: /Session 1/ })).toBeVisible()
})

test('results come newest first by the day they are dated, whenever they were written', async ({ app }) => {
  const page = app.page
  // Entered out of order, as when a coach writes up past sessions.
  await seedEngagement(page, {
    sessions: [
      { startsAt: '2026-03-02T10:00:00Z', notes: 'Resilience came up in March.' },
      { startsAt: '2026-01-12T10:00:00Z', notes: 'Resilience came up in January.' },
      { startsAt: '2026-02-09T10:00:00Z', notes: 'Resilience came up in February.' }
    ]
  })
  const results = await search(page, 'resilience')
  const sessions = results.getByRole('option')
  await expect(sessions).toHaveCount(3)
  const days = [await coachDate(page, '2026-03-02'), await coachDate(page, '2026-02-09'), await coachDate(page, '2026-01-12')]
  for (const [index, day] of days.entries()) await expect(sessions.nth(index)).toContainText(day)
})
