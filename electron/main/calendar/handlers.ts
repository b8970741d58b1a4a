import { effect, write, type DomainHandlers } from '../db/door'
import type { Platform } from '../platform'
import { engagementEvents, saveCalendar, sessionEvent, someEvents, upcomingEvents } from './service'
import { readCalendarSettings, writeCalendarSettings } from './settings'

export function calendarHandlers({ platform }: { platform: Platform }): DomainHandlers<'calendar'> {
  return {
    'calendar:exportSession': effect(async ({ reader }, { sessionId }) => {
      const event = await sessionEvent(reader, sessionId)
      return saveCalendar(reader, platform, { events: [event], nameStart: event.clientName }, new Date())
    }),
    'calendar:exportEngagement': effect(async ({ reader }, { engagementId }) => {
      const nothing = 'This engagement has no scheduled sessions to export. Schedule a session first.'
      const events = someEvents(await engagementEvents(reader, engagementId), nothing)
      return saveCalendar(reader, platform, { events, nameStart: events[0]!.clientName }, new Date())
    }),
    'calendar:exportUpcoming': effect(async ({ reader }, { from }) => {
      const events = someEvents(await upcomingEvents(reader, from), 'There are no upcoming sessions to export. Schedule a session first.')
      return saveCalendar(reader, platform, { events, nameStart: 'Upcoming' }, new Date())
    }),
    'calendar:settings': (reader) => readCalendarSettings(reader),
    'calendar:updateSettings': write((writer, settings) => writeCalendarSettings(writer, settings))
  }
}
