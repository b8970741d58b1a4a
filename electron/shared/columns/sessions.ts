import { z } from 'zod'
import { BILLING, BILLING_LABELS, SESSION_FORMAT_LABELS, SESSION_FORMATS, SESSION_STATUS_WORDS, SESSION_STATUSES } from '../sessions'
import { choice, isoDateTime, LIMITS, requiredText, wholeNumber } from '../text'
import { column, createdAt, key, marked, notesText, parentKey, table, updatedAt, uid } from './column'


/**
 * A session. The sponsor learns when sessions were held and for how long; the client's
 * summary shows a held session's agenda, topics, advice and next focus, and its notes
 * once marked shareable; private observations never leave the coach. The search index
 * keeps its text in the order of this list.
 */
export const SESSIONS = table('sessions', {
  id: key(),
  uid: uid(),
  engagementId: parentKey(),
  startsAt: column(isoDateTime('The start'), { privacy: 'shareable' }),
  durationMinutes: column(wholeNumber('The duration in minutes', 1, 24 * 60), { privacy: 'shareable' }),
  format: column(choice(SESSION_FORMATS, 'The session format is not one Coachbook knows.'), { privacy: 'private', words: SESSION_FORMAT_LABELS }),
  billing: column(choice(BILLING, 'The billing is not one Coachbook knows.'), { privacy: 'private', words: BILLING_LABELS }),
  status: column(choice(SESSION_STATUSES, 'The session status is not one Coachbook knows.'), {
    privacy: 'shareable',
    words: SESSION_STATUS_WORDS
  }),
  agenda: column(notesText('The agenda'), { privacy: 'clientOnly', search: 'body' }),
  topicsDiscussed: column(notesText('The topics discussed'), { privacy: 'clientOnly', search: 'body' }),
  notes: column(notesText('The notes'), { privacy: marked('notesShareable'), search: 'body' }),
  notesShareable: column(z.boolean(), { privacy: 'private' }),
  adviceGiven: column(notesText('The advice given'), { privacy: 'clientOnly', search: 'body' }),
  nextFocus: column(notesText('The next focus'), { privacy: 'clientOnly', search: 'body' }),
  privateObservations: column(notesText('The private observations'), { privacy: 'private', search: 'body' }),
  createdAt: createdAt(),
  updatedAt: updatedAt()
})

/** An introduction a mentor made: the client's summary names them; the sponsor's counts them. */
export const SESSION_INTRODUCTIONS = table('session_introductions', {
  id: key(),
  uid: uid(),
  sessionId: parentKey(),
  /** The order recorded: the export's list keeps it. */
  position: column(z.number().int().min(0), { privacy: 'structure', exported: false }),
  introducedTo: column(requiredText('The person introduced', LIMITS.name, 'An introduction names nobody.'), {
    privacy: 'clientOnly',
    search: 'title'
  }),
  reason: column(notesText('Why'), { privacy: 'clientOnly', search: 'body' }),
  outcome: column(notesText('The outcome'), { privacy: 'clientOnly', search: 'body' })
})
