import { z } from 'zod'
import { BILLING, BILLING_LABELS, SESSION_FORMAT_LABELS, SESSION_FORMATS, SESSION_STATUS_WORDS, SESSION_STATUSES } from '../sessions'
import { choice, isoDateTime, LIMITS, requiredText, text, wholeNumber } from '../text'
import { column, createdAt, key, marked, parentKey, table, updatedAt } from './column'

const notes = (label: string) => text(label, LIMITS.notes)

/**
 * A session. The sponsor learns when sessions were held and for how long; the client's
 * summary shows a held session's agenda, topics, advice and next focus, and its notes
 * once marked shareable; private observations never leave the coach. The search index
 * keeps its text in the order of this list.
 */
export const SESSIONS = table('sessions', {
  id: key(),
  engagementId: parentKey(),
  startsAt: column(isoDateTime('The start'), { privacy: 'shareable' }),
  durationMinutes: column(wholeNumber('The duration in minutes', 1, 24 * 60), { privacy: 'shareable' }),
  format: column(choice(SESSION_FORMATS, 'The session format is not one Coachbook knows.'), { privacy: 'private', words: SESSION_FORMAT_LABELS }),
  billing: column(choice(BILLING, 'The billing is not one Coachbook knows.'), { privacy: 'private', words: BILLING_LABELS }),
  status: column(choice(SESSION_STATUSES, 'The session status is not one Coachbook knows.'), {
    privacy: 'shareable',
    words: SESSION_STATUS_WORDS
  }),
  agenda: column(notes('The agenda'), { privacy: 'clientOnly', search: 'body' }),
  topicsDiscussed: column(notes('The topics discussed'), { privacy: 'clientOnly', search: 'body' }),
  notes: column(notes('The notes'), { privacy: marked('notesShareable'), search: 'body' }),
  notesShareable: column(z.boolean(), { privacy: 'private' }),
  adviceGiven: column(notes('The advice given'), { privacy: 'clientOnly', search: 'body' }),
  nextFocus: column(notes('The next focus'), { privacy: 'clientOnly', search: 'body' }),
  privateObservations: column(notes('The private observations'), { privacy: 'private', search: 'body' }),
  createdAt: createdAt(),
  updatedAt: updatedAt()
})

/** An introduction a mentor made: the client's summary names them; the sponsor's counts them. */
export const SESSION_INTRODUCTIONS = table('session_introductions', {
  id: key(),
  sessionId: parentKey(),
  /** The order recorded: the export's list keeps it. */
  position: column(z.number().int().min(0), { privacy: 'structure', exported: false }),
  introducedTo: column(requiredText('The person introduced', LIMITS.name, 'An introduction names nobody.'), {
    privacy: 'clientOnly',
    search: 'title'
  }),
  reason: column(notes('Why'), { privacy: 'clientOnly', search: 'body' }),
  outcome: column(notes('The outcome'), { privacy: 'clientOnly', search: 'body' })
})
