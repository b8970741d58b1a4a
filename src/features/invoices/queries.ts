import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../../lib/api'
import { coachTimeZone, todayIso } from '../../lib/format'
import { engagementKeys } from '../engagements/queries'

/** Under the engagement's key, so any change inside the engagement (a session held) refreshes its invoices too. */
const invoicesKey = (engagementId: number, today: string) => [...engagementKeys.one(engagementId), 'invoices', today] as const

export function useInvoices(engagementId: number) {
  const today = todayIso()
  return useQuery({ queryKey: invoicesKey(engagementId, today), queryFn: () => api.invoices.listForEngagement({ engagementId, today }) })
}

export function useInvoice(engagementId: number, id: number | null) {
  const today = todayIso()
  return useQuery({
    queryKey: [...invoicesKey(engagementId, today), id],
    queryFn: () => api.invoices.get({ id: id!, today }),
    enabled: id !== null
  })
}

export function useSuggestedLines(engagementId: number, enabled: boolean) {
  const today = todayIso()
  return useQuery({
    queryKey: [...invoicesKey(engagementId, today), 'suggestions'],
    queryFn: () => api.invoices.suggestions({ engagementId, today, timeZone: coachTimeZone() }),
    enabled
  })
}

/** Issued invoices past their due date, for Today. */
export function useOverdueInvoices() {
  const today = todayIso()
  return useQuery({ queryKey: ['invoices', 'overdue', today], queryFn: () => api.invoices.overdue({ today }) })
}

/** A change to an invoice: its engagement's lists and Today's overdue invoices follow. */
function useInvoiceMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: engagementKeys.all }), queryClient.invalidateQueries({ queryKey: ['invoices'] })])
  })
}

export const useCreateDraft = () => useInvoiceMutation(api.invoices.createDraft)
export const useUpdateDraft = () => useInvoiceMutation(api.invoices.updateDraft)
export const useDeleteDraft = () => useInvoiceMutation(api.invoices.deleteDraft)
export const useIssueInvoice = () => useInvoiceMutation(api.invoices.issue)
export const useAddPayment = () => useInvoiceMutation(api.invoices.addPayment)
export const useVoidInvoice = () => useInvoiceMutation(api.invoices.void)

export function useInvoiceSeries() {
  return useQuery({ queryKey: ['invoices', 'series'], queryFn: () => api.invoices.series({}) })
}
export const useSetInvoiceSeries = () => useInvoiceMutation(api.invoices.setSeries)

export function usePaymentDetails() {
  return useQuery({ queryKey: ['invoices', 'payment'], queryFn: () => api.invoices.paymentDetails({}) })
}
export const useSetPaymentDetails = () => useInvoiceMutation(api.invoices.setPaymentDetails)
