import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { earlierText, groupLines, type HistoryPage } from '../../shared/history'
import type { Place } from '../../shared/dates'
import { caller, clientWithEngagement, type Caller } from '../testing/calls'
import { freshDispatch } from '../testing/db'
import { compactChangeLog } from './log'
import { copyFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { DATABASE_FILE_NAME } from '../db/connection'
import { practiceInFolder, temporaryFolder } from '../testing/practice'

const LONDON: Place = { locale: 'en-US', timeZone: 'Europe/London' }
const AUCKLAND: Place = { locale: 'en-US', timeZone: 'Pacific/Auckland' }

let closing: (() => Promise<void>) | null = null
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
})
afterEach(async () => {
  vi.useRealTimers()
  await closing?.()
  closing = null
})

function fresh() {
  vi.setSystemTime(new Date('2026-12-01T09:00:00Z'))
  const { dispatch, database } = freshDispatch()
  closing = () => database.close()
  return { call: caller(dispatch), sqlite: database.sqlite }
}

/** Every line of a history, newest first, as the coach reads it where they are. */
const linesOf = (page: HistoryPage, place: Place) => page.groups.flatMap((group) => groupLines(group, place))

/** Each write at its own moment: the evening of Dec 6 in London is the morning of Dec 7 in Auckland. */
const at = (moment: string) => vi.setSystemTime(new Date(moment))

async function historyOf(call: Caller, table: 'clients' | 'engagements' | 'goals' | 'sessions', id: number, cursor?: string) {
  return call.ok('changes:history', { table, id, cursor })
}

describe("a client's history", () => {
  it('reads what changed when, the tags with it, newest first, in the coach’s time zone', async () => {
    const { call } = fresh()
    const client = await call.ok('clients:create', { name: 'Ann Lee', email: 'ann@example.com', tags: ['leadership'] })
    at('2026-12-06T20:30:00Z')
    await call.ok('clients:update', { id: client.id, name: 'Ann Lee', email: 'ann@example.com', role: 'CFO', notes: 'Worried about her manager', tags: ['leadership', 'finance'] })
    at('2026-12-08T10:00:00Z')
    await call.ok('clients:archive', { id: client.id })
    at('2026-12-09T10:00:00Z')
    await call.ok('clients:restore', { id: client.id })
    await call.ok('clients:update', { id: client.id, name: 'Ann Lee-Smith', email: null, role: 'CFO', notes: 'Relieved', tags: ['finance'] })

    const page = await historyOf(call, 'clients', client.id)
    expect(linesOf(page, LONDON)).toEqual([
      'Dec 9, 2026 · Name “Ann Lee” → “Ann Lee-Smith”',
      'Dec 9, 2026 · Email “ann@example.com” cleared',
      'Dec 9, 2026 · Notes edited',
      'Dec 9, 2026 · Tag “leadership” removed',
      'Dec 9, 2026 · Restored from the archive',
      'Dec 8, 2026 · Archived',
      'Dec 6, 2026 · Role set to “CFO”',
      'Dec 6, 2026 · Notes written',
      'Dec 6, 2026 · Tag “finance” added',
      'Dec 1, 2026 · Added',
      'Dec 1, 2026 · Tag “leadership” added'
    ])
    expect(linesOf(page, AUCKLAND).slice(5, 9)).toEqual([
      'Dec 8, 2026 · Archived',
      'Dec 7, 2026 · Role set to “CFO”',
      'Dec 7, 2026 · Notes written',
      'Dec 7, 2026 · Tag “finance” added'
    ])
    // One write, one group: the edit of Dec 9 and the restore before it are two.
    expect(page.groups.map((group) => group.lines.length)).toEqual([4, 1, 1, 3, 2])
    const notes = page.groups[0]!.lines[2]!
    expect(notes).toEqual({ kind: 'edited', part: null, field: 'Notes', before: 'Worried about her manager', after: 'Relieved', private: true })
    expect(page.earlier).toEqual({ notRecordedFrom: null, compactedBefore: null })
    expect(page.nextCursor).toBeNull()
  })

  it('answers for a record that no longer exists, and an erased client leaves no history to read', async () => {
    const { call, sqlite } = fresh()
    const client = await call.ok('clients:create', { name: 'Ann Lee', notes: 'Private and erased' })
    const uid = (await historyOf(call, 'clients', client.id)).uid
    await call.ok('privacy:eraseClient', { clientId: client.id, confirmName: 'Ann Lee' })
    const gone = await call.fail('changes:history', { table: 'clients', id: client.id })
    expect(gone).toMatchObject({ code: 'not_found', message: 'This client no longer exists: it may have been deleted.' })
    const left = sqlite.prepare('SELECT column_name, value FROM change_log WHERE record = ?').all(uid)
    expect(left).toEqual([{ column_name: null, value: null }])
  })
})

