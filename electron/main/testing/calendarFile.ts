import { readFileSync } from 'node:fs'
import ICAL from 'ical.js'

export interface ParsedEvent {
  uid: string
  summary: string
  /** UTC, as an ISO moment. */
  start: string
  end: string
  status: string
  sequence: number
  description: string | null
  url: string | null
}

/**
 * A calendar file as an independent parser (Mozilla's ical.js, not the library that
 * wrote it) reads it back: what a calendar app would take from it.
 */
export function readCalendarFile(path: string): { method: string; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(path, 'utf8')))
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component)
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      status: String(component.getFirstPropertyValue('status')),
      sequence: event.sequence,
      description: (component.getFirstPropertyValue('description') as string | null) ?? null,
      url: (component.getFirstPropertyValue('url') as string | null) ?? null
    }
  })
  return { method: String(calendar.getFirstPropertyValue('method')), events }
}
