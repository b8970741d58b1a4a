import type { Session, SessionStatus } from '../../../electron/shared/sessions'

export const FORMAT_LABELS: Record<Session['format'], string> = { in_person: 'In person', video: 'Video', phone: 'Phone' }

export const BILLING_LABELS: Record<Session['billing'], string> = { paid: 'Paid', pro_bono: 'Pro bono' }

export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = {
  scheduled: 'Scheduled',
  held: 'Held',
  cancelled: 'Cancelled',
  no_show: 'No-show'
}

/**
 * What the engagement's sessions are called: "meeting" for mentoring and other
 * open-ended engagements (met when needed), "session" for a planned programme.
 */
export function sessionNoun(isMentoring: boolean, plannedSessions: number | null): 'session' | 'meeting' {
  return isMentoring || plannedSessions === null ? 'meeting' : 'session'
}

/** The noun for an engagement's sessions (see sessionNoun). */
export function sessionNounOf(engagement: { kind: { isMentoring: boolean }; plannedSessions: number | null }): 'session' | 'meeting' {
  return sessionNoun(engagement.kind.isMentoring, engagement.plannedSessions)
}

export function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** "Session 3 of 8", or "Meeting 3" when open-ended; null for a session not held (it has no number). */
export function sessionNumberLabel(session: Pick<Session, 'number' | 'of'>, noun: 'session' | 'meeting'): string | null {
  if (session.number === null) return null
  return `${capitalised(noun)} ${session.number}${session.of !== null ? ` of ${session.of}` : ''}`
}

const hoursFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 })

/** Minutes as hours, e.g. "4.5 hours". */
export function formatHours(minutes: number): string {
  const hours = minutes / 60
  return `${hoursFormat.format(hours)} ${hours === 1 ? 'hour' : 'hours'}`
}

/** The contract's own message for a bad start speaks of ISO offsets; a coach only needs to finish typing it. */
export const START_MESSAGE = 'Enter the full date and time, down to the minute.'
