const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' })

/** A stored ISO timestamp, shown in the coach's locale and time zone. */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso))
}

/** A calendar day stored as YYYY-MM-DD, shown in the coach's locale; the same day everywhere. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '—'
  return dateOnly.format(new Date(`${isoDate}T00:00:00Z`))
}

/** Today as YYYY-MM-DD in the coach's own time zone. */
export function todayIso(): string {
  const now = new Date()
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000)
  return local.toISOString().slice(0, 10)
}
