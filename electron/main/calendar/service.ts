import { resolve } from 'node:path'
import { sql } from 'kysely'
import type { CalendarExport } from '../../shared/calendar'
import { todayOf } from '../../shared/dates'
import type { Reader } from '../db/door'
import { AppError, notFound } from '../errors'
import { safeFileName } from '../fileNames'
import type { Platform } from '../platform'
import { writeAtomically } from '../savedFiles'
import { calendarFile, type CalendarEventSource } from './ics'
import { readCalendarSettings } from './settings'

/**
 * The sessions' columns an event is made of, and the client's name (shown as the coach
 * chose in Settings). Raw SQL for the uid, which the Kysely row types do not list.
 * Notes, observations and the rest are never read.
 */
const EVENT_COLUMNS = sql`
  SELECT s.uid, s.starts_at, s.duration_minutes, s.format, s.status, s.agenda, s.created_at, s.updated_at, c.name AS client_name
  FROM sessions AS s JOIN engagements AS e ON e.id = s.engagement_id JOIN clients AS c ON c.id = e.client_id`

/** Sessions a calendar should hold or drop: scheduled ones, and cancelled ones so that an event already imported is cancelled. */
const IN_CALENDAR = sql`s.status IN ('scheduled', 'cancelled')`

export async function sessionEvent(db: Reader, sessionId: number): Promise<CalendarEventSource> {
  const { rows } = await sql<CalendarEventSource>`${EVENT_COLUMNS} WHERE s.id = ${sessionId}`.execute(db)
  if (!rows[0]) throw notFound('session', 'sessionId')
  return rows[0]
}

export async function engagementEvents(db: Reader, engagementId: number): Promise<CalendarEventSource[]> {
  const engagement = await db.selectFrom('engagements').select('id').where('id', '=', engagementId).executeTakeFirst()
  if (!engagement) throw notFound('engagement', 'engagementId')
  const { rows } = await sql<CalendarEventSource>`
    ${EVENT_COLUMNS} WHERE s.engagement_id = ${engagementId} AND ${IN_CALENDAR} ORDER BY s.starts_at, s.id`.execute(db)
  return rows
}

export async function upcomingEvents(db: Reader, from: string): Promise<CalendarEventSource[]> {
  const { rows } = await sql<CalendarEventSource>`
    ${EVENT_COLUMNS} WHERE s.starts_at >= ${from} AND ${IN_CALENDAR} ORDER BY s.starts_at, s.id`.execute(db)
  return rows
}

function withIcsExtension(path: string): string {
  return /\.ics$/i.test(path) ? path : `${path}.ics`
}

/** What to save and under which name the save dialog proposes. */
export interface CalendarExportRequest {
  events: CalendarEventSource[]
  /** E.g. the client's name; the file is "<name> – sessions – <day>.ics". */
  nameStart: string
}

/** Nothing to export is said, rather than an empty calendar saved. */
export function someEvents(events: CalendarEventSource[], nothingToExport: string): CalendarEventSource[] {
  if (events.length === 0) throw new AppError('not_found', nothingToExport)
  return events
}

/**
 * Asks where to save, then writes the file whole or not at all. A cancelled dialog is an
 * answer, not an error; a full disk or a folder that cannot be written to says so in words
 * the coach can act on (savedFiles.ts).
 */
export async function saveCalendar(db: Reader, platform: Platform, request: CalendarExportRequest, now: Date): Promise<CalendarExport> {
  const chosen = await platform.chooseSaveFile({
    title: 'Export to calendar',
    defaultName: safeFileName({ text: request.nameStart, fallback: 'Coachbook', suffix: ` – sessions – ${todayOf(now)}`, extension: '.ics' }),
    filters: [{ name: 'Calendar file', extensions: ['ics'] }]
  })
  if (chosen === null) return { cancelled: true }
  const path = resolve(withIcsExtension(chosen))
  const text = calendarFile(request.events, await readCalendarSettings(db), now)
  await writeAtomically(path, Buffer.from(text, 'utf8'), 'calendar file')
  return { path, events: request.events.length }
}
