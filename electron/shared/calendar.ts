import { z } from 'zod'
import { choice, isoDateTime, recordId } from './text'

/**
 * Sessions in the coach's own calendar, as an .ics file. A calendar syncs to someone
 * else's servers (Google's, Apple's, an employer's Exchange), so what goes into an event
 * is the coach's choice, and by default only the client's initials and the session's format.
 */
export const CLIENT_NAMINGS = ['initials', 'full_name'] as const
export type ClientNaming = (typeof CLIENT_NAMINGS)[number]

export const CLIENT_NAMING_LABELS: Record<ClientNaming, string> = {
  initials: 'Initials (J.S.)',
  full_name: 'Full name'
}

export const calendarSettingsSchema = z.strictObject({
  /** How the client is named in an event's title. */
  clientName: choice(CLIENT_NAMINGS, 'Choose initials or the full name.'),
  /** The session's agenda in the event's description. */
  includeAgenda: z.boolean({ error: 'Include the agenda must be yes or no.' }),
  /** A coachbook:// link back to the session in the event, which opens it in Coachbook. */
  includeLink: z.boolean({ error: 'Include a link must be yes or no.' })
})
export type CalendarSettings = z.output<typeof calendarSettingsSchema>

/** Nothing but the client's initials and the session's format leaves the practice unless the coach says so. */
export const DEFAULT_CALENDAR_SETTINGS: CalendarSettings = { clientName: 'initials', includeAgenda: false, includeLink: false }

/** Where the file was saved, or that the coach cancelled the save dialog (not an error). */
export const calendarExportSchema = z.union([
  z.object({ path: z.string(), events: z.number() }),
  z.object({ cancelled: z.literal(true) })
])
export type CalendarExport = z.output<typeof calendarExportSchema>

export const calendarContract = {
  /** One session as a calendar event, whatever its status (a cancelled one as a cancelled event). */
  'calendar:exportSession': { input: z.strictObject({ sessionId: recordId }), output: calendarExportSchema },
  /** An engagement's scheduled sessions, and its cancelled ones so that calendars drop them. */
  'calendar:exportEngagement': { input: z.strictObject({ engagementId: recordId }), output: calendarExportSchema },
  /** Every scheduled or cancelled session of the practice from a moment on (the renderer's now). */
  'calendar:exportUpcoming': { input: z.strictObject({ from: isoDateTime('The start') }), output: calendarExportSchema },
  'calendar:settings': { input: z.strictObject({}), output: calendarSettingsSchema },
  'calendar:updateSettings': { input: calendarSettingsSchema, output: calendarSettingsSchema }
} as const
