import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { answerNextOpen, daysFromNow, goTo, pageCaller } from './practice'

/**
 * The client's page as a coach uses it every day: what is coming up first, removing the
 * client kept apart and explained, and a client brought back from an export.
 */

/** A client with a coaching engagement and a mentoring relationship, each with something coming up. */
async function clientWithTwoEngagements(page: Page) {
  const call = pageCaller(page)
  const { items: kinds } = await call.ok('engagements:listKinds', {})
  const kind = (name: string) => kinds.find((candidate) => candidate.name === name)!.id
  const client = await call.ok('clients:create', { name: 'Zoë Ødegård', email: 'zoe@nordlys.no' })
  const coaching = await call.ok('engagements:create', { clientId: client.id, kindId: kind('Executive coaching'), title: 'Leading the merger', status: 'active', plannedSessions: 6 })
  const mentoring = await call.ok('engagements:create', { clientId: client.id, kindId: kind('Mentoring'), title: 'Mentoring', status: 'active' })
  await call.ok('sessions:create', { engagementId: coaching.id, startsAt: `${daysFromNow(9)}T09:00:00Z`, status: 'scheduled' })
  await call.ok('sessions:create', { engagementId: mentoring.id, startsAt: `${daysFromNow(4)}T17:00:00Z`, status: 'scheduled' })
  await call.ok('actions:create', { engagementId: coaching.id, description: 'Hand the accruals review to Lars', dueOn: daysFromNow(-3), today: daysFromNow(0) })
  await call.ok('actions:create', { engagementId: mentoring.id, description: 'Ask Dmitri for an introduction', dueOn: daysFromNow(10), today: daysFromNow(0) })
  return { client, coaching, mentoring }
}

test('the client’s page opens with the next session and the open actions across engagements', async ({ app: { page } }) => {
  const { client } = await clientWithTwoEngagements(page)
  await goTo(page, `/clients/${client.id}`)

  const comingUp = page.getByRole('region', { name: 'Coming up' })
  // The next one of all: the mentoring meeting in four days, not the coaching session in nine.
  await expect(comingUp).toContainText('Next meeting')
  await expect(comingUp).toContainText('Mentoring')
  await expect(comingUp.getByRole('list', { name: 'Open actions' }).getByRole('listitem')).toHaveText([
    /Hand the accruals review to Lars · Leading the merger.*Overdue/,
    /Ask Dmitri for an introduction · Mentoring/
  ])
  await expect(comingUp).toContainText('2 open actions · 1 overdue')

  // First on the page: above the details and the engagements.
  const top = async (name: string) => (await page.getByRole('heading', { name, exact: true }).boundingBox())!.y
  expect(await top('Coming up')).toBeLessThan(await top('Engagements'))
  const email = await page.getByRole('term').filter({ hasText: 'Email' }).boundingBox()
  expect(await top('Coming up')).toBeLessThan(email!.y)

  await comingUp.getByRole('link', { name: /Ask Dmitri/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Mentoring' })).toBeVisible()
})

test('Delete and Erase completely are explained, and kept apart from the everyday buttons', async ({ app: { page } }) => {
  const { client } = await clientWithTwoEngagements(page)
  await goTo(page, `/clients/${client.id}`)

  const header = page.getByRole('region', { name: 'Zoë Ødegård' }).locator('header').first()
  await expect(header.getByRole('button', { name: 'Edit' })).toBeVisible()
  await expect(header.getByRole('button', { name: 'Archive' })).toBeVisible()
  await expect(header.getByRole('button', { name: /^(Delete|Erase)/ })).toHaveCount(0)

  const removing = page.getByRole('region', { name: 'Removing Zoë Ødegård' })
  await expect(removing.getByRole('button', { name: 'Delete…' })).toHaveAccessibleDescription(/for a record added by mistake/)
  await expect(removing.getByRole('button', { name: 'Erase completely…' })).toHaveAccessibleDescription(/asks to be forgotten/)
})

test('a client exported and erased comes back from the export, after a preview of what it adds', async ({ app }) => {
  test.skip(process.env.COACHBOOK_E2E === 'electron', 'A real window shows the system’s own open dialog, which a test cannot answer.')
  const page = app.page
  const { client } = await clientWithTwoEngagements(page)
  await goTo(page, `/clients/${client.id}`)
  await page.getByRole('button', { name: 'Export all data…' }).click()
  await expect(page.getByText("All of Zoë Ødegård's data exported")).toBeVisible()
  const exports = join(app.dataDir, 'exports')
  const folder = readdirSync(exports).find((name) => name.startsWith('Zoë Ødegård'))!

  await page.getByRole('button', { name: 'Erase completely…' }).click()
  await page.getByRole('dialog').getByRole('textbox', { name: "Type the client's name to confirm" }).fill('Zoë Ødegård')
  await page.getByRole('dialog').getByRole('button', { name: 'Erase completely' }).click()
  await expect(page.getByRole('listbox', { name: 'Clients' }).getByRole('option', { name: /Zoë/ })).toHaveCount(0)

  await answerNextOpen(page, join(exports, folder, 'client.json'))
  await page.getByRole('button', { name: 'Import…' }).click()
  const preview = page.getByRole('dialog', { name: 'Import Zoë Ødegård?' })
  await expect(preview.getByRole('list', { name: 'Engagements to import' }).getByRole('listitem')).toHaveText([
    /Leading the merger.*Executive coaching · Active.*1 session and 1 action/,
    /Mentoring.*Mentoring · Active.*1 session and 1 action/
  ])
  await preview.getByRole('button', { name: 'Import client' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Zoë Ødegård' })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Engagements' })).toContainText('Leading the merger')
})
