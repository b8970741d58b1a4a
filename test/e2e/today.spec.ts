import type { Page } from '@playwright/test'
import { expectAccessible } from './axe'
import { test, expect } from './fixtures'
import { goTo, pageCaller } from './practice'

/** A day on the coach's own calendar (the browser's), `days` from today: 'YYYY-MM-DD'. */
function coachDay(page: Page, days: number): Promise<string> {
  return page.evaluate((days) => {
    const date = new Date()
    date.setDate(date.getDate() + days)
    const pad = (value: number) => String(value).padStart(2, '0')
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
  }, days)
}

/** A moment at the given hour of the coach's day `days` from today, in UTC. */
function coachMoment(page: Page, days: number, hour: number): Promise<string> {
  return page.evaluate(
    ([days, hour]) => {
      const date = new Date()
      date.setDate(date.getDate() + days)
      date.setHours(hour, 0, 0, 0)
      return date.toISOString()
    },
    [days, hour] as const
  )
}

/**
 * Zoë meets the coach today, having agreed a focus and two commitments last time; one
 * is overdue, a goal is at risk, her engagement ends within the fortnight and her
 * mid-point review asks for a follow-up today. Tom has not been seen for nine weeks.
 */
async function aCoachsDay(page: Page) {
  const call = pageCaller(page)
  const kinds = (await call.ok('engagements:listKinds', {})).items
  const kindId = kinds.find((kind) => kind.name === 'Executive coaching')!.id
  const zoe = await call.ok('clients:create', { name: 'Zoë Ødegård' })
  const board = await call.ok('engagements:create', {
    clientId: zoe.id,
    kindId,
    title: 'Leading the board',
    status: 'active',
    startDate: await coachDay(page, -60),
    plannedEndDate: await coachDay(page, 10),
    plannedSessions: 8
  })
  const today = await coachDay(page, 0)
  const last = await call.ok('sessions:create', {
    engagementId: board.id,
    startsAt: await coachMoment(page, -14, 10),
    status: 'held',
    nextFocus: 'Chairing the offsite without stepping in'
  })
  for (const [description, days] of [['Draft the offsite agenda', -1], ['Ask Sam for the budget', 0]] as const) {
    await call.ok('actions:create', { engagementId: board.id, sessionId: last.id, description, dueOn: await coachDay(page, days), today })
  }
  const session = await call.ok('sessions:create', { engagementId: board.id, startsAt: await coachMoment(page, 0, 12) })
  await call.ok('goals:create', { engagementId: board.id, statement: 'Delegate the weekly report', status: 'at_risk' })
  await call.ok('reviews:create', { engagementId: board.id, kind: 'midpoint', heldOn: await coachDay(page, -14), followUpOn: today })

  const tom = await call.ok('clients:create', { name: 'Tom Baker' })
  const career = await call.ok('engagements:create', {
    clientId: tom.id,
    kindId: kinds.find((kind) => kind.name === 'Career coaching')!.id,
    title: 'Next role',
    status: 'active',
    startDate: await coachDay(page, -120)
  })
  await call.ok('sessions:create', { engagementId: career.id, startsAt: await coachMoment(page, -63, 9), status: 'held' })
  return { board, session }
}

const section = (page: Page, name: string | RegExp) => page.getByRole('region', { name })

test('a new practice opens on Today with a welcome and the next step', async ({ app: { page } }) => {
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
  await expect(page.getByText('Welcome to Coachbook')).toBeVisible()
  await page.getByRole('link', { name: 'Add your first client' }).click()
  await expect(page.getByRole('textbox', { name: 'Name' })).toBeFocused()
})

test("Today shows the coach's day across the practice, each item opening its record", async ({ app }) => {
  const page = app.page
  const { board, session } = await aCoachsDay(page)
  await goTo(page, '/clients')
  await page.getByRole('link', { name: 'Today' }).click()

  const todays = section(page, /^Sessions today/)
  const sessionLink = todays.getByRole('link', { name: /Zoë Ødegård/ })
  await expect(sessionLink).toBeVisible()
  await expect(todays).toContainText('Chairing the offsite without stepping in')
  await expect(todays.getByRole('list', { name: 'Commitments to review with Zoë Ødegård' }).getByRole('listitem')).toHaveText([
    /Draft the offsite agenda/,
    /Ask Sam for the budget/
  ])
  await expect(todays.getByRole('list', { name: 'Goals at risk for Zoë Ødegård' })).toContainText('Delegate the weekly report')
  // Noon on the coach's clock, in their own way of writing the time.
  const noon = await page.evaluate((moment) => new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(new Date(moment)), session.startsAt)
  await expect(sessionLink).toHaveText(`${noon} · Zoë Ødegård`)

  await expect(section(page, /^Overdue actions/).getByRole('link')).toHaveText(['Draft the offsite agenda'])
  await expect(section(page, /^Actions due this week/).getByRole('link')).toHaveText(['Ask Sam for the budget'])
  await expect(section(page, /^Goals at risk/).getByRole('link')).toHaveText(['Delegate the weekly report'])
  await expect(section(page, /^Engagements nearing their end/).getByRole('link')).toHaveText(['Leading the board'])
  await expect(section(page, /^Review follow-ups due/).getByRole('link')).toHaveText(['Mid-point review · Zoë Ødegård'])
  const quiet = section(page, /^No session for 6 weeks/)
  await expect(quiet.getByRole('link', { name: 'Tom Baker' })).toBeVisible()
  // Coachbook backs up a practice when it first opens it: Today says when, on the coach's clock.
  const { lastBackupAt } = await pageCaller(page).ok('backup:status', {})
  const madeAt = await page.evaluate(
    (moment) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(moment)),
    lastBackupAt!
  )
  await expect(section(page, 'Last backup')).toContainText(madeAt)
  await expectAccessible(page, 'Today, a working day')

  await sessionLink.click()
  await expect(page.getByRole('heading', { level: 2, name: 'Scheduled session' })).toBeVisible()
  expect(page.url()).toContain(`/engagements/${board.id}/sessions/${session.id}`)

  await page.getByRole('link', { name: 'Today' }).click()
  await section(page, /^Engagements nearing their end/).getByRole('link', { name: 'Leading the board' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Leading the board' })).toBeVisible()

  // Ten weeks without a session before a client is listed: Tom, last seen nine weeks ago, is not.
  await page.getByRole('link', { name: 'Settings' }).click()
  const weeks = page.getByRole('textbox', { name: 'Weeks without a session' })
  await weeks.fill('10')
  await weeks.press('Tab')
  await expect(page.getByText('Today’s settings saved')).toBeVisible()
  await page.getByRole('link', { name: 'Today' }).click()
  await expect(section(page, /^No session for 10 weeks/)).toContainText(
    'Every client of an active engagement has had a session in the last 10 weeks.'
  )
})
