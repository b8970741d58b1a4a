import { useQuery } from '@tanstack/react-query'
import { api } from '../../lib/api'

export const diagnosticsKeys = { about: ['diagnostics', 'about'] as const }

export function useAbout() {
  return useQuery({ queryKey: diagnosticsKeys.about, queryFn: () => api.diagnostics.about({}) })
}
