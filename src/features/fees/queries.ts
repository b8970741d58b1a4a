import { useQuery } from '@tanstack/react-query'
import { api } from '../../lib/api'
import { todayIso } from '../../lib/format'
import { engagementKeys, useEngagementMutation } from '../engagements/queries'

/** Under the engagement's key, so any change inside the engagement (a session held) refreshes its billing too. */
export const billingKey = (engagementId: number, today: string) => [...engagementKeys.one(engagementId), 'billing', today] as const

export function useBillingTerms(engagementId: number) {
  const today = todayIso()
  return useQuery({ queryKey: billingKey(engagementId, today), queryFn: () => api.fees.get({ engagementId, today }) })
}

export const useUpdateBillingTerms = () => useEngagementMutation(api.fees.update)
export const useSetCancelledLate = () => useEngagementMutation(api.fees.setCancelledLate)