describe("an engagement's history", () => {
  it('reads its status in words, its fee in its currency and its kind by name', async () => {
    const { call } = fresh()
    const { engagement, kinds } = await clientWithEngagement(call, { title: 'Leading the finance team' })
    at('2026-12-06T20:30:00Z')
    await call.ok('engagements:update', {
      id: engagement.id,
      kindId: kinds['Leadership coaching']!,
      title: 'Leading the finance team',
      startDate: '2026-01-05',
      fee: { amountMinor: 150000, currency: 'EUR', basis: 'package' }
    })
    at('2026-12-07T09:00:00Z')
    await call.ok('engagements:setStatus', { id: engagement.id, status: 'completed', date: '2026-12-05', openActions: 'dropped' })

    const page = await historyOf(call, 'engagements', engagement.id)
    expect(linesOf(page, LONDON)).toEqual([
      'Dec 7, 2026 · Status Active → Completed',
      'Dec 6, 2026 · Kind “Executive coaching” → “Leadership coaching”',
      'Dec 6, 2026 · Fee set to €1,500.00',
      'Dec 6, 2026 · Fee basis set to Package',
      'Dec 1, 2026 · Added'
    ])
    expect(linesOf(page, AUCKLAND)[0]).toBe('Dec 7, 2026 · Status Active → Completed')
    expect(linesOf(page, AUCKLAND)[1]).toBe('Dec 7, 2026 · Kind “Executive coaching” → “Leadership coaching”')
  })

  it('names a kind deleted since as such, and reads a corrected status change as a change of its day', async () => {
    const { call } = fresh()
    const { engagement, kinds } = await clientWithEngagement(call)
    const own = await call.ok('engagements:createKind', { name: 'Team coaching', isMentoring: false })
    await call.ok('engagements:update', { id: engagement.id, kindId: own.id, startDate: '2026-01-05' })
    await call.ok('engagements:update', { id: engagement.id, kindId: kinds['Executive coaching']!, startDate: '2026-01-05' })
    await call.ok('engagements:deleteKind', { id: own.id })
    const { statusHistory } = await call.ok('engagements:get', { id: engagement.id })
    at('2026-12-02T09:00:00Z')
    await call.ok('engagements:correctStatusChange', { id: statusHistory.at(-1)!.id, date: '2026-01-06', note: '' })
    const lines = linesOf(await historyOf(call, 'engagements', engagement.id), LONDON)
    // The first status's day is the engagement's start.
    expect(lines).toEqual([
      'Dec 2, 2026 · Start date Jan 5, 2026 → Jan 6, 2026',
      'Dec 2, 2026 · Status change Active, Jan 5, 2026 · From Jan 5, 2026 → Jan 6, 2026',
      'Dec 1, 2026 · Kind a deleted kind of engagement → “Executive coaching”',
      'Dec 1, 2026 · Title “Team coaching” → “Executive coaching”',
      'Dec 1, 2026 · Planned sessions 6 → 8',
      'Dec 1, 2026 · Kind “Executive coaching” → a deleted kind of engagement',
      'Dec 1, 2026 · Title “Executive coaching” → “Team coaching”',
      'Dec 1, 2026 · Planned sessions 8 → 6',
      'Dec 1, 2026 · Added'
    ])
  })
})

