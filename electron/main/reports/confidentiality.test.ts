import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SponsorReportingLevel } from '../../shared/engagements'
import type { ReportKind } from '../../shared/reports'
import type { AppDatabase } from '../db/connection'
import { caller, type Caller } from '../testing/calls'
import { freshDispatch, RESOURCES_DIR } from '../testing/db'
import { pdfText, squeezed } from '../testing/poppler'
import { buildEngagement, EVERY_REPORT, FEEDBACK, PRIVATE, SHARED } from '../testing/reportFixtures'
import { renderReport } from './render'

/**
 * Every private field of the fixture carries a PRIVATE sentinel and every shareable one a
 * SHARED sentinel. The PDF's text (as any reader can copy it) is searched for them.
 */
let database: AppDatabase
let call: Caller

beforeEach(() => {
  const fresh = freshDispatch()
  database = fresh.database
  call = caller(fresh.dispatch)
})
afterEach(() => database.close())

const OPTIONS = { resourcesDir: RESOURCES_DIR, locality: { locale: 'en-GB', timeZone: 'UTC' }, createdAt: new Date('2026-03-01T10:00:00Z') }

async function textOf(engagementId: number, report: ReportKind, audience: 'client' | 'sponsor'): Promise<string> {
  return squeezed(pdfText(await renderReport(database.reader, { engagementId, report, audience, today: '2026-03-01' }, OPTIONS)))
}

function found(text: string, sentinels: Record<string, string>): string[] {
  return Object.entries(sentinels)
    .filter(([, sentinel]) => text.includes(sentinel))
    .map(([field]) => field)
}

describe('no private record reaches any PDF', () => {
  it.each(['summary', 'action_plan', 'progress'] as const)('the client %s holds none of the private fields', async (report) => {
    const { engagementId } = await buildEngagement(call, { size: 'small' })
    expect(found(await textOf(engagementId, report, 'client'), PRIVATE)).toEqual([])
  })

  it('the client summary holds every shareable record and the client’s own feedback', async () => {
    const { engagementId } = await buildEngagement(call, { size: 'small' })
    const text = await textOf(engagementId, 'summary', 'client')
    expect(found(text, SHARED)).toEqual(Object.keys(SHARED))
    expect(text).toContain(FEEDBACK)
  })

  it.each(['none', 'progress', 'summary'] as const)(
    'the sponsor summary at the "%s" level holds no private field and no unshared feedback',
    async (level: SponsorReportingLevel) => {
      const { engagementId } = await buildEngagement(call, { size: 'small', reporting: level })
      const text = await textOf(engagementId, 'summary', 'sponsor')
      expect(found(text, PRIVATE)).toEqual([])
      expect(text).not.toContain(FEEDBACK)
      // What the level allows, and no more.
      expect(found(text, SHARED)).toEqual(level === 'summary' ? Object.keys(SHARED) : [])
      expect(text.includes(squeezed('Delegate the weekly report'))).toBe(level !== 'none')
      expect(text).toContain(squeezed('Zoë Ødegård'))
      // Attendance is always reported.
      expect(text).toContain(squeezed('3 of 6'))
    }
  )

  it('the sponsor sees the client’s feedback only once the client marked it shareable', async () => {
    const { engagementId } = await buildEngagement(call, { size: 'small', reporting: 'summary', feedbackShareable: true })
    const text = await textOf(engagementId, 'summary', 'sponsor')
    expect(text).toContain(FEEDBACK)
    expect(found(text, PRIVATE)).toEqual([])
  })

  it('a large engagement keeps the same promise, page after page', async () => {
    const { engagementId } = await buildEngagement(call, { size: 'large', reporting: 'summary' })
    for (const [report, audience] of EVERY_REPORT) {
      expect(found(await textOf(engagementId, report, audience), PRIVATE), `${report} ${audience}`).toEqual([])
    }
  })
})
