import { useQuery } from '@tanstack/react-query'
import { api } from '../../lib/api'
import { useMutationSavedAs } from '../../lib/cache'

export const brandingKey = ['reports', 'branding'] as const

export function useBranding() {
  return useQuery({ queryKey: brandingKey, queryFn: () => api.reports.getBranding({}) })
}

export const useSaveBranding = () => useMutationSavedAs(brandingKey, api.reports.setBranding)
export const useClearLogo = () => useMutationSavedAs(brandingKey, api.reports.clearLogo)
export const useChooseLogo = () =>
  useMutationSavedAs(brandingKey, async (input: Record<string, never>) => (await api.reports.chooseLogo(input)).branding)
