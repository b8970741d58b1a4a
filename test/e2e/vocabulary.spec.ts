import type { Page } from '@playwright/test'
import { SPONSOR_REPORTING } from '../../electron/shared/engagements'
import { test, expect } from './fixtures'
import { choose } from './helpers'
import { goTo, pageCaller } from './practice'

/**
 * One vocabulary on every screen: the privacy words are the contract's, a "Private" mark
 * never sits on what the client's version shows, the score table is one matrix, a
 * mentoring relationship speaks of meetings, and counts agree with their number.
 */

async function engagementFor(page: Page, name: string, fields: Record<string, unknown> = {}, kind = 'Executive coaching') {
  const call = pageCaller(page)
  const { items: kinds } = await call.ok('engagements:listKinds', {})
  const client = await call.ok('clients:create', { name })
  const engagement = await call.ok('engagements:create', {
    clientId: client.id,
    kindId: kinds.find((candidate) => candidate.name === kind)!.id,
    status: 'active',
    startDate: '2026-01-05',
    ...fields
  })
  return { call, client, engagement }
}

test('the sponsor reporting level is told in the contract’s words on the Summary tab', async ({ app: { page } }) => {
  const call = pageCaller(page)
  const sponsor = await call.ok('organisations:create', { name: 'Nordlys AS' })
  const { engagement } = await engagementFor(page, 'Amara Okafor', { sponsorOrganisationId: sponsor.id, sponsorReporting: 'progress', plannedSessions: 6 })
  const { label, explanation } = SPONSOR_REPORTING.progress

  await goTo(page, `/engagements/${engagement.id}`)
  const term = page.getByRole('definition').filter({ hasText: label })
  await expect(term).toContainText(explanation)

  await goTo(page, `/engagements/${engagement.id}/summary?view=sponsor`)
  const showing = page.getByRole('status').filter({ hasText: 'Showing the sponsor’s version.' })
  await expect(showing).toContainText(`Sponsor reporting agreed in the contract: ${label}. ${explanation}`)
  await goTo(page, `/engagements/${engagement.id}/summary`)
  await expect(page.getByRole('status').filter({ hasText: 'Showing the client’s version' })).toContainText(`Sponsor reporting agreed in the contract: ${label}.`)
})

test('a “Private” mark never sits on what the client’s version shows', async ({ app: { page } }) => {
  const { call, engagement } = await engagementFor(page, 'Zoë Ødegård', { plannedSessions: 6 })
  await call.ok('assessment:createIntakeNote', { engagementId: engagement.id, notedOn: '2026-01-05', whatBrought: 'Kept to myself: a hard year.', shareable: false })
  await call.ok('assessment:createIntakeNote', { engagementId: engagement.id, notedOn: '2026-01-06', whatBrought: 'Shared: a new role.', shareable: true })
  await call.ok('reviews:create', {
    engagementId: engagement.id,
    kind: 'midpoint',
    heldOn: '2026-02-20',
    outcomes: [],
    clientFeedback: 'Client words: it helped me lead.',
    clientFeedbackShareable: false
  })

  await goTo(page, `/engagements/${engagement.id}/reviews`)
  const review = page.getByRole('region', { name: 'Mid-point review' })
  await expect(review.getByRole('textbox', { name: 'Client feedback' })).toHaveValue('Client words: it helped me lead.')
  await expect(review.getByText('Client only', { exact: true })).toBeVisible()
  await expect(review.getByText('Private', { exact: true })).toHaveCount(0)

  await goTo(page, `/engagements/${engagement.id}/assessment`)
  await expect(page.getByRole('article', { name: /Jan 5|5 Jan|05\.01|1\/5/ }).getByText('Private', { exact: true })).toBeVisible()
  await expect(page.getByRole('article', { name: /Jan 6|6 Jan|06\.01|1\/6/ }).getByText('Shareable', { exact: true })).toBeVisible()

  // What each mark says is what the client's version holds.
  await goTo(page, `/engagements/${engagement.id}/summary`)
  const sheet = page.getByRole('article')
  await expect(sheet.getByText('Client words: it helped me lead.')).toBeVisible()
  await expect(sheet.getByText('Shared: a new role.')).toBeVisible()
  await expect(sheet.getByText('Kept to myself: a hard year.')).toHaveCount(0)
})

