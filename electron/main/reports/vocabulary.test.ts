import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ReportKind } from '../../shared/reports'
import type { Audience } from '../../shared/reviews'
import type { AppDatabase } from '../db/connection'
import { caller, clientWithEngagement, kindIds, type Caller } from '../testing/calls'
import { freshDispatch, RESOURCES_DIR } from '../testing/db'
import { pdfLayoutPages, pdfText, squeezed } from '../testing/poppler'
import { prose } from '../testing/reportFixtures'
import { renderReport } from './render'

/**
 * The words the reports print: the same as the screens' (one set of privacy words, the
 * score table as the same matrix), the right noun for a mentoring relationship, and
 * counts in English that agree with their number.
 */
const TODAY = '2026-03-01'

let database: AppDatabase
let call: Caller
beforeAll(() => {
  const fresh = freshDispatch()
  database = fresh.database
  call = caller(fresh.dispatch)
})
afterAll(() => database.close())

const render = (engagementId: number, report: ReportKind = 'summary', audience: Audience = 'client') =>
  renderReport(
    database.db,
    { engagementId, report, audience, today: TODAY },
    { resourcesDir: RESOURCES_DIR, locality: { locale: 'en-GB', timeZone: 'UTC' }, createdAt: new Date('2026-03-01T10:00:00Z') }
  )

const COMPETENCIES = ['Delegation', 'Listening', 'Strategic thinking', 'Giving feedback', 'Decisiveness', 'Building trust']
const GROUPS = ['self', 'manager', 'peers', 'direct_reports'] as const

/** A shareable 360° result: each competency scored by each group, "n.g" (competency n, group g). */
async function withResult(engagementId: number, competencies = COMPETENCIES) {
  await call.ok('assessment:createResult', {
    engagementId,
    instrument: '360_feedback',
    takenOn: '2026-01-20',
    scores: competencies.flatMap((competency, row) => GROUPS.map((raterGroup, column) => ({ competency, raterGroup, score: row + 1 + (column + 1) / 10 }))),
    interpretation: 'Peers see less delegation than she does.',
    shareable: true
  })
}

describe('the 360° score table', () => {
  it('prints as the competency × rater-group matrix the screen shows', async () => {
    const { engagement } = await clientWithEngagement(call, {}, 'Matrix Person')
    await withResult(engagement.id)
    const page = pdfLayoutPages(await render(engagement.id)).find((text) => text.includes('Delegation'))!
    expect(page).toMatch(/Competency\s+Self\s+Manager\s+Peers\s+Direct reports/)
    COMPETENCIES.forEach((competency, row) => {
      const scores = GROUPS.map((_, column) => `${row + 1}\\.${column + 1}`).join('\\s+')
      expect(page).toMatch(new RegExp(`${competency}\\s+${scores}`))
    })
    // One row per competency: no "Rater group" column repeating each competency four times.
    expect(page).not.toContain('Rater group')
  })

  it('stays on one page where it fits, wherever on the page it starts', async () => {
    const competencies = Array.from({ length: 14 }, (_, index) => `Competency ${String.fromCharCode(65 + index)}`)
    for (const words of [150, 260, 370, 480, 590, 700]) {
      const { engagement } = await clientWithEngagement(call, {}, `Page Break ${words}`)
      // A shareable intake note before the results moves where the table starts.
      await call.ok('assessment:createIntakeNote', { engagementId: engagement.id, notedOn: '2026-01-05', whatBrought: prose(words, words), shareable: true })
      await withResult(engagement.id, competencies)
      const pages = pdfLayoutPages(await render(engagement.id)).filter((text) => competencies.some((name) => text.includes(name)))
      expect(pages, `the table after ${words} words of intake`).toHaveLength(1)
    }
  })
})

describe('the privacy words', () => {
  it('are the contract’s: the sponsor version names the reporting level and says what it lets the sponsor see', async () => {
    const { engagement } = await clientWithEngagement(call, { sponsorReporting: 'progress' }, 'Reporting Person')
    const text = squeezed(pdfText(await render(engagement.id, 'summary', 'sponsor')))
    expect(text).toContain(squeezed('Sponsor reporting agreed in the contract: Progress only.'))
    expect(text).toContain(squeezed('The sponsor sees attendance and the goals with how far each came'))
  })
})

describe('a mentoring relationship’s reports', () => {
  async function mentoring() {
    const kinds = await kindIds(call)
    const { engagement } = await clientWithEngagement(call, { kindId: kinds.Mentoring!, plannedSessions: null }, 'Mentee Person')
    await call.ok('sessions:create', {
      engagementId: engagement.id,
      startsAt: '2026-02-10T18:00:00Z',
      status: 'held',
      topicsDiscussed: 'Moving from manager to director',
      adviceGiven: 'Find a sponsor above your manager.',
      introductions: [{ introducedTo: 'Dmitri Sokolov', reason: 'Made the same move', outcome: 'Coffee booked' }]
    })
    return engagement.id
  }

  it('speak of meetings, never of sessions, and leave out the goals a relationship does not have', async () => {
    const engagementId = await mentoring()
    for (const report of ['summary', 'progress'] as const) {
      const text = pdfText(await render(engagementId, report))
      expect(text, report).toMatch(/meetings held/i)
      expect(text, report).not.toMatch(/session/i)
      expect(text, report).not.toMatch(/goals/i)
    }
  })
})

describe('counts', () => {
  it('agree a goal’s unit with its value: 1 one-to-one a week, 3 one-to-ones a week', async () => {
    const { engagement } = await clientWithEngagement(call, {}, 'Unit Person')
    await call.ok('goals:create', {
      engagementId: engagement.id,
      statement: 'Meet each direct report alone',
      measure: 'number',
      unit: 'one-to-ones a week',
      unitOne: 'one-to-one a week',
      baseline: 1,
      target: 3
    })
    for (const report of ['summary', 'progress', 'action_plan'] as const) {
      const text = squeezed(pdfText(await render(engagement.id, report)))
      expect(text, report).not.toContain(squeezed('1 one-to-ones'))
      expect(text, report).toContain(squeezed('3 one-to-ones a week'))
      if (report !== 'action_plan') expect(text, report).toContain(squeezed('1 one-to-one a week'))
    }
  })
})

