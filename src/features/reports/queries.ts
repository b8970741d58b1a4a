import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Branding } from '../../../electron/shared/reports'
import { api } from '../../lib/api'

export const brandingKey = ['reports', 'branding'] as const

export function useBranding() {
  return useQuery({ queryKey: brandingKey, queryFn: () => api.reports.getBranding({}) })
}

/** A branding change: the answer is the new branding, so the cache takes it as it is. */
function useBrandingMutation<I>(mutationFn: (input: I) => Promise<Branding>) {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn, onSuccess: (branding) => queryClient.setQueryData(brandingKey, branding) })
}

export const useSaveBranding = () => useBrandingMutation(api.reports.setBranding)
export const useClearLogo = () => useBrandingMutation(api.reports.clearLogo)
export const useChooseLogo = () =>
  useBrandingMutation(async (input: Record<string, never>) => (await api.reports.chooseLogo(input)).branding)
