import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ReportKind } from '../../shared/reports'
import type { Audience } from '../../shared/reviews'
import type { AppDatabase } from '../db/connection'
import { caller, clientWithEngagement, kindIds, type Caller } from '../testing/calls'
import { freshDispatch, RESOURCES_DIR } from '../testing/db'
import { logoPng } from '../testing/images'
import { firstPageImage, pdfFonts, pdfImageCount, pdfInfo, pdfLayoutPages, pdfPages, pdfText, pdfWordBoxes, squeezed, type WordBox } from '../testing/poppler'
import { buildEngagement, prose, SHARED } from '../testing/reportFixtures'
import type { StandInPlatform } from '../testing/platform'
import { renderReport, type RenderOptions } from './render'

const TODAY = '2026-03-01'
const FIXED: Omit<RenderOptions, 'resourcesDir'> = {
  locality: { locale: 'en-GB', timeZone: 'UTC' },
  createdAt: new Date('2026-03-01T10:00:00Z')
}
/** Page 1 of every report is kept here as a PNG, to look at. */
const PICTURES = resolve(import.meta.dirname, '../../../test-results/pdf')

const REPORTS: { name: string; slug: string; report: ReportKind; audience: Audience }[] = [
  { name: 'client summary', slug: 'summary-client', report: 'summary', audience: 'client' },
  { name: 'sponsor summary', slug: 'summary-sponsor', report: 'summary', audience: 'sponsor' },
  { name: 'action plan', slug: 'action-plan', report: 'action_plan', audience: 'client' },
  { name: 'progress report', slug: 'progress', report: 'progress', audience: 'client' }
]

const BRANDING = {
  practiceName: 'Brightwater Coaching',
  coachName: 'Jo Malik',
  credentials: 'PCC, ICF',
  contactLine: 'jo@brightwater.example · +44 20 7946 0000',
  accentColour: '#2d6a8e'
}

async function brandPractice(call: Caller, platform: StandInPlatform, folder: string): Promise<void> {
  await call.ok('reports:setBranding', BRANDING)
  const logo = join(folder, 'logo.png')
  writeFileSync(logo, logoPng())
  platform.answerNextOpen(logo)
  await call.ok('reports:chooseLogo', {})
}

/** The facts not found in a PDF's text, compared without spaces so a line break does not hide one. */
function missing(pdfTextValue: string, facts: string[]): string[] {
  const flat = squeezed(pdfTextValue)
  return facts.filter((fact) => !flat.includes(squeezed(fact)))
}

/** Two words overlap when their boxes share more than a quarter of the smaller one's height and a point of width. */
function overlapping(words: WordBox[]): string[] {
  const sorted = [...words].sort((a, b) => a.yMin - b.yMin)
  const clashes: string[] = []
  sorted.forEach((word, index) => {
    for (const other of sorted.slice(index + 1)) {
      if (other.yMin >= word.yMax) break
      const height = Math.min(word.yMax, other.yMax) - Math.max(word.yMin, other.yMin)
      const width = Math.min(word.xMax, other.xMax) - Math.max(word.xMin, other.xMin)
      const smaller = Math.min(word.yMax - word.yMin, other.yMax - other.yMin)
      if (width > 1 && height > smaller / 4) clashes.push(`${word.text} / ${other.text}`)
    }
  })
  return clashes
}