test('the 360° score table reads the same on the Assessment and Summary tabs', async ({ app: { page } }) => {
  const { call, engagement } = await engagementFor(page, 'Ingrid Berg', { plannedSessions: 6 })
  await call.ok('assessment:createResult', {
    engagementId: engagement.id,
    instrument: '360_feedback',
    takenOn: '2026-01-20',
    scores: [
      { competency: 'Delegation', raterGroup: 'self', score: 4 },
      { competency: 'Delegation', raterGroup: 'peers', score: 2.5 },
      { competency: 'Listening', raterGroup: 'self', score: 3 },
      { competency: 'Listening', raterGroup: 'manager', score: 4.5 }
    ],
    shareable: true
  })
  const rowsOf = (page: Page) => page.getByRole('table').filter({ hasText: 'Competency' }).getByRole('row').allInnerTexts()

  await goTo(page, `/engagements/${engagement.id}/assessment`)
  await expect(page.getByRole('columnheader', { name: 'Peers' })).toBeVisible()
  // Read until the rows are there: a table's header can be painted a moment before its body.
  await expect.poll(() => rowsOf(page)).toHaveLength(3)
  const onAssessment = await rowsOf(page)
  await goTo(page, `/engagements/${engagement.id}/summary`)
  await expect(page.getByRole('article').getByRole('columnheader', { name: 'Peers' })).toBeVisible()
  await expect.poll(() => rowsOf(page)).toEqual(onAssessment)
})

test('a mentoring relationship’s summary speaks of meetings and leaves out the goals it does not have', async ({ app: { page } }) => {
  const { call, engagement } = await engagementFor(page, 'Ольга Петрова', { plannedSessions: null }, 'Mentoring')
  await call.ok('sessions:create', { engagementId: engagement.id, startsAt: '2026-02-10T18:00:00Z', status: 'held', adviceGiven: 'Find a sponsor above your manager.' })

  await goTo(page, `/engagements/${engagement.id}/summary`)
  const sheet = page.getByRole('article')
  await expect(sheet.getByRole('heading', { name: 'Meetings', exact: true })).toBeVisible()
  await expect(sheet.getByText('1 meeting held, 1 hour')).toBeVisible()
  await expect(sheet.getByRole('heading', { name: /Goals/ })).toHaveCount(0)
  await expect(sheet.getByRole('heading', { name: 'Actions' })).toHaveCount(0)
  await expect(sheet).not.toContainText(/session/i)
})

test('counts agree with their number', async ({ app: { page } }) => {
  const { call, client, engagement } = await engagementFor(page, 'Tom Baker', { plannedSessions: 1, title: 'One conversation' })
  await call.ok('sessions:create', { engagementId: engagement.id, startsAt: '2026-01-12T09:00:00Z', status: 'held' })
  await goTo(page, `/clients/${client.id}`)
  await expect(page.getByRole('list', { name: 'Engagements' })).toContainText('1 of 1 session held')
  await goTo(page, `/engagements/${engagement.id}/sessions`)
  await expect(page.getByText('1 of 1 session held · 1 hour')).toBeVisible()
})

test('a goal’s unit agrees with its value: 1 one-to-one a week', async ({ app: { page } }) => {
  const { engagement } = await engagementFor(page, 'Lars Nilsen', { plannedSessions: 6 })
  await goTo(page, `/engagements/${engagement.id}/goals?goal=new`)
  await page.getByRole('textbox', { name: 'Statement' }).fill('Meet each direct report alone')
  await choose(page, 'Measured as', 'A number')
  await page.getByRole('textbox', { name: 'Unit', exact: true }).fill('one-to-ones a week')
  await page.getByRole('textbox', { name: 'Baseline' }).focus()
  // The singular is suggested for the coach to check.
  await expect(page.getByRole('textbox', { name: 'Unit for one' })).toHaveValue('one-to-one a week')
  await page.getByRole('textbox', { name: 'Baseline' }).fill('1')
  await page.getByRole('textbox', { name: 'Target' }).fill('3')
  await page.getByRole('button', { name: 'Save goal' }).click()
  const goal = page.getByRole('list', { name: 'Goals' }).getByRole('link', { name: /Meet each direct report alone/ })
  await expect(goal).toContainText('1 one-to-one a week')
  await expect(goal).toContainText('3 one-to-ones a week')
})

