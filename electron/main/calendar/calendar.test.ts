import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { compactChangeLog } from '../changes'
import type { AppDatabase } from '../db/connection'
import { readCalendarFile } from '../testing/calendarFile'
import { caller, clientWithEngagement, type Caller } from '../testing/calls'
import { freshDispatch } from '../testing/db'
import type { StandInPlatform } from '../testing/platform'

/** A full disk on demand: the next file opened for writing fails as a full disk does. */
const disk = vi.hoisted(() => ({ full: false }))
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>()
  const open: typeof real.open = async (...args) => {
    const handle = await real.open(...args)
    if (!disk.full) return handle
    return Object.assign(Object.create(handle) as typeof handle, {
      writeFile: async () => {
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
      },
      close: () => handle.close()
    })
  }
  return { ...real, open, default: { ...real, open } }
})

let database: AppDatabase
let call: Caller
let platform: StandInPlatform
let folder: string

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-03-01T09:00:00Z'))
  const fresh = freshDispatch()
  ;({ database, platform, folder } = fresh)
  call = caller(fresh.dispatch)
})
afterEach(() => {
  disk.full = false
  database.close()
  vi.useRealTimers()
})

function exportedPath(result: { path: string } | { cancelled: true }): string {
  if (!('path' in result)) throw new Error('The export was cancelled.')
  return result.path
}

async function uidOf(sessionId: number): Promise<string> {
  const { url } = await call.ok('links:forRecord', { kind: 'session', id: sessionId })
  return url.replace('coachbook://open/session/', '')
}

function schedule(engagementId: number, startsAt: string, fields: { agenda?: string; notes?: string; privateObservations?: string } = {}) {
  return call.ok('sessions:create', { engagementId, startsAt, durationMinutes: 60, format: 'video', ...fields })
}

