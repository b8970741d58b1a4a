/** The moment, for created/updated/recorded stamps: UTC ISO text, so it sorts. */
export function nowIso(): string {
  return new Date().toISOString()
}

/**
 * Today as the coach sees it, 'YYYY-MM-DD' in this machine's time zone (main and the
 * window share the machine). Only a default for a date the coach did not give; queries
 * that judge dates (overdue) take the renderer's date instead, so tests can fix it.
 */
export { todayOf as localToday } from '../shared/dates'

/** A stored UTC moment in this machine's locale and time zone, for messages main shows itself (native dialogs). */
export { formatMoment } from '../shared/dates'
