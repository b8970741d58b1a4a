import type { Page } from '@playwright/test'
import { expectAccessible } from './axe'
import { expect, test } from './fixtures'
import { openEngagement, seedEngagement } from './helpers'

const RECORD_LINK = /^coachbook:\/\/open\/(client|engagement|session)\/[0-9a-f-]{36}$/

/** Presses "Copy link" on the record on show and reads what landed on the clipboard. */
async function copyLink(page: Page, kind: 'client' | 'engagement' | 'session'): Promise<string> {
  await page.getByRole('button', { name: `Copy link to this ${kind}` }).click()
  await expect(page.getByText('Link copied').first()).toBeVisible()
  const copied = () => page.evaluate(() => navigator.clipboard.readText())
  await expect.poll(copied).toContain(`coachbook://open/${kind}/`)
  const link = await copied()
  expect(link).toMatch(RECORD_LINK)
  return link
}

async function goToday(page: Page) {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Today' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
}

test('a record’s link, pasted into a calendar event or a note, opens that record when clicked', async ({ app, context }) => {
  const { page } = app
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const engagement = await seedEngagement(page, { sessions: [{ startsAt: '2026-02-04T09:00:00Z' }] })

  await openEngagement(page, engagement)
  const toEngagement = await copyLink(page, 'engagement')
  await expectAccessible(page, 'Engagement, link copied')
  await page.getByRole('tab', { name: 'Sessions' }).click()
  await page.getByRole('grid', { name: 'Sessions' }).getByRole('link').first().click()
  await expect(page.getByRole('heading', { level: 2, name: /Session 1/ })).toBeVisible()
  const toSession = await copyLink(page, 'session')
  await page.getByRole('link', { name: engagement.clientName }).first().click()
  const toClient = await copyLink(page, 'client')
  expect(new Set([toEngagement, toSession, toClient]).size).toBe(3)

  await goToday(page)
  expect(await app.menu.openLink(toEngagement)).toBe(true)
  await expect(page.getByRole('heading', { level: 1, name: engagement.title })).toBeVisible()
  await goToday(page)
  expect(await app.menu.openLink(toSession)).toBe(true)
  await expect(page.getByRole('heading', { level: 2, name: /Session 1/ })).toBeVisible()
  expect(await app.menu.openLink(toClient)).toBe(true)
  await expect(page.getByRole('heading', { level: 2, name: engagement.clientName })).toBeVisible()

  // Only a record link is taken: the app's own pages and anything else are refused before they reach the window.
  await goToday(page)
  expect(await app.menu.openLink('coachbook://app/index.html')).toBe(false)
  expect(await app.menu.openLink(`${toClient}?then=erase`)).toBe(false)
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
})

test('a link to a record no longer in the practice says so, and leaves the coach where they were', async ({ app }) => {
  const { page } = app
  const link = await page.evaluate(async () => {
    type Call = (input: unknown) => Promise<{ ok: boolean; data: { id: number; url: string } }>
    const api = window.coachbook as unknown as Record<string, Record<string, Call>>
    const client = await api.clients!.create!({ name: 'Tom Baker' })
    const { data } = await api.links!.forRecord!({ kind: 'client', id: client.data.id })
    await api.clients!.delete!({ id: client.data.id })
    return data.url
  })
  expect(await app.menu.openLink(link)).toBe(true)
  await expect(page.getByText('That client is not in this practice')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
  await expectAccessible(page, 'Today, a link to a deleted client')
})