describe('exporting sessions to a calendar file', () => {
  it('writes an engagement’s sessions on either side of a DST change at the local time they were booked, in UTC', async () => {
    const { engagement } = await clientWithEngagement(call)
    // Europe/London: 09:00 GMT before the clocks go forward on 29 March, 09:00 BST after.
    const before = await schedule(engagement.id, '2026-03-27T09:00:00+00:00')
    const after = await schedule(engagement.id, '2026-04-03T09:00:00+01:00')

    const result = await call.ok('calendar:exportEngagement', { engagementId: engagement.id })
    expect(result).toEqual({ path: join(folder, 'Zoë Ødegård – sessions – 2026-03-01.ics'), events: 2 })
    const text = readFileSync(exportedPath(result), 'utf8')
    expect(text).toContain('DTSTART:20260327T090000Z')
    expect(text).toContain('DTEND:20260327T100000Z')
    expect(text).toContain('DTSTART:20260403T080000Z')
    expect(text).toContain('DTEND:20260403T090000Z')

    const { method, events } = readCalendarFile(exportedPath(result))
    expect(method).toBe('PUBLISH')
    expect(events).toEqual([
      {
        uid: await uidOf(before.id),
        summary: 'Session with Z.Ø. (Video)',
        start: '2026-03-27T09:00:00.000Z',
        end: '2026-03-27T10:00:00.000Z',
        status: 'CONFIRMED',
        sequence: 0,
        description: null,
        url: null
      },
      {
        uid: await uidOf(after.id),
        summary: 'Session with Z.Ø. (Video)',
        start: '2026-04-03T08:00:00.000Z',
        end: '2026-04-03T09:00:00.000Z',
        status: 'CONFIRMED',
        sequence: 0,
        description: null,
        url: null
      }
    ])
    const london = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' })
    expect(events.map((event) => london.format(new Date(event.start)))).toEqual(['09:00', '09:00'])
  })

  it('exports a cancelled session as a cancelled event with the same UID and a higher SEQUENCE', async () => {
    const { engagement } = await clientWithEngagement(call)
    const session = await schedule(engagement.id, '2026-03-10T14:00:00Z')
    const first = readCalendarFile(exportedPath(await call.ok('calendar:exportSession', { sessionId: session.id })))
    expect(first.events.map(({ status, sequence }) => ({ status, sequence }))).toEqual([{ status: 'CONFIRMED', sequence: 0 }])

    vi.setSystemTime(new Date('2026-03-01T09:05:00Z'))
    await call.ok('sessions:setStatus', { id: session.id, status: 'cancelled' })
    const second = readCalendarFile(exportedPath(await call.ok('calendar:exportSession', { sessionId: session.id })))
    expect(second.events.map(({ uid, status, sequence }) => ({ uid, status, sequence }))).toEqual([
      { uid: await uidOf(session.id), status: 'CANCELLED', sequence: 300 }
    ])
  })

  it('raises SEQUENCE with each change to the session, and never lowers it', async () => {
    const { engagement } = await clientWithEngagement(call)
    const session = await schedule(engagement.id, '2026-03-10T14:00:00Z')
    const sequence = async () => readCalendarFile(exportedPath(await call.ok('calendar:exportSession', { sessionId: session.id }))).events[0]!.sequence

    expect(await sequence()).toBe(0)
    vi.setSystemTime(new Date('2026-03-01T09:01:30Z'))
    await call.ok('sessions:update', { id: session.id, startsAt: '2026-03-10T15:00:00Z', durationMinutes: 60, format: 'phone' })
    expect(await sequence()).toBe(90)
    vi.setSystemTime(new Date('2026-03-02T09:00:00Z'))
    await call.ok('sessions:update', { id: session.id, startsAt: '2026-03-11T15:00:00Z', durationMinutes: 45, format: 'phone' })
    expect(await sequence()).toBe(86_400)

    // Reading or exporting is no change.
    vi.setSystemTime(new Date('2026-03-05T09:00:00Z'))
    await call.ok('sessions:get', { id: session.id })
    expect(await sequence()).toBe(86_400)

    // Compacting the change log a year on leaves the number where it was, and the next change raises it.
    const logged = () => database.sqlite.prepare('SELECT count(*) FROM change_log').pluck().get() as number
    const before = logged()
    compactChangeLog(database.sqlite, '2027-03-06T00:00:00.000Z')
    expect(logged()).toBeLessThan(before)
    expect(await sequence()).toBe(86_400)
    vi.setSystemTime(new Date('2026-03-02T09:00:01Z'))
    await call.ok('sessions:setStatus', { id: session.id, status: 'cancelled' })
    expect(await sequence()).toBe(86_401)
  })

  it('puts only the client’s initials and the format in an event by default: no notes, no agenda, no link', async () => {
    const { engagement } = await clientWithEngagement(call)
    await schedule(engagement.id, '2026-03-10T14:00:00Z', {
      agenda: 'Board presentation nerves',
      notes: 'Worried about the merger',
      privateObservations: 'Seemed exhausted'
    })
    expect(await call.ok('calendar:settings', {})).toEqual({ clientName: 'initials', includeAgenda: false, includeLink: false })

    const text = readFileSync(exportedPath(await call.ok('calendar:exportEngagement', { engagementId: engagement.id })), 'utf8')
    for (const secret of ['Zoë', 'Ødegård', 'Board', 'merger', 'exhausted', 'DESCRIPTION', 'URL', 'coachbook://']) {
      expect(text).not.toContain(secret)
    }
    expect(readCalendarFile(join(folder, 'Zoë Ødegård – sessions – 2026-03-01.ics')).events[0]!.summary).toBe('Session with Z.Ø. (Video)')
  })

  it('adds the full name, the agenda and a link back to the session when the coach chooses to, and never the notes', async () => {
    const { engagement } = await clientWithEngagement(call)
    const session = await schedule(engagement.id, '2026-03-10T14:00:00Z', { agenda: 'Board presentation', notes: 'Worried about the merger' })
    await call.ok('calendar:updateSettings', { clientName: 'full_name', includeAgenda: true, includeLink: true })

    const path = exportedPath(await call.ok('calendar:exportSession', { sessionId: session.id }))
    const link = `coachbook://open/session/${await uidOf(session.id)}`
    const [event] = readCalendarFile(path).events
    expect(event).toMatchObject({
      summary: 'Session with Zoë Ødegård (Video)',
      description: `Agenda:\nBoard presentation\n\nOpen in Coachbook: ${link}`,
      url: link
    })
    expect(readFileSync(path, 'utf8')).not.toContain('merger')
  })

  it('exports an engagement’s scheduled and cancelled sessions in order, leaving out those held and the no-shows', async () => {
    const { engagement } = await clientWithEngagement(call)
    const held = await schedule(engagement.id, '2026-02-02T10:00:00Z')
    await call.ok('sessions:setStatus', { id: held.id, status: 'held' })
    const noShow = await schedule(engagement.id, '2026-02-16T10:00:00Z')
    await call.ok('sessions:setStatus', { id: noShow.id, status: 'no_show' })
    const third = await schedule(engagement.id, '2026-03-30T10:00:00Z')
    const first = await schedule(engagement.id, '2026-03-02T10:00:00Z')
    const cancelled = await schedule(engagement.id, '2026-03-16T10:00:00Z')
    await call.ok('sessions:setStatus', { id: cancelled.id, status: 'cancelled' })
    const { engagement: other } = await clientWithEngagement(call, {}, 'Ann Lee')
    await schedule(other.id, '2026-03-03T10:00:00Z')

    const result = await call.ok('calendar:exportEngagement', { engagementId: engagement.id })
    expect(result).toMatchObject({ events: 3 })
    const { events } = readCalendarFile(exportedPath(result))
    expect(events.map(({ uid, start, status }) => ({ uid, start, status }))).toEqual([
      { uid: await uidOf(first.id), start: '2026-03-02T10:00:00.000Z', status: 'CONFIRMED' },
      { uid: await uidOf(cancelled.id), start: '2026-03-16T10:00:00.000Z', status: 'CANCELLED' },
      { uid: await uidOf(third.id), start: '2026-03-30T10:00:00.000Z', status: 'CONFIRMED' }
    ])
  })

  it('exports every upcoming session of the practice from the moment given', async () => {
    const { engagement } = await clientWithEngagement(call)
    await schedule(engagement.id, '2026-02-27T10:00:00Z')
    const zoe = await schedule(engagement.id, '2026-03-04T10:00:00Z')
    const { engagement: other } = await clientWithEngagement(call, {}, 'Ann Lee')
    const ann = await schedule(other.id, '2026-03-03T08:00:00Z')

    const result = await call.ok('calendar:exportUpcoming', { from: '2026-03-01T09:00:00+00:00' })
    expect(result).toEqual({ path: join(folder, 'Upcoming – sessions – 2026-03-01.ics'), events: 2 })
    expect(readCalendarFile(exportedPath(result)).events.map(({ uid, summary }) => ({ uid, summary }))).toEqual([
      { uid: await uidOf(ann.id), summary: 'Session with A.L. (Video)' },
      { uid: await uidOf(zoe.id), summary: 'Session with Z.Ø. (Video)' }
    ])
  })

  it('says when there is nothing to export, without asking where to save', async () => {
    const { engagement } = await clientWithEngagement(call)
    platform.answerNextSave(join(folder, 'never.ics'))
    expect(await call.fail('calendar:exportEngagement', { engagementId: engagement.id })).toEqual({
      code: 'not_found',
      message: 'This engagement has no scheduled sessions to export. Schedule a session first.'
    })
    expect(await call.fail('calendar:exportUpcoming', { from: '2026-03-01T09:00:00Z' })).toMatchObject({ code: 'not_found' })
    expect(await call.fail('calendar:exportSession', { sessionId: 999 })).toMatchObject({ code: 'not_found', field: 'sessionId' })
  })

  it('does nothing when the coach cancels the save dialog, and adds .ics to a name without it', async () => {
    const { engagement } = await clientWithEngagement(call)
    const session = await schedule(engagement.id, '2026-03-10T14:00:00Z')
    platform.answerNextSave(null)
    expect(await call.ok('calendar:exportSession', { sessionId: session.id })).toEqual({ cancelled: true })
    platform.answerNextSave(join(folder, 'my sessions'))
    expect(await call.ok('calendar:exportSession', { sessionId: session.id })).toEqual({ path: join(folder, 'my sessions.ics'), events: 1 })
  })

  it('says the disk is full in plain words and leaves no file behind', async () => {
    const { engagement } = await clientWithEngagement(call)
    const session = await schedule(engagement.id, '2026-03-10T14:00:00Z')
    disk.full = true
    const error = await call.fail('calendar:exportSession', { sessionId: session.id })
    expect(error.code).toBe('disk_full')
    expect(error.message).toMatch(/^The disk is full.*the calendar file was not saved/)
    disk.full = false
    expect(readdirSync(folder).filter((name) => name.endsWith('.ics') || name.startsWith('.coachbook-'))).toEqual([])
  })
})
