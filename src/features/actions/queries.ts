import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { api } from '../../lib/api'
import { todayIso } from '../../lib/format'
import { engagementKeys, useEngagementMutation } from '../engagements/queries'

export const actionKeys = {
  open: (engagementId: number, today: string) => [...engagementKeys.one(engagementId), 'actions', 'open', today] as const,
  forGoal: (engagementId: number, goalId: number, today: string) =>
    [...engagementKeys.one(engagementId), 'actions', 'goal', goalId, today] as const
}

/**
 * The engagement's accountability list a page at a time: open actions, overdue judged
 * against the coach's today. A mutation refreshes it (useEngagementMutation), and
 * refreshing an infinite query fetches every page shown again from the first.
 */
export function useOpenActions(engagementId: number) {
  const today = todayIso()
  return useInfiniteQuery({
    queryKey: actionKeys.open(engagementId, today),
    queryFn: ({ pageParam }) => api.actions.listForEngagement({ engagementId, today, show: 'open', cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor
  })
}

/**
 * The client's open actions across their engagements, for their page. Under the
 * engagements' key, so any change in an engagement refreshes it.
 */
export function useClientOpenActions(clientId: number) {
  const today = todayIso()
  return useQuery({
    queryKey: [...engagementKeys.forClient(clientId), 'open-actions', today],
    queryFn: () => api.actions.listOpenForClient({ clientId, today })
  })
}

/** A goal's action plan: its actions and milestones. */
export function useGoalPlan(engagementId: number, goalId: number) {
  const today = todayIso()
  return useQuery({
    queryKey: actionKeys.forGoal(engagementId, goalId, today),
    queryFn: () => api.actions.listForGoal({ goalId, today })
  })
}

export const useCreateAction = () => useEngagementMutation(api.actions.create)
export const useUpdateAction = () => useEngagementMutation(api.actions.update)
export const useSetActionStatus = () => useEngagementMutation(api.actions.setStatus)
export const useDeleteAction = () => useEngagementMutation(api.actions.delete)
export const useCreateMilestone = () => useEngagementMutation(api.actions.createMilestone)
export const useUpdateMilestone = () => useEngagementMutation(api.actions.updateMilestone)
export const useDeleteMilestone = () => useEngagementMutation(api.actions.deleteMilestone)
