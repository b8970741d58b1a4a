import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../../lib/api'

const calendarKeys = { settings: ['calendar', 'settings'] as const }

export function useCalendarSettings() {
  return useQuery({ queryKey: calendarKeys.settings, queryFn: () => api.calendar.settings({}) })
}

export function useUpdateCalendarSettings() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: api.calendar.updateSettings,
    onSuccess: (settings) => queryClient.setQueryData(calendarKeys.settings, settings)
  })
}
