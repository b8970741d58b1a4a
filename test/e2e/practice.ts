import type { Page } from '@playwright/test'
import { seedPractice, type PracticeSize, type SeedReport } from '../../electron/main/demo/practice'
import { caller, type Caller } from '../../electron/main/testing/calls'
import type { Result } from '../../electron/shared/result'
import { reloadApp } from './helpers'

type Channels = Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>>

/**
 * Typed calls to main the way the renderer makes them, through `window.coachbook` in the
 * page: the same in the test bridge and in Electron.
 */
/** Goes to an address in the app, as a link elsewhere in it would. */
export async function goTo(page: Page, path: string): Promise<void> {
  await page.evaluate((hash) => (location.hash = hash), `#${path}`)
}

export function pageCaller(page: Page): Caller {
  return caller((channel, input) =>
    page.evaluate(
      ([channel, input]) => {
        const [domain, action] = channel.split(':') as [string, string]
        return (window as unknown as { coachbook: Channels }).coachbook[domain]![action]!(input)
      },
      [channel, input] as const
    )
  )
}

/** A small practice of every kind of record: coaching and mentoring, sponsored or not, open and closed. */
export const SMALL_PRACTICE: PracticeSize = { clients: 6, organisations: 3, engagements: 12, sessions: 90, actions: 160 }

/**
 * Fills the open (empty) practice with the demo data, through the app's own channels,
 * and reloads the window so every screen shows it.
 */
export async function seedOpenPractice(page: Page, size: PracticeSize = SMALL_PRACTICE, seed = 1): Promise<SeedReport> {
  const report = await seedPractice(pageCaller(page), { size, seed })
  await reloadApp(page)
  return report
}

const DAY_MS = 86_400_000

/** The day `days` from now, 'YYYY-MM-DD' (UTC: a day or so either way does not matter here). */
export function daysFromNow(days: number): string {
  return new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10)
}

/**
 * A sponsored executive-coaching engagement under way, as the demo data (placed around a
 * fixed day) may not have one: sessions held and one ahead, goals, actions and a draft
 * mid-point review.
 */
export async function addEngagementUnderWay(call: Caller): Promise<{ clientId: number; engagementId: number; title: string }> {
  const { items: kinds } = await call.ok('engagements:listKinds', {})
  const { items: organisations } = await call.ok('organisations:list', {})
  const sponsor = organisations[0]
  const contact = sponsor ? (await call.ok('organisations:get', { id: sponsor.id })).contacts[0] : undefined
  const client = await call.ok('clients:create', { name: 'Amara Okafor', email: 'amara@example.org', role: 'Head of Finance' })
  const engagement = await call.ok('engagements:create', {
    clientId: client.id,
    kindId: kinds.find((kind) => kind.name === 'Executive coaching')!.id,
    title: 'Stepping into the CFO role',
    status: 'active',
    statusDate: daysFromNow(-70),
    startDate: daysFromNow(-70),
    plannedEndDate: daysFromNow(110),
    plannedSessions: 8,
    sponsorOrganisationId: sponsor?.id ?? null,
    sponsorContactId: contact?.id ?? null,
    sponsorReporting: 'summary',
    fee: { amountMinor: 180_000, currency: 'EUR', basis: 'package' },
    confidentialityTerms: 'The sponsor sees goals and progress, never session notes.'
  })
  const goal = await call.ok('goals:create', {
    engagementId: engagement.id,
    statement: 'Chair the finance leadership meeting without stepping in',
    measure: 'rating',
    baseline: 3,
    target: 8,
    deadline: daysFromNow(100)
  })
  for (const [index, days] of [-63, -49, -35].entries()) {
    const session = await call.ok('sessions:create', {
      engagementId: engagement.id,
      startsAt: `${daysFromNow(days)}T09:30:00Z`,
      status: 'held',
      agenda: `Review of week ${index + 1}`,
      notes: 'Noticed how often the room waits for her answer.'
    })
    await call.ok('actions:create', {
      engagementId: engagement.id,
      goalId: goal.id,
      sessionId: session.id,
      description: `Let a team lead open the meeting (${index + 1})`,
      dueOn: daysFromNow(days + 14),
      today: daysFromNow(0)
    })
    await call.ok('goals:createMeasurement', { goalId: goal.id, measuredOn: daysFromNow(days), value: 3 + index, sessionId: session.id })
  }
  await call.ok('sessions:create', { engagementId: engagement.id, startsAt: `${daysFromNow(7)}T09:30:00Z`, status: 'scheduled' })
  await call.ok('reviews:create', {
    engagementId: engagement.id,
    kind: 'midpoint',
    heldOn: daysFromNow(-30),
    outcomes: [{ goalId: goal.id, value: 5, achieved: null }],
    keyLearnings: 'Silence in the meeting is not a gap to fill.'
  })
  // An earlier engagement whose records are due for disposal, for the retention list.
  await call.ok('engagements:create', {
    clientId: client.id,
    kindId: kinds.find((kind) => kind.name === 'Career coaching')!.id,
    title: 'Career change, years ago',
    status: 'active',
    startDate: '2019-03-04',
    disposalOn: '2026-01-31'
  })
  return { clientId: client.id, engagementId: engagement.id, title: engagement.title }
}

/**
 * Makes the next open dialog answer with `path`, as if the coach had chosen that file.
 * Only the test bridge can (a real window shows the system's own dialog).
 */
export async function answerNextOpen(page: Page, path: string): Promise<void> {
  const address = new URL(page.url())
  const response = await fetch(`${address.origin}/__bridge/answer-open`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-coachbook-token': address.searchParams.get('token') ?? '' },
    body: JSON.stringify({ path })
  })
  if (!response.ok) throw new Error(`The test bridge did not take the file to open: ${response.status}`)
}