describe.each(['small', 'large'] as const)('the reports of a %s engagement', (size) => {
  let database: AppDatabase
  const pdfs = new Map<string, Buffer>()

  beforeAll(async () => {
    const fresh = freshDispatch()
    database = fresh.database
    const call = caller(fresh.dispatch)
    await brandPractice(call, fresh.platform, fresh.folder)
    const { engagementId } = await buildEngagement(call, { size })
    for (const { slug, report, audience } of REPORTS) {
      const pdf = await renderReport(database.reader, { engagementId, report, audience, today: TODAY }, { resourcesDir: RESOURCES_DIR, ...FIXED })
      pdfs.set(slug, pdf)
    }
    mkdirSync(PICTURES, { recursive: true })
  }, 60_000)
  afterAll(() => database.close())

  it.each(REPORTS)('$name: every page has its header and "Page x of y", and the document its properties', ({ slug }) => {
    const pdf = pdfs.get(slug)!
    const pages = pdfPages(pdf)
    pages.forEach((page, index) => {
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`)
      expect(page).toContain('Brightwater Coaching')
      expect(page).toContain('Zoë Ødegård')
    })
    const info = pdfInfo(pdf)
    expect(info.Title).toContain('Zoë Ødegård')
    expect(info.Author).toBe('Jo Malik')
    expect(info.Subject).toContain('Executive coaching')
    expect(info.CreationDate).toBe('2026-03-01T10:00:00Z')
    expect(Number(info.Pages)).toBe(pages.length)
    expect(info['Page size']).toContain('A4')
    firstPageImage(pdf, join(PICTURES, `${size}-${slug}`))
  })

  it.each(REPORTS)('$name: embeds every font it uses, and the logo', ({ slug }) => {
    const pdf = pdfs.get(slug)!
    const fonts = pdfFonts(pdf)
    expect(fonts.length).toBeGreaterThan(0)
    for (const font of fonts) {
      expect(font, font.name).toMatchObject({ embedded: true })
      expect(font.type).not.toMatch(/Type 1/)
    }
    expect(pdfImageCount(pdf)).toBeGreaterThanOrEqual(1)
  })

  it.each(REPORTS)('$name: no word is cut off at the page edge or printed over another', ({ slug }) => {
    for (const page of pdfWordBoxes(pdfs.get(slug)!)) {
      for (const word of page.words) {
        expect(word.xMin, word.text).toBeGreaterThanOrEqual(50)
        expect(word.xMax, word.text).toBeLessThanOrEqual(page.width - 50)
        expect(word.yMin, word.text).toBeGreaterThanOrEqual(20)
        expect(word.yMax, word.text).toBeLessThanOrEqual(page.height - 20)
      }
      expect(overlapping(page.words)).toEqual([])
    }
  })

  it.each(REPORTS)('$name: no heading is left alone at the foot of a page', ({ slug }) => {
    const headings = /^(Goals and outcomes|Goals|Actions|Milestones|Where we started|Sessions|Sessions so far|Shared session notes|Reflections and next steps|Next steps|Introductions made|Other actions|\d+\. .*|Session \d+ · .*|Intake · .*)$/
    for (const page of pdfPages(pdfs.get(slug)!).slice(0, -1)) {
      const lines = page
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('Confidential ·') && !/^Page \d+ of \d+$/.test(line))
      expect(lines.at(-1)).not.toMatch(headings)
    }
  })

  it('the client summary tells the engagement from start to finish', () => {
    const text = pdfText(pdfs.get('summary-client')!)
    const flat = squeezed(text)
    const facts = [
      'End-of-engagement summary',
      'Executive coaching',
      'Jo Malik, PCC, ICF',
      'jo@brightwater.example',
      'Delegate the weekly report to the team (goal 1)',
      'Asking beats telling.',
      'A monthly check-in with the team.',
      '15 Mar 2027',
      'Ask Sam to draft part 1 of the report (goal 1)',
      'This changed how I lead.',
      'Mara Lindqvist'
    ]
    expect(missing(text, facts)).toEqual([])
    expect(text).toMatch(size === 'large' ? /SESSIONS HELD[\s\S]{0,80}40 of 40/ : /SESSIONS HELD[\s\S]{0,80}3 of 6/)
    expect(text).toMatch(size === 'large' ? /TOTAL HOURS[\s\S]{0,80}\b60\b/ : /TOTAL HOURS[\s\S]{0,80}\b4\.5\b/)
    // Every shareable session's notes are there in full: none is dropped or cut short.
    const sharedSessions = size === 'large' ? 20 : 2
    expect(flat.split(SHARED.sessionNotes).length - 1).toBe(sharedSessions)
    const lastShared = size === 'large' ? 38 : 2
    expect(missing(text, [prose(size === 'large' ? 500 : 60, lastShared).slice(-200)])).toEqual([])
  })

  it('the sponsor summary keeps to what the reporting level allows', () => {
    const text = pdfText(pdfs.get('summary-sponsor')!)
    expect(missing(text, ['Sponsor version', 'Delegate the weekly report to the team (goal 1)', 'Asking beats telling.'])).toEqual([])
    expect(missing(text, ['Ask Sam to draft part 1'])).toEqual(['Ask Sam to draft part 1'])
  })

  it('the action plan lists each goal with its actions, owners, due dates and milestones', () => {
    const pdf = pdfs.get('action-plan')!
    const facts = [
      'Action plan',
      'Delegate the weekly report to the team (goal 1)',
      'Ask Sam to draft part 2 of the report (goal 1)',
      'Milestone: 1 Apr 2026 — First report sent by the team (goal 1) (reached)',
      'Overdue',
      'Done 10 Feb 2026',
      'Read “The Culture Map” before the next session'
    ]
    expect(missing(pdfText(pdf), facts)).toEqual([])
    if (size === 'small') expect(pdfPages(pdf)).toHaveLength(1)
    else expect(pdfPages(pdf).length).toBeLessThanOrEqual(5)
  })

  it('the progress report charts the goals and says what comes next', () => {
    const facts = ['Progress report', 'Sessions so far', 'Next steps', 'NEXT SESSION', '14 Dec 2026', 'Target 8', 'Baseline 2', 'Practise the']
    expect(missing(pdfText(pdfs.get('progress')!), facts)).toEqual([])
  })

  it('page counts fit the content', () => {
    const pages = (slug: string) => pdfPages(pdfs.get(slug)!).length
    if (size === 'small') {
      for (const { slug } of REPORTS) expect(pages(slug)).toBeLessThanOrEqual(5)
    } else {
      expect(pages('summary-client')).toBeGreaterThan(15)
      expect(pages('summary-client')).toBeLessThan(60)
      expect(pages('summary-sponsor')).toBeLessThan(pages('summary-client'))
    }
  })
})

describe('rendering choices', () => {
  let database: AppDatabase
  let call: Caller

  beforeAll(() => {
    const fresh = freshDispatch()
    database = fresh.database
    call = caller(fresh.dispatch)
  })
  afterAll(() => database.close())

  const render = (engagementId: number, options: Partial<RenderOptions> = {}, report: ReportKind = 'summary', audience: Audience = 'client') =>
    renderReport(database.reader, { engagementId, report, audience, today: TODAY }, { resourcesDir: RESOURCES_DIR, ...FIXED, ...options })

  it('gives the same bytes for the same data and creation date', async () => {
    const { engagementId } = await buildEngagement(call, { size: 'small', clientName: 'Same Bytes' })
    for (const { report } of REPORTS) {
      const first = await render(engagementId, {}, report)
      const second = await render(engagementId, {}, report)
      expect(first.equals(second), report).toBe(true)
    }
  })

  it('prints names in Chinese, Greek and Cyrillic with embedded fallback fonts', async () => {
    const { engagementId } = await buildEngagement(call, { size: 'small', clientName: '李雷 (Ελένη Дмитриевна)' })
    const pdf = await render(engagementId)
    expect(pdfText(pdf)).toContain('李雷 (Ελένη Дмитриевна)')
    const fonts = pdfFonts(pdf)
    expect(fonts.map((font) => font.name).join(' ')).toContain('DroidSansFallback')
    expect(fonts.every((font) => font.embedded)).toBe(true)
  })

  it('writes dates and numbers in the coach’s locale, on the paper size of that country', async () => {
    const { engagementId } = await buildEngagement(call, { size: 'small', clientName: 'Locale Person' })
    const german = pdfText(await render(engagementId, { locality: { locale: 'de-DE', timeZone: 'Europe/Berlin' } }))
    expect(german).toContain('30.11.2026')
    expect(german).toContain('4,5')
    const american = await render(engagementId, { locality: { locale: 'en-US', timeZone: 'America/New_York' } })
    expect(pdfText(american)).toContain('Nov 30, 2026')
    expect(pdfInfo(american)['Page size']).toContain('letter')
  })

  it('counts a session on the coach’s calendar: one this morning in Kiribati is still ahead, though it is yesterday in UTC', async () => {
    const { engagement } = await clientWithEngagement(call, { title: 'Far east' }, 'Teuea Toatu')
    const engagementId = engagement.id
    // 10:00 on 1 March in Kiritimati (UTC+14) is 20:00 on 28 February in UTC.
    await call.ok('sessions:create', { engagementId, startsAt: '2026-03-01T10:00:00+14:00', status: 'scheduled' })
    const text = pdfText(await render(engagementId, { locality: { locale: 'en-GB', timeZone: 'Pacific/Kiritimati' } }, 'progress'))
    expect(text).toContain('NEXT SESSION')
    expect(text).toContain('Sessions scheduled')
  })

  it('flows a very long note across pages and breaks an endless word instead of cutting it', async () => {
    const { engagement } = await clientWithEngagement(call, {}, 'Long Notes')
    const endless = 'x'.repeat(3_000)
    await call.ok('sessions:create', {
      engagementId: engagement.id,
      startsAt: '2026-01-12T09:00:00Z',
      status: 'held',
      notes: `${prose(12_000, 1)}\n\n${endless}\n\nThe very last words.`,
      notesShareable: true
    })
    const pdf = await render(engagement.id)
    const text = pdfText(pdf)
    // The endless word runs over a page break, so its pieces are counted rather than searched for whole.
    expect((text.match(/x{10,}/g) ?? []).join('').length).toBe(endless.length)
    expect(missing(text, ['The very last words.'])).toEqual([])
    expect(pdfPages(pdf).length).toBeGreaterThan(10)
  })

  it('repeats a table’s header row on every page it runs onto', async () => {
    const { engagement } = await clientWithEngagement(call, {}, 'Many Actions')
    for (let index = 0; index < 80; index++) {
      const action = await call.ok('actions:create', { engagementId: engagement.id, description: `Action number ${index + 1}`, today: TODAY })
      await call.ok('actions:setStatus', { id: action.id, status: 'done', today: TODAY })
    }
    const pages = pdfPages(await render(engagement.id)).filter((page) => page.includes('Action number'))
    expect(pages.length).toBeGreaterThan(1)
    for (const page of pages) expect(page).toContain('Action completed')
  })

  it.each([
    ['a billionth apart', 5e-324, -5e-324, [0]],
    ['all the same', 7, 7, [7, 7]],
    ['as far apart as the app accepts', -1e12, 1e12, [0, 5e11]]
  ])('charts a goal whose values are %s', async (_case, baseline, target, values) => {
    const { engagement } = await clientWithEngagement(call, {}, 'Chart Edges')
    const goal = await call.ok('goals:create', { engagementId: engagement.id, statement: 'Keep the numbers honest', measure: 'number', baseline, target })
    for (const [index, value] of values.entries()) {
      await call.ok('goals:createMeasurement', { goalId: goal.id, measuredOn: `2026-02-0${index + 1}`, value })
    }
    const text = pdfText(await render(engagement.id))
    expect(missing(text, ['Keep the numbers honest', 'Baseline', 'Target'])).toEqual([])
  })

  // The words the reports print: the same as the screens' (one set of privacy words, the
  // score table as the same matrix), the right noun for a mentoring relationship, and
  // counts in English that agree with their number.
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
      const text = squeezed(pdfText(await render(engagement.id, {}, 'summary', 'sponsor')))
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
        const text = pdfText(await render(engagementId, {}, report))
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
        const text = squeezed(pdfText(await render(engagement.id, {}, report)))
        expect(text, report).not.toContain(squeezed('1 one-to-ones'))
        expect(text, report).toContain(squeezed('3 one-to-ones a week'))
        if (report !== 'action_plan') expect(text, report).toContain(squeezed('1 one-to-one a week'))
      }
    })
  })
})
