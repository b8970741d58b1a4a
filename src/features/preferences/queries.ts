import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Preferences } from '../../../electron/shared/preferences'
import { api } from '../../lib/api'

export const preferencesKey = ['preferences'] as const

export function usePreferences() {
  return useQuery({ queryKey: preferencesKey, queryFn: () => api.preferences.get({}) })
}

function useSavePreferences<I>(mutationFn: (input: I) => Promise<Preferences>) {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn, onSuccess: (saved) => queryClient.setQueryData(preferencesKey, saved) })
}

export const useSetTheme = () => useSavePreferences(api.preferences.setTheme)
export const useSetLocale = () => useSavePreferences(api.preferences.setLocale)
