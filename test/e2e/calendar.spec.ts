import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { readCalendarFile } from '../../electron/main/testing/calendarFile'
import { expectAccessible } from './axe'
import { expect, test, type App } from './fixtures'
import { openEngagement, seedEngagement } from './helpers'

/** The events of an exported calendar file, as an independent parser reads them. */
function eventsIn(path: string) {
  const { method, events } = readCalendarFile(path)
  expect(method).toBe('PUBLISH')
  return events.map(({ uid, summary, start, end, status }) => ({ uid, summary, start, end, status }))
}

/** Runs an export and waits for the new .ics the save dialog's stand-in put in the exports folder (its proposed name). */
async function exported(app: App, run: () => Promise<void>): Promise<string> {
  const folder = join(app.dataDir, 'exports')
  const files = () => (existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.ics')) : [])
  const before = new Set(files())
  await run()
  const added = () => files().find((name) => !before.has(name))
  await expect.poll(added, { message: 'a new calendar file in the exports folder' }).toBeTruthy()
  return join(folder, added()!)
}

/** The sessions' global ids, from their record links. */
function uidsOf(page: Page, engagementId: number): Promise<Record<string, string>> {
  return page.evaluate(async (engagementId) => {
    type Call = (input: unknown) => Promise<{ data: { url: string; items: { id: number; startsAt: string }[] } }>
    const api = window.coachbook as unknown as Record<string, Record<string, Call>>
    const { items } = (await api.sessions!.listForEngagement!({ engagementId })).data
    const uids: Record<string, string> = {}
    for (const session of items) {
      const { url } = (await api.links!.forRecord!({ kind: 'session', id: session.id })).data
      uids[session.startsAt] = url.split('/').at(-1)!
    }
    return uids
  }, engagementId)
}

test('an engagement’s scheduled sessions go to the calendar as an .ics file with only the client’s initials', async ({ app }) => {
  const { page } = app
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
  const engagement = await seedEngagement(page, {
    sessions: [
      { startsAt: '2026-02-04T09:00:00.000Z', notes: 'Fears the board' },
      { startsAt: '2027-03-19T09:00:00.000Z', status: 'cancelled' },
      // Either side of the clocks going forward in Europe (28 March 2027).
      { startsAt: '2027-03-26T09:00:00.000Z', status: 'scheduled', agenda: 'Board nerves' },
      { startsAt: '2027-04-02T08:00:00.000Z', status: 'scheduled' }
    ]
  })
  const uids = await uidsOf(page, engagement.engagementId)

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click()
  const settings = page.getByRole('region', { name: 'Calendar' })
  await expect(settings.getByRole('radio', { name: 'Initials (J.S.)' })).toBeChecked()
  await expect(settings.getByRole('checkbox', { name: 'Include the agenda' })).not.toBeChecked()
  await expect(settings.getByRole('checkbox', { name: /Include a link/ })).not.toBeChecked()
  await expectAccessible(page, 'Settings, calendar')

  await openEngagement(page, engagement, 'Sessions')
  const path = await exported(app, () => page.getByRole('button', { name: 'Export scheduled sessions to calendar…' }).click())
  await expect(page.getByText('Calendar file saved').first()).toBeVisible()
  await expectAccessible(page, 'Sessions, exported to calendar')

  expect(eventsIn(path)).toEqual([
    { uid: uids['2027-03-19T09:00:00.000Z'], summary: 'Session with A.O. (Video)', start: '2027-03-19T09:00:00.000Z', end: '2027-03-19T10:00:00.000Z', status: 'CANCELLED' },
    { uid: uids['2027-03-26T09:00:00.000Z'], summary: 'Session with A.O. (Video)', start: '2027-03-26T09:00:00.000Z', end: '2027-03-26T10:00:00.000Z', status: 'CONFIRMED' },
    { uid: uids['2027-04-02T08:00:00.000Z'], summary: 'Session with A.O. (Video)', start: '2027-04-02T08:00:00.000Z', end: '2027-04-02T09:00:00.000Z', status: 'CONFIRMED' }
  ])
  const text = readFileSync(path, 'utf8')
  for (const secret of ['Amara', 'Okafor', 'Board nerves', 'Fears the board']) expect(text).not.toContain(secret)

  // The coach chooses the full name and the agenda; every upcoming session, from the palette.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click()
  // Pressed, then read again once saved: the choice shows what is stored.
  const fullName = settings.getByRole('radio', { name: 'Full name' })
  await fullName.click()
  await expect(fullName).toBeChecked()
  await expect(page.getByText('Calendar settings saved').first()).toBeVisible()
  // Pressed, then read again once saved: the box shows what is stored.
  await settings.getByRole('checkbox', { name: 'Include the agenda' }).click()
  await expect(settings.getByRole('checkbox', { name: 'Include the agenda' })).toBeChecked()
  const upcoming = await exported(app, async () => {
    await page.keyboard.press('Control+k')
    await page.getByRole('combobox', { name: 'Search your practice' }).fill('export upcoming')
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option', { name: /Export upcoming sessions to calendar/ }).click()
  })
  const events = eventsIn(upcoming)
  expect(events.map(({ summary, status }) => ({ summary, status }))).toEqual([
    { summary: 'Session with Amara Okafor (Video)', status: 'CANCELLED' },
    { summary: 'Session with Amara Okafor (Video)', status: 'CONFIRMED' },
    { summary: 'Session with Amara Okafor (Video)', status: 'CONFIRMED' }
  ])
  expect(readFileSync(upcoming, 'utf8')).toContain('Board nerves')
  expect(readFileSync(upcoming, 'utf8')).not.toContain('Fears the board')
})
