import { useQuery } from '@tanstack/react-query'
import type { Audience } from '../../../electron/shared/reviews'
import { api } from '../../lib/api'
import { engagementKeys, useEngagementMutation } from '../engagements/queries'

export const reviewKeys = {
  list: (engagementId: number) => [...engagementKeys.one(engagementId), 'reviews'] as const,
  summary: (engagementId: number, audience: Audience) => [...engagementKeys.one(engagementId), 'summary', audience] as const
}

/** Oldest first. */
export function useReviews(engagementId: number) {
  return useQuery({ queryKey: reviewKeys.list(engagementId), queryFn: () => api.reviews.listForEngagement({ engagementId }) })
}

/** The end-of-engagement summary as the given reader may see it. */
export function useSummary(engagementId: number, audience: Audience) {
  return useQuery({ queryKey: reviewKeys.summary(engagementId, audience), queryFn: () => api.reviews.summary({ engagementId, audience }) })
}

export const useCreateReview = () => useEngagementMutation(api.reviews.create)
export const useUpdateReview = () => useEngagementMutation(api.reviews.update)
export const useCompleteReview = () => useEngagementMutation(api.reviews.complete)
export const useDeleteReview = () => useEngagementMutation(api.reviews.delete)
