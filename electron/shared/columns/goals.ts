import { z } from 'zod'
import { GOAL_STATUS_LABELS, GOAL_STATUSES, MEASURE_LABELS, MEASURES, PRIORITIES, PRIORITY_LABELS } from '../goals'
import { choice, decimalNumber, isoDate, LIMITS, requiredText, wholeNumber } from '../text'
import { column, createdAt, derived, key, link, notesText, parentKey, shortText, table, uid, updatedAt } from './column'


/**
 * A goal: what it is and how far it came is shareable (the sponsor sees it from the
 * "progress" level); why it matters, how success shows and the deadline are the client's.
 */
export const GOALS = table('goals', {
  id: key(),
  uid: uid(),
  engagementId: parentKey(),
  statement: column(requiredText('The goal', LIMITS.statement, 'A goal has no statement.'), { privacy: 'shareable', search: 'title' }),
  whyItMatters: column(notesText('Why it matters'), { privacy: 'clientOnly', search: 'body' }),
  successIndicator: column(notesText('The success indicator'), { privacy: 'clientOnly', search: 'body' }),
  observableBehaviours: column(notesText('The observable behaviours'), { privacy: 'clientOnly', search: 'body' }),
  measure: column(choice(MEASURES, 'The measure is not one Coachbook knows.'), { privacy: 'shareable', words: MEASURE_LABELS }),
  unit: column(shortText('The unit'), { privacy: 'shareable' }),
  /** Since format 2 of the export; files of format 1 have none. */
  unitOne: column(shortText('The unit for one').default(null), { privacy: 'shareable' }),
  baseline: column(decimalNumber('The baseline').nullable(), { privacy: 'shareable' }),
  target: column(decimalNumber('The target').nullable(), { privacy: 'shareable' }),
  deadline: column(isoDate('The deadline').nullable(), { privacy: 'clientOnly' }),
  priority: column(choice(PRIORITIES, 'The priority is not one Coachbook knows.'), { privacy: 'private', words: PRIORITY_LABELS }),
  /** A growth area of the same engagement, or null. */
  growthAreaId: link(),
  status: column(choice(GOAL_STATUSES, 'The goal status is not one Coachbook knows.'), { privacy: 'shareable', words: GOAL_STATUS_LABELS }),
  confidence: column(wholeNumber('The confidence', 0, 10).nullable(), { privacy: 'private' }),
  /** The coach's order of the engagement's goals. */
  sortOrder: column(wholeNumber('The order', 0, 1_000_000), { privacy: 'structure' }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  /** Whether its engagement is under way (migration 020): Today's index holds only those. */
  underWay: derived(z.number().int())
})

/** A measurement's value is charted for the client; its comment is the coach's working note. */
export const GOAL_MEASUREMENTS = table('goal_measurements', {
  id: key(),
  uid: uid(),
  goalId: parentKey(),
  measuredOn: column(isoDate('The date'), { privacy: 'clientOnly' }),
  value: column(decimalNumber('The value'), { privacy: 'clientOnly' }),
  comment: column(notesText('The comment'), { privacy: 'private' }),
  /** The session of the same engagement it was taken in, or null. */
  sessionId: link(),
  createdAt: createdAt()
})
