import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../../lib/api'

const reminderKeys = { settings: ['reminders', 'settings'] as const, missed: ['reminders', 'missed'] as const }

/** Main lists missed reminders when it opens or the computer wakes, not when the window asks: read again on each visit and now and then. */
const MISSED_REFRESH_MS = 60_000

export function useReminderSettings() {
  return useQuery({ queryKey: reminderKeys.settings, queryFn: () => api.reminders.settings({}) })
}

export function useUpdateReminderSettings() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: api.reminders.updateSettings,
    onSuccess: (settings) => queryClient.setQueryData(reminderKeys.settings, settings)
  })
}

export function useMissedReminders() {
  return useQuery({
    queryKey: reminderKeys.missed,
    queryFn: () => api.reminders.missed({}),
    refetchOnMount: 'always',
    refetchInterval: MISSED_REFRESH_MS
  })
}

export function useDismissMissedReminders() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: api.reminders.dismissMissed,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reminderKeys.missed })
  })
}
