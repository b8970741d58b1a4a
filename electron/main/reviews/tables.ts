import type { Generated } from 'kysely'
import type { ReviewKind } from '../../shared/reviews'

export interface ReviewsTable {
  id: Generated<number>
  engagementId: number
  kind: ReviewKind
  heldOn: string
  keyLearnings: string
  sustainPlan: string
  clientFeedback: string
  clientFeedbackShareable: number
  clientRating: number | null
  followUpOn: string | null
  completedAt: string | null
  createdAt: string
  updatedAt: string
}

export interface ReviewOutcomesTable {
  reviewId: number
  goalId: number
  value: number | null
  achieved: 'yes' | 'partly' | 'no' | null
}

export interface ReviewTables {
  reviews: ReviewsTable
  reviewOutcomes: ReviewOutcomesTable
}
