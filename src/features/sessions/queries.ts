import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { api } from '../../lib/api'
import { todayIso } from '../../lib/format'
import { engagementKeys, useEngagementMutation } from '../engagements/queries'

export const sessionKeys = {
  list: (engagementId: number) => [...engagementKeys.one(engagementId), 'sessions'] as const,
  one: (engagementId: number, sessionId: number) => [...engagementKeys.one(engagementId), 'session', sessionId] as const,
  commitments: (engagementId: number, sessionId: number, today: string) =>
    [...engagementKeys.one(engagementId), 'session', sessionId, 'commitments', today] as const
}

/**
 * Oldest first, a page at a time as the coach scrolls; every page carries the whole
 * engagement's counts for "3 of 8 held". Under the engagement's key, so every session
 * mutation refetches all the pages loaded (useEngagementMutation).
 */
export function useSessions(engagementId: number) {
  return useInfiniteQuery({
    queryKey: sessionKeys.list(engagementId),
    queryFn: ({ pageParam }) => api.sessions.listForEngagement({ engagementId, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor
  })
}

/** The client's next scheduled session across their engagements, from now. */
export function useNextSession(clientId: number) {
  return useQuery({
    queryKey: [...engagementKeys.forClient(clientId), 'next-session'],
    queryFn: () => api.sessions.nextForClient({ clientId, from: new Date().toISOString() })
  })
}

export function useSession(engagementId: number, sessionId: number) {
  return useQuery({
    queryKey: sessionKeys.one(engagementId, sessionId),
    queryFn: () => api.sessions.get({ id: sessionId }),
    enabled: Number.isInteger(sessionId) && sessionId > 0
  })
}

/** What was agreed last time, what else is open, and what has been agreed in this session. */
export function useCommitmentsToReview(engagementId: number, sessionId: number) {
  const today = todayIso()
  return useQuery({
    queryKey: sessionKeys.commitments(engagementId, sessionId, today),
    queryFn: () => api.sessions.commitmentsToReview({ sessionId, today })
  })
}

export const useCreateSession = () => useEngagementMutation(api.sessions.create)
export const useCreateSeries = () => useEngagementMutation(api.sessions.createSeries)
export const useUpdateSession = () => useEngagementMutation(api.sessions.update)
export const useSetSessionStatus = () => useEngagementMutation(api.sessions.setStatus)
export const useDeleteSession = () => useEngagementMutation(api.sessions.delete)
