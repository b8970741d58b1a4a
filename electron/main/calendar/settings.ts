import { calendarSettingsSchema, DEFAULT_CALENDAR_SETTINGS, type CalendarSettings } from '../../shared/calendar'
import type { Reader, Writer } from '../db/door'
import { defineSetting, readSetting, writeSetting } from '../settings'

/** What goes into a calendar event: the coach's choice, initials and format only unless they say more. */
const calendarSetting = defineSetting('calendar.event', calendarSettingsSchema, DEFAULT_CALENDAR_SETTINGS)

export function readCalendarSettings(db: Reader): Promise<CalendarSettings> {
  return readSetting(db, calendarSetting)
}

export function writeCalendarSettings(db: Writer, settings: CalendarSettings): Promise<CalendarSettings> {
  return writeSetting(db, calendarSetting, settings)
}