describe("a goal's and a session's history", () => {
  it('reads a goal’s measurements with it, and a session’s start in the coach’s time zone', async () => {
    const { call } = fresh()
    const { engagement } = await clientWithEngagement(call)
    const goal = await call.ok('goals:create', { engagementId: engagement.id, statement: 'Delegate more', measure: 'rating', priority: 'high' })
    at('2026-12-03T09:00:00Z')
    await call.ok('goals:createMeasurement', { goalId: goal.id, measuredOn: '2026-12-03', value: 7 })
    await call.ok('goals:update', { id: goal.id, statement: 'Delegate the weekly report', measure: 'rating', priority: 'medium' })
    expect(linesOf(await historyOf(call, 'goals', goal.id), LONDON)).toEqual([
      'Dec 3, 2026 · Goal “Delegate more” → “Delegate the weekly report”',
      'Dec 3, 2026 · Priority High → Medium',
      'Dec 3, 2026 · Measurement 7, Dec 3, 2026 added',
      'Dec 1, 2026 · Added'
    ])

    const session = await call.ok('sessions:create', { engagementId: engagement.id, startsAt: '2026-12-10T23:30:00Z' })
    at('2026-12-04T09:00:00Z')
    await call.ok('sessions:update', { id: session.id, startsAt: '2026-12-11T23:30:00Z', privateObservations: 'Tired' })
    const sessionHistory = await historyOf(call, 'sessions', session.id)
    expect(linesOf(sessionHistory, LONDON).slice(0, 2)).toEqual([
      'Dec 4, 2026 · Start Dec 10, 2026, 11:30 PM → Dec 11, 2026, 11:30 PM',
      'Dec 4, 2026 · Private observations written'
    ])
    expect(linesOf(sessionHistory, AUCKLAND)[0]).toBe('Dec 4, 2026 · Start Dec 11, 2026, 12:30 PM → Dec 12, 2026, 12:30 PM')
  })
})

describe('parts removed on their own', () => {
  it('reads a measurement deleted by itself in its goal’s history', async () => {
    const { call } = fresh()
    const { engagement } = await clientWithEngagement(call)
    const goal = await call.ok('goals:create', { engagementId: engagement.id, statement: 'Delegate more', measure: 'rating', priority: 'high' })
    at('2026-12-03T09:00:00Z')
    const measurement = await call.ok('goals:createMeasurement', { goalId: goal.id, measuredOn: '2026-12-03', value: 7 })
    at('2026-12-05T09:00:00Z')
    await call.ok('goals:deleteMeasurement', { id: measurement.id })
    expect(linesOf(await historyOf(call, 'goals', goal.id), LONDON)).toEqual([
      'Dec 5, 2026 · Measurement 7, Dec 3, 2026 removed',
      'Dec 3, 2026 · Measurement 7, Dec 3, 2026 added',
      'Dec 1, 2026 · Added'
    ])
  })
})

