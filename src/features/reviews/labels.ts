import type { Review } from '../../../electron/shared/reviews'

export const REVIEW_KIND_LABELS: Record<Review['kind'], string> = { midpoint: 'Mid-point review', final: 'Final review' }

export const ACHIEVED_LABELS: Record<NonNullable<Review['outcomes'][number]['achieved']>, string> = {
  yes: 'Achieved',
  partly: 'Partly achieved',
  no: 'Not achieved'
}

/** The choices in the review form, answering "Achieved?". */
export const ACHIEVED_CHOICES: Record<keyof typeof ACHIEVED_LABELS, string> = { yes: 'Yes', partly: 'Partly', no: 'No' }
