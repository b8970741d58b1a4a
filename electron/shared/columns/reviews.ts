import { z } from 'zod'
import { ACHIEVED, ACHIEVED_WORDS } from '../goals'
import { REVIEW_KIND_LABELS, REVIEW_KINDS } from '../reviews'
import { choice, decimalNumber, isoDate, isoDateTime, recordId, wholeNumber } from '../text'
import { column, createdAt, key, notesText, parentKey, table, updatedAt, uid, type Marked } from './column'

/** The client's own words: in their summary always, in the sponsor's once they marked them shareable. */
const clientsWords = { shareableWhen: 'clientFeedbackShareable', otherwise: 'clientOnly' } as const satisfies Marked

export const REVIEWS = table('reviews', {
  id: key(),
  uid: uid(),
  engagementId: parentKey(),
  kind: column(choice(REVIEW_KINDS, 'The kind of review is not one Coachbook knows.'), { privacy: 'shareable', words: REVIEW_KIND_LABELS }),
  heldOn: column(isoDate('The review date'), { privacy: 'shareable' }),
  keyLearnings: column(notesText('The key learnings'), { privacy: 'shareable', search: 'body' }),
  sustainPlan: column(notesText('The plan to sustain the change'), { privacy: 'shareable', search: 'body' }),
  clientFeedback: column(notesText("The client's feedback"), { privacy: clientsWords, search: 'body' }),
  clientFeedbackShareable: column(z.boolean(), { privacy: 'private' }),
  clientRating: column(wholeNumber("The client's rating", 1, 10).nullable(), { privacy: clientsWords }),
  followUpOn: column(isoDate('The follow-up date').nullable(), { privacy: 'shareable' }),
  /** When the coach completed it; null while a draft. */
  completedAt: column(isoDateTime('The completion time').nullable(), { privacy: 'shareable' }),
  createdAt: createdAt(),
  updatedAt: updatedAt()
})

/** A goal's outcome in a review: the sponsor sees it with the goal, from the "progress" level. */
export const REVIEW_OUTCOMES = table('review_outcomes', {
  uid: uid(),
  reviewId: parentKey(),
  /** A goal of the same engagement. */
  goalId: column(recordId, { privacy: 'structure' }),
  value: column(decimalNumber('The value').nullable(), { privacy: 'shareable' }),
  achieved: column(choice(ACHIEVED, 'Whether the goal was achieved is not one of yes, partly or no.').nullable(), {
    privacy: 'shareable',
    words: ACHIEVED_WORDS
  })
})
