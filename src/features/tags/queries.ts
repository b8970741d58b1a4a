import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../../lib/api'

export const tagKeys = {
  all: ['tags'] as const,
  list: ['tags', 'list'] as const,
  ofEngagement: (engagementId: number) => ['tags', 'engagement', engagementId] as const
}

/** The practice's one vocabulary of tags, with how many clients and engagements carry each. */
export function useTags() {
  return useQuery({ queryKey: tagKeys.list, queryFn: () => api.tags.list({}) })
}

export function useEngagementTags(engagementId: number) {
  return useQuery({ queryKey: tagKeys.ofEngagement(engagementId), queryFn: () => api.tags.ofEngagement({ engagementId }) })
}

/** A change to tags shows in the tag lists, the clients (their chips), and the filtered lists. */
function useTagMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: tagKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['clients'] }),
        queryClient.invalidateQueries({ queryKey: ['filters'] })
      ])
  })
}

export const useSetEngagementTags = () => useTagMutation(api.tags.setForEngagement)
export const useRenameTag = () => useTagMutation(api.tags.rename)
export const useDeleteTag = () => useTagMutation(api.tags.delete)
