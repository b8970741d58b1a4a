import { useQuery } from '@tanstack/react-query'
import { api } from '../../lib/api'
import { engagementKeys, useEngagementMutation } from '../engagements/queries'

export const goalKeys = {
  list: (engagementId: number) => [...engagementKeys.one(engagementId), 'goals'] as const,
  growthAreas: (engagementId: number) => [...engagementKeys.one(engagementId), 'goals', 'growth-areas'] as const
}

/** The engagement's goals in the coach's order, each with its measurements. */
export function useGoals(engagementId: number) {
  return useQuery({ queryKey: goalKeys.list(engagementId), queryFn: () => api.goals.listForEngagement({ engagementId }) })
}

/** The growth areas a goal may be linked to, from the engagement's assessment. */
export function useGrowthAreas(engagementId: number) {
  return useQuery({
    queryKey: goalKeys.growthAreas(engagementId),
    queryFn: () => api.assessment.overview({ engagementId }),
    select: (overview) => overview.growthAreas
  })
}

export const useCreateGoal = () => useEngagementMutation(api.goals.create)
export const useUpdateGoal = () => useEngagementMutation(api.goals.update)
export const useDeleteGoal = () => useEngagementMutation(api.goals.delete)
export const useReorderGoals = () => useEngagementMutation(api.goals.reorder)
export const useCreateMeasurement = () => useEngagementMutation(api.goals.createMeasurement)
export const useUpdateMeasurement = () => useEngagementMutation(api.goals.updateMeasurement)
export const useDeleteMeasurement = () => useEngagementMutation(api.goals.deleteMeasurement)
