import { z } from 'zod'
import { LIMITS, recordId, text } from './text'

// What the client list and the engagement list both filter by (shared/filters.ts). Apart
// from filters.ts so that the client list's contract (shared/clients.ts) can take them
// without the two files importing each other.

/** How long since the last session held: none for at least so many weeks (or never), or none held yet. */
export const SINCE_LAST_SESSION = ['weeks2', 'weeks4', 'weeks8', 'weeks12', 'never'] as const
export type SinceLastSession = (typeof SINCE_LAST_SESSION)[number]
export const SINCE_LAST_SESSION_WORDS: Record<SinceLastSession, { label: string; weeks: number | null }> = {
  weeks2: { label: 'No session for 2+ weeks', weeks: 2 },
  weeks4: { label: 'No session for 4+ weeks', weeks: 4 },
  weeks8: { label: 'No session for 8+ weeks', weeks: 8 },
  weeks12: { label: 'No session for 12+ weeks', weeks: 12 },
  never: { label: 'No session held yet', weeks: null }
}

/** What both lists filter by; each is null when the list is not narrowed by it. */
export const listFilterFields = {
  tag: text('The tag', LIMITS.tag).nullable().default(null),
  kindId: recordId.nullable().default(null),
  sponsorId: recordId.nullable().default(null),
  sinceLastSession: z.enum(SINCE_LAST_SESSION, { error: 'Choose a time since the last session from the list.' }).nullable().default(null)
}

