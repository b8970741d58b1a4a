import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { clientWithEngagement } from '../testing/calls'
import { freshPracticeEachTest } from '../testing/eachTest'
import { pdfInfo, pdfText, squeezed } from '../testing/poppler'

const fresh = freshPracticeEachTest()
const { call } = fresh

const REQUEST = { today: '2026-12-06', timeZone: 'Europe/London' }

/** One held session of 75 minutes, paid, a cancelled one, and the coach's branding. */
async function practice() {
  const { engagement } = await clientWithEngagement(call)
  await call.ok('sessions:create', { engagementId: engagement.id, startsAt: '2026-05-05T09:00:00Z', durationMinutes: 75, status: 'held' })
  await call.ok('sessions:create', { engagementId: engagement.id, startsAt: '2026-05-12T09:00:00Z', durationMinutes: 75, status: 'cancelled' })
  await call.ok('reports:setBranding', { coachName: 'Jo Coach', credentials: 'ACC', practiceName: 'North Star Coaching' })
  await call.ok('preferences:setLocale', { locale: 'en-GB' })
}

describe('exporting the coaching log', () => {
  it('saves the CSV under a clear name where the coach chooses', async () => {
    await practice()
    const result = await call.ok('coachingLog:exportCsv', REQUEST)
    expect(result).toEqual({ path: join(fresh.folder, 'Jo Coach – ICF client coaching log – 2026-12-06.csv') })
    const csv = readFileSync(join(fresh.folder, 'Jo Coach – ICF client coaching log – 2026-12-06.csv'), 'utf8')
    // 75 minutes paid = 1.25 h; the cancelled session is not on it.
    expect(csv).toContain('1,Zoë Ødegård,Individual,,,2026-05-05,2026-05-05,1.25,0.00\r\n')
    expect(csv).toContain(',Total,,,,,,1.25,0.00\r\n')
  })

  it('renders the PDF with the branding, the figures and what each credential still needs', async () => {
    await practice()
    const result = await call.ok('coachingLog:exportPdf', REQUEST)
    const pdf = readFileSync((result as { path: string }).path)
    const text = squeezed(pdfText(pdf))
    expect(text).toContain(squeezed('Jo Coach, ACC'))
    expect(text).toContain(squeezed('ICF client coaching log'))
    expect(text).toContain(squeezed('As of 6 Dec 2026'))
    // ACC: 100 − 1.25 = 98.75 h; 75 − 1.25 = 73.75 paid; 8 − 1 = 7 clients; 25 − 1.25 = 23.75 recent.
    expect(text).toContain(squeezed('Missing 98.75 h, 73.75 paid h, 7 clients, 23.75 h in the last 18 months'))
    expect(text).toContain(squeezed('Zoë Ødegård'))
    expect(pdfInfo(pdf).Title).toBe('ICF client coaching log — Jo Coach')
  })

  it('writes nothing when the coach cancels the save dialog', async () => {
    await practice()
    fresh.platform.answerNextSave(null)
    expect(await call.ok('coachingLog:exportPdf', REQUEST)).toEqual({ cancelled: true })
  })
})
