import { SESSION_NOUNS, sessionNoun, type Session, type SessionNoun } from '../../../electron/shared/sessions'
import { capitalised, countOf, noun } from '../../../electron/shared/words'

export { capitalised }

/** The noun for an engagement's sessions: "meeting" when open-ended or mentoring (see shared/sessions.ts). */
export function sessionNounOf(engagement: { kind: { isMentoring: boolean }; plannedSessions: number | null }): SessionNoun {
  return sessionNoun(engagement.kind.isMentoring, engagement.plannedSessions)
}

/** "sessions" or "meetings". */
export function pluralNoun(noun: SessionNoun): string {
  return SESSION_NOUNS[noun].other
}

/** "1 meeting", "3 sessions". */
export function sessionCount(count: number, noun: SessionNoun): string {
  return countOf(count, SESSION_NOUNS[noun])
}

/** "Session 3 of 8", or "Meeting 3" when open-ended; null for a session not held (it has no number). */
export function sessionNumberLabel(session: Pick<Session, 'number' | 'of'>, noun: SessionNoun): string | null {
  if (session.number === null) return null
  return `${capitalised(noun)} ${session.number}${session.of !== null ? ` of ${session.of}` : ''}`
}

/** Minutes as hours, e.g. "4.5 hours", "1 hour". */
export function formatHours(minutes: number): string {
  return countOf(minutes / 60, noun('hour'), { maximumFractionDigits: 1 })
}

/** The contract's own message for a bad start speaks of ISO offsets; a coach only needs to finish typing it. */
export const START_MESSAGE = 'Enter the full date and time, down to the minute.'
