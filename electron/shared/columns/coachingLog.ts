import { z } from 'zod'
import { BILLING, BILLING_LABELS, SESSION_STATUS_WORDS, SESSION_STATUSES } from '../sessions'
import { groupFields } from '../coachingLog'
import { choice, isoDateTime, wholeNumber } from '../text'
import { column, createdAt, key, parentKey, table, updatedAt, uid } from './column'

// The ICF coaching log's own records: the coach's, for their credential. None is in a
// summary, a report to a client or sponsor, or the search. What is about one client (their
// consent to be named, their hours before Coachbook, a mentoring engagement of theirs
// included) is in the client export (version 4), since it is about them; groups are logged
// by a contact person's name and email, linked to no client record, and are not.

/** What the coach says of one client for the log: consent to be named, and hours before Coachbook. */
export const COACHING_LOG_CLIENTS = table('coaching_log_clients', {
  id: key(),
  uid: uid(),
  clientId: parentKey(),
  named: column(z.boolean(), { privacy: 'private' }),
  openingPaidMinutes: column(wholeNumber('The paid time before Coachbook', 0, 6_000_000), { privacy: 'private' }),
  openingProBonoMinutes: column(wholeNumber('The pro bono time before Coachbook', 0, 6_000_000), { privacy: 'private' }),
  updatedAt: updatedAt()
})

/** A mentoring engagement the coach includes in the log (mentoring is left out otherwise). */
export const COACHING_LOG_ENGAGEMENTS = table('coaching_log_engagements', {
  id: key(),
  uid: uid(),
  engagementId: parentKey(),
  included: column(z.boolean(), { privacy: 'private' })
})

/** A coaching group: ICF logs it by one contact person and its size. */
export const COACHING_GROUPS = table('coaching_groups', {
  id: key(),
  uid: uid(),
  name: column(groupFields.shape.name, { privacy: 'private', exported: false }),
  contactName: column(groupFields.shape.contactName, { privacy: 'private', exported: false }),
  contactEmail: column(groupFields.shape.contactEmail, { privacy: 'private', exported: false }),
  size: column(groupFields.shape.size, { privacy: 'private', exported: false }),
  createdAt: { ...createdAt(), exported: false },
  updatedAt: { ...updatedAt(), exported: false }
})

/** A session with a whole group: its time counts once, however many took part. */
export const COACHING_GROUP_SESSIONS = table('coaching_group_sessions', {
  id: key(),
  uid: uid(),
  groupId: parentKey(),
  startsAt: column(isoDateTime('The start'), { privacy: 'private', exported: false }),
  durationMinutes: column(wholeNumber('The duration in minutes', 1, 24 * 60), { privacy: 'private', exported: false }),
  billing: column(choice(BILLING, 'The billing is not one Coachbook knows.'), { privacy: 'private', exported: false, words: BILLING_LABELS }),
  status: column(choice(SESSION_STATUSES, 'The session status is not one Coachbook knows.'), {
    privacy: 'private',
    exported: false,
    words: SESSION_STATUS_WORDS
  }),
  createdAt: { ...createdAt(), exported: false }
})
