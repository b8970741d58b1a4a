import { useQuery } from '@tanstack/react-query'
import { api } from '../../lib/api'
import { engagementKeys, useEngagementMutation } from '../engagements/queries'

export const assessmentKey = (engagementId: number) => [...engagementKeys.one(engagementId), 'assessment'] as const

/** The whole assessment phase of one engagement in one answer. */
export function useAssessment(engagementId: number) {
  return useQuery({ queryKey: assessmentKey(engagementId), queryFn: () => api.assessment.overview({ engagementId }) })
}

export const useCreateIntakeNote = () => useEngagementMutation(api.assessment.createIntakeNote)
export const useUpdateIntakeNote = () => useEngagementMutation(api.assessment.updateIntakeNote)
export const useDeleteIntakeNote = () => useEngagementMutation(api.assessment.deleteIntakeNote)
export const useCreateInterview = () => useEngagementMutation(api.assessment.createInterview)
export const useUpdateInterview = () => useEngagementMutation(api.assessment.updateInterview)
export const useDeleteInterview = () => useEngagementMutation(api.assessment.deleteInterview)
export const useCreateResult = () => useEngagementMutation(api.assessment.createResult)
export const useUpdateResult = () => useEngagementMutation(api.assessment.updateResult)
export const useDeleteResult = () => useEngagementMutation(api.assessment.deleteResult)
export const useCreateGrowthArea = () => useEngagementMutation(api.assessment.createGrowthArea)
export const useUpdateGrowthArea = () => useEngagementMutation(api.assessment.updateGrowthArea)
export const useDeleteGrowthArea = () => useEngagementMutation(api.assessment.deleteGrowthArea)