describe('what the history cannot show', () => {
  it('says that a record older than the change log has no earlier history, and reads its first change without a before', async () => {
    const { call, sqlite } = fresh()
    const client = await call.ok('clients:create', { name: 'Ann Lee', role: 'CFO' })
    // A record from before the change log: its insert was never logged.
    const uid = (await historyOf(call, 'clients', client.id)).uid
    sqlite.prepare("UPDATE clients SET created_at = '2025-03-03T10:00:00.000Z' WHERE id = ?").run(client.id)
    sqlite.prepare('DELETE FROM change_log WHERE record = ?').run(uid)
    at('2026-12-06T10:00:00Z')
    await call.ok('clients:update', { id: client.id, name: 'Ann Lee', role: 'CEO', tags: [] })
    const page = await historyOf(call, 'clients', client.id)
    expect(linesOf(page, LONDON)).toEqual(['Dec 6, 2026 · Role changed to “CEO”'])
    expect(earlierText(page.earlier, LONDON)).toEqual(['Added Mar 3, 2025, before Coachbook recorded changes: earlier history was not recorded.'])
  })

  it('reads a practice from before the change log: nothing before the upgrade, each change after it', async () => {
    vi.setSystemTime(new Date('2026-12-06T10:00:00Z'))
    const folder = temporaryFolder('coachbook-history-')
    copyFileSync(resolve(import.meta.dirname, '../../../test/fixtures/v14.sqlite'), join(folder, DATABASE_FILE_NAME))
    const { call, close, practice } = practiceInFolder({ folder })
    closing = close
    const { id, createdAt } = practice.database.sqlite.prepare('SELECT id, created_at AS createdAt FROM clients ORDER BY id LIMIT 1').get() as { id: number; createdAt: string }
    const before = await historyOf(call, 'clients', id)
    expect(before.groups).toEqual([])
    expect(before.earlier).toEqual({ notRecordedFrom: createdAt, compactedBefore: null })

    const { name, organisation, email, phone, timezone, notes, tags } = await call.ok('clients:get', { id })
    at('2026-12-06T11:00:00Z')
    await call.ok('clients:update', { id, name, organisation, email, phone, timezone, notes, tags, role: 'Chief People Officer' })
    const after = await historyOf(call, 'clients', id)
    // The notes as the form sends them back (their closing spaces trimmed) are a change; the
    // tags were written anew with the client, and what they were before is not recorded.
    expect(linesOf(after, LONDON)).toEqual([
      'Dec 6, 2026 · Role changed to “Chief People Officer”',
      'Dec 6, 2026 · Notes edited',
      'Dec 6, 2026 · Tags changed to “board” and “finance”'
    ])
  })

  it('says which changes were compacted, and keeps the addition', async () => {
    const { call, sqlite } = fresh()
    const client = await call.ok('clients:create', { name: 'Ann Lee' })
    at('2026-12-02T10:00:00Z')
    await call.ok('clients:update', { id: client.id, name: 'Ann Lee-Smith', tags: [] })
    at('2026-12-04T10:00:00Z')
    await call.ok('clients:update', { id: client.id, name: 'Ann Smith', tags: [] })
    const before = '2026-12-03T00:00:00.000Z'
    compactChangeLog(sqlite, before)
    sqlite.prepare('UPDATE change_clock SET compacted_before = ?').run(before)
    const page = await historyOf(call, 'clients', client.id)
    expect(linesOf(page, LONDON)).toEqual(['Dec 4, 2026 · Name “Ann Lee-Smith” → “Ann Smith”', 'Dec 1, 2026 · Added'])
    expect(earlierText(page.earlier, AUCKLAND)).toEqual(['Changes before Dec 3, 2026 are kept as the values they led to, not one by one.'])
  })

  it('comes a page at a time, newest first', async () => {
    const { call } = fresh()
    const client = await call.ok('clients:create', { name: 'Ann Lee' })
    for (let day = 10; day < 45; day++) {
      vi.setSystemTime(new Date(Date.UTC(2026, 11, 1) + day * 3_600_000))
      await call.ok('clients:update', { id: client.id, name: `Ann ${day}`, tags: [] })
    }
    const first = await historyOf(call, 'clients', client.id)
    expect(first.groups).toHaveLength(30)
    expect(first.earlier).toEqual({ notRecordedFrom: null, compactedBefore: null })
    const second = await historyOf(call, 'clients', client.id, first.nextCursor!)
    expect(second.groups.map((group) => group.lines.length)).toEqual([1, 1, 1, 1, 1, 1])
    expect(linesOf(second, LONDON).at(-1)).toBe('Dec 1, 2026 · Added')
    expect(second.nextCursor).toBeNull()
  })
})
