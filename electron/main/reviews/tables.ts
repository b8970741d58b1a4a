import type { REVIEWS, REVIEW_OUTCOMES } from '../../shared/columns/reviews'
import type { StoredRow } from '../db/stored'

// Each table's row, from its column list (electron/shared/columns/reviews.ts).
export type ReviewsTable = StoredRow<typeof REVIEWS>
export type ReviewOutcomesTable = StoredRow<typeof REVIEW_OUTCOMES>

export interface ReviewTables {
  reviews: ReviewsTable
  reviewOutcomes: ReviewOutcomesTable
}
