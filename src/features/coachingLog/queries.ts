import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../../lib/api'
import { coachTimeZone } from '../../lib/format'

export const coachingLogKeys = {
  all: ['coachingLog'] as const,
  overview: (today: string) => ['coachingLog', 'overview', today] as const
}

/** The log is drawn from sessions every other screen changes: read afresh each time it is shown. */
export function useCoachingLog(today: string) {
  return useQuery({
    queryKey: coachingLogKeys.overview(today),
    queryFn: () => api.coachingLog.overview({ today, timeZone: coachTimeZone() }),
    staleTime: 0,
    refetchOnMount: 'always'
  })
}

/** A change to the log's own records, after which the log is drawn again. */
function useLogMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: coachingLogKeys.all }) })
}

export const useSetLogClient = () => useLogMutation(api.coachingLog.setClient)
export const useSetMentoring = () => useLogMutation(api.coachingLog.setMentoring)
export const useSetOpening = () => useLogMutation(api.coachingLog.setOpening)
export const useCreateGroup = () => useLogMutation(api.coachingLog.createGroup)
export const useUpdateGroup = () => useLogMutation(api.coachingLog.updateGroup)
export const useDeleteGroup = () => useLogMutation(api.coachingLog.deleteGroup)
export const useAddGroupSession = () => useLogMutation(api.coachingLog.addGroupSession)
export const useUpdateGroupSession = () => useLogMutation(api.coachingLog.updateGroupSession)
export const useDeleteGroupSession = () => useLogMutation(api.coachingLog.deleteGroupSession)
