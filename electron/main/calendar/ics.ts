import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator'
import type { CalendarSettings } from '../../shared/calendar'
import { recordLinkUrl } from '../../shared/links'
import { initialsOf } from '../../shared/names'
import { SESSION_FORMAT_LABELS, type SessionFormat, type SessionStatus } from '../../shared/sessions'

/** A session as the calendar file needs it: no notes or observations are ever read for it. */
export interface CalendarEventSource {
  /** The session's global id: the event's UID, the same in every file and on every computer. */
  uid: string
  /** UTC, as stored. */
  startsAt: string
  durationMinutes: number
  format: SessionFormat
  status: SessionStatus
  agenda: string
  clientName: string
  createdAt: string
  updatedAt: string
}

export const PRODUCT_ID = { company: 'Coachbook', product: 'Coachbook', language: 'EN' } as const

/**
 * SEQUENCE, which a calendar compares to decide whether an event it already has is out
 * of date: the whole seconds from the session's creation to its last change. Every change
 * to a session stamps `updated_at` (sessions/service.ts) and nothing else moves either
 * stamp, so the number only grows, needs no stored counter (and no migration), and does
 * not depend on the change log, which is compacted. A session changed twice within one
 * second gets one number for both: a calendar that imported the first keeps it until the
 * next change, which is why the file is written from the session as it stands.
 */
export function sequenceOf({ createdAt, updatedAt }: Pick<CalendarEventSource, 'createdAt' | 'updatedAt'>): number {
  return Math.max(0, Math.floor((Date.parse(updatedAt) - Date.parse(createdAt)) / 1000))
}

function summaryOf(session: CalendarEventSource, settings: CalendarSettings): string {
  const client = settings.clientName === 'full_name' ? session.clientName : initialsOf(session.clientName)
  return `Session with ${client} (${SESSION_FORMAT_LABELS[session.format]})`
}

function descriptionOf(session: CalendarEventSource, settings: CalendarSettings): string | null {
  const parts = [
    settings.includeAgenda && session.agenda.trim() !== '' ? `Agenda:\n${session.agenda.trim()}` : null,
    settings.includeLink ? `Open in Coachbook: ${recordLinkUrl({ kind: 'session', uid: session.uid })}` : null
  ].filter((part) => part !== null)
  return parts.length === 0 ? null : parts.join('\n\n')
}

/**
 * The calendar file: one VEVENT per session, times in UTC (DTSTART:…Z), which every
 * calendar shows in its own time zone, so no VTIMEZONE has to be shipped or kept up to
 * date; a session is one moment, not a local time that repeats across a DST change.
 * METHOD:PUBLISH, as a file to import rather than an invitation (REQUEST and CANCEL need an
 * organiser and attendees, RFC 5546): a calendar that has the event replaces it when the
 * UID matches and the SEQUENCE is higher, and a cancelled session comes as STATUS:CANCELLED.
 */
export function calendarFile(sessions: CalendarEventSource[], settings: CalendarSettings, stampedAt: Date): string {
  const calendar = ical({ prodId: PRODUCT_ID, method: ICalCalendarMethod.PUBLISH, name: 'Coachbook sessions' })
  for (const session of sessions) {
    const start = new Date(session.startsAt)
    calendar.createEvent({
      id: session.uid,
      start,
      end: new Date(start.getTime() + session.durationMinutes * 60_000),
      stamp: stampedAt,
      created: new Date(session.createdAt),
      lastModified: new Date(session.updatedAt),
      sequence: sequenceOf(session),
      summary: summaryOf(session, settings),
      description: descriptionOf(session, settings),
      url: settings.includeLink ? recordLinkUrl({ kind: 'session', uid: session.uid }) : null,
      status: session.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED
    })
  }
  return calendar.toString()
}
