import {
  CREDENTIAL_RULES,
  CREDENTIALS,
  LARGEST_GROUP,
  RECENT_MONTHS,
  type CredentialProgress,
  type LogRow,
  type LogTotals
} from '../../shared/coachingLog'
import { dayOf } from '../../shared/dates'
import type { Billing } from '../../shared/sessions'

/** A held session as the log counts it: its time is its length, whatever the clocks did meanwhile. */
export interface CountedSession {
  startsAt: string
  durationMinutes: number
  billing: Billing
}

export interface IndividualOnLog {
  clientId: number
  name: string
  email: string
  named: boolean
  openingPaidMinutes: number
  openingProBonoMinutes: number
  sessions: CountedSession[]
}

export interface GroupOnLog {
  groupId: number
  name: string
  contactName: string
  contactEmail: string
  size: number
  sessions: CountedSession[]
}

export interface Opening {
  paidMinutes: number
  proBonoMinutes: number
  clients: number
}

export interface Where {
  today: string
  timeZone: string
}

/**
 * The first day of the recent window: the same day of the month 18 months before today, or
 * that month's last day when it is shorter (31 August → 28 or 29 February).
 */
export function recentFromOf(today: string): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number]
  const monthIndex = year * 12 + (month - 1) - RECENT_MONTHS
  const toYear = Math.floor(monthIndex / 12)
  const toMonth = (monthIndex % 12) + 1
  const lastDay = new Date(Date.UTC(toYear, toMonth, 0)).getUTCDate()
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${String(toYear).padStart(4, '0')}-${pad(toMonth)}-${pad(Math.min(day, lastDay))}`
}

/** One line of the log: the dates are the coach's calendar days the first and last sessions started on. */
function rowOf(sessions: CountedSession[], where: Where, recentFrom: string) {
  let paidMinutes = 0
  let proBonoMinutes = 0
  let recentMinutes = 0
  let firstDay: string | null = null
  let lastDay: string | null = null
  for (const session of sessions) {
    if (session.billing === 'paid') paidMinutes += session.durationMinutes
    else proBonoMinutes += session.durationMinutes
    const day = dayOf(session.startsAt, where.timeZone)!
    if (day >= recentFrom && day <= where.today) recentMinutes += session.durationMinutes
    if (firstDay === null || day < firstDay) firstDay = day
    if (lastDay === null || day > lastDay) lastDay = day
  }
  return { paidMinutes, proBonoMinutes, recentMinutes, firstDay, lastDay }
}

export interface DrawnLog {
  recentFrom: string
  rows: LogRow[]
  totals: LogTotals
  progress: CredentialProgress[]
  unnamed: { clients: number; minutes: number }
  tooLarge: { groupId: number; name: string; size: number }[]
}

/**
 * Draws up the log as ICF counts it (the rules are in shared/coachingLog.ts): each named
 * individual client with time on the log, each group of 15 or fewer by its contact person,
 * its time counted once and each member counted as a client; then the totals, with the
 * opening balance, and what each credential still needs.
 */
export function drawLog(individuals: IndividualOnLog[], groups: GroupOnLog[], opening: Opening, where: Where): DrawnLog {
  const recentFrom = recentFromOf(where.today)
  const rows: LogRow[] = []
  const unnamed = { clients: 0, minutes: 0 }
  for (const client of individuals) {
    const row = rowOf(client.sessions, where, recentFrom)
    row.paidMinutes += client.openingPaidMinutes
    row.proBonoMinutes += client.openingProBonoMinutes
    const minutes = row.paidMinutes + row.proBonoMinutes
    if (minutes === 0) continue
    if (!client.named) {
      unnamed.clients++
      unnamed.minutes += minutes
      continue
    }
    rows.push({ kind: 'individual', name: client.name, email: client.email, people: 1, clientId: client.clientId, groupId: null, ...row })
  }
  const tooLarge: DrawnLog['tooLarge'] = []
  for (const group of groups) {
    if (group.sessions.length === 0) continue
    if (group.size > LARGEST_GROUP) {
      tooLarge.push({ groupId: group.groupId, name: group.name, size: group.size })
      continue
    }
    const row = rowOf(group.sessions, where, recentFrom)
    rows.push({ kind: 'group', name: group.contactName, email: group.contactEmail, people: group.size, clientId: null, groupId: group.groupId, ...row })
  }
  rows.sort((a, b) => (a.firstDay ?? '').localeCompare(b.firstDay ?? '') || a.name.localeCompare(b.name))
  const totals: LogTotals = {
    paidMinutes: opening.paidMinutes + sum(rows, (row) => row.paidMinutes),
    proBonoMinutes: opening.proBonoMinutes + sum(rows, (row) => row.proBonoMinutes),
    // Hours before Coachbook carry no dates, so they never count as recent.
    recentMinutes: sum(rows, (row) => row.recentMinutes),
    clients: opening.clients + sum(rows, (row) => row.people)
  }
  return { recentFrom, rows, totals, progress: progressOf(totals), unnamed, tooLarge }
}

function sum<T>(items: T[], of: (item: T) => number): number {
  return items.reduce((total, item) => total + of(item), 0)
}

/** What each credential still needs, in hours and clients: 0 once a threshold is met. */
export function progressOf(totals: LogTotals): CredentialProgress[] {
  const hoursShort = (neededHours: number, minutes: number) => Math.max(0, neededHours * 60 - minutes) / 60
  return CREDENTIALS.map((credential) => {
    const rule = CREDENTIAL_RULES[credential]
    const missingHours = hoursShort(rule.hours, totals.paidMinutes + totals.proBonoMinutes)
    const missingPaidHours = hoursShort(rule.paidHours, totals.paidMinutes)
    const missingClients = Math.max(0, rule.clients - totals.clients)
    const missingRecentHours = rule.recentHours === null ? null : hoursShort(rule.recentHours, totals.recentMinutes)
    const met = missingHours === 0 && missingPaidHours === 0 && missingClients === 0 && !missingRecentHours
    return { credential, met, missingHours, missingPaidHours, missingClients, missingRecentHours }
  })
}
