import { formatDay, formatMoment } from '../../electron/shared/dates'

/** A stored ISO timestamp, shown in the coach's locale and time zone. */
export function formatDateTime(iso: string): string {
  return formatMoment(iso)
}

/** A calendar day stored as YYYY-MM-DD, shown in the coach's locale; the same day everywhere. */
export function formatDate(isoDate: string | null | undefined): string {
  return isoDate ? formatDay(isoDate) : '—'
}

/** Today as YYYY-MM-DD in the coach's own time zone. */
export { todayOf as todayIso } from '../../electron/shared/dates'

/** The coach's IANA time zone (this computer's): the clock their dates and times are read on. */
export function coachTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone
}
