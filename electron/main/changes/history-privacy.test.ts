import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { caller, clientWithEngagement } from '../testing/calls'
import { freshDispatch, RESOURCES_DIR } from '../testing/db'
import { pdfText, squeezed } from '../testing/poppler'
import { EVERY_REPORT } from '../testing/reportFixtures'
import { renderReport } from '../reports'
import type { HistoryLine } from '../../shared/history'

/**
 * The history shows the coach what a private text was. Nothing else may: the old value
 * lives only in the change log, and no report, summary, PDF or export reads the log.
 */
const OLD = {
  clientNotes: 'OLDCLIENTNOTE her manager is leaving',
  sessionNotes: 'OLDSESSIONNOTE about the board',
  observations: 'OLDOBSERVATION tired and tense',
  statusNote: 'OLDSTATUSNOTE paused for her leave'
}

let closing: (() => Promise<void>) | null = null
afterEach(async () => {
  await closing?.()
  closing = null
})

describe('the old values of private texts', () => {
  it('are in the history, and in no report, summary or export of the record', async () => {
    const { dispatch, database } = freshDispatch()
    closing = () => database.close()
    const call = caller(dispatch)
    const { client, engagement } = await clientWithEngagement(call, { sponsorReporting: 'summary' })
    await call.ok('clients:update', { id: client.id, name: client.name, notes: OLD.clientNotes, tags: [] })
    await call.ok('clients:update', { id: client.id, name: client.name, notes: 'Settled now', tags: [] })
    const session = await call.ok('sessions:create', {
      engagementId: engagement.id,
      startsAt: '2026-02-17T09:30:00Z',
      status: 'held',
      notes: OLD.sessionNotes,
      notesShareable: true,
      privateObservations: OLD.observations
    })
    await call.ok('sessions:update', { id: session.id, startsAt: '2026-02-17T09:30:00Z', status: 'held', notes: 'Shared notes', notesShareable: true, privateObservations: 'Calmer' })
    await call.ok('engagements:setStatus', { id: engagement.id, status: 'paused', date: '2026-03-01', note: OLD.statusNote, openActions: 'open' })
    const { statusHistory } = await call.ok('engagements:get', { id: engagement.id })
    await call.ok('engagements:correctStatusChange', { id: statusHistory.at(-1)!.id, date: '2026-03-01', note: 'Leave' })

    const before = (lines: HistoryLine[]) => lines.flatMap((line) => (line.kind === 'edited' && line.before ? [line.before] : []))
    const shownTo = async (table: 'clients' | 'sessions' | 'engagements', id: number) =>
      before((await call.ok('changes:history', { table, id })).groups.flatMap((group) => group.lines))
    expect(await shownTo('clients', client.id)).toEqual([OLD.clientNotes])
    expect(await shownTo('sessions', session.id)).toEqual([OLD.sessionNotes, OLD.observations])
    expect(await shownTo('engagements', engagement.id)).toEqual([OLD.statusNote])

    const outputs: [string, string][] = []
    const options = { resourcesDir: RESOURCES_DIR, locality: { locale: 'en-GB', timeZone: 'UTC' }, createdAt: new Date('2026-03-02T10:00:00Z') }
    for (const [report, audience] of EVERY_REPORT) {
      const pdf = await renderReport(database.reader, { engagementId: engagement.id, report, audience, today: '2026-03-02' }, options)
      outputs.push([`${report} for the ${audience}`, squeezed(pdfText(pdf))])
    }
    const summary = await call.ok('reviews:summary', { engagementId: engagement.id, audience: 'sponsor' })
    outputs.push(['the sponsor’s summary screen', JSON.stringify(summary)])
    const exported = await call.ok('privacy:exportClient', { clientId: client.id })
    if (exported.status !== 'exported') throw new Error('The export was cancelled.')
    for (const file of ['client.json', 'client.html']) outputs.push([file, readFileSync(join(exported.folder, file), 'utf8')])

    const leaks = outputs.flatMap(([where, text]) =>
      Object.values(OLD)
        .filter((old) => text.includes(where.endsWith('.json') || where.endsWith('.html') || where.includes('screen') ? old : squeezed(old)))
        .map((old) => `${where}: ${old}`)
    )
    expect(leaks).toEqual([])
    // The export does hold what the texts say now: the search above looked in the right place.
    expect(outputs.find(([where]) => where === 'client.json')![1]).toContain('Settled now')
  })
})
