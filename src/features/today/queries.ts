import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { TodayBounds } from '../../../electron/shared/today'
import { api } from '../../lib/api'

export const todayKeys = {
  all: ['today'] as const,
  overview: (bounds: TodayBounds) => ['today', 'overview', bounds] as const,
  settings: ['today', 'settings'] as const,
  startScreen: ['today', 'startScreen'] as const
}

/**
 * The coach's day. Today gathers records every other screen changes, so it is read
 * afresh each time it is shown rather than kept until one of them says so.
 */
export function useTodayOverview(bounds: TodayBounds) {
  return useQuery({ queryKey: todayKeys.overview(bounds), queryFn: () => api.today.overview(bounds), staleTime: 0, refetchOnMount: 'always' })
}

export function useTodaySettings() {
  return useQuery({ queryKey: todayKeys.settings, queryFn: () => api.today.settings({}) })
}

export function useUpdateTodaySettings() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: api.today.updateSettings,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: todayKeys.all })
  })
}

/** Where the window opens: read once as it opens, and in Settings. */
export function useStartScreen() {
  return useQuery({ queryKey: todayKeys.startScreen, queryFn: () => api.today.startScreen({}) })
}

export function useSetStartScreen() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: api.today.setStartScreen,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: todayKeys.startScreen })
  })
}
