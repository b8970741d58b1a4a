import { useMutation, useQuery } from '@tanstack/react-query'
import { notify } from '../../components/Toasts'
import { api, messageOf } from '../../lib/api'
import { fileNameOf } from '../reports/ExportPdfButton'

/**
 * Under the invoices' key, so that issuing, a payment or a void anywhere draws it again;
 * and read afresh each time it is shown, since an erasure changes it too.
 */
export function useIncomeOverview(year: number, today: string) {
  return useQuery({
    queryKey: ['invoices', 'income', year, today],
    queryFn: () => api.income.overview({ year, today }),
    staleTime: 0,
    refetchOnMount: 'always',
    placeholderData: (previous) => previous
  })
}

/** The year's ledger as CSV, saved where the coach chooses; the toast names the file. */
export function useExportIncomeCsv() {
  return useMutation({
    mutationFn: (request: { year: number; today: string }) => api.income.exportCsv(request),
    onSuccess: (result) => {
      if ('path' in result) notify({ title: 'CSV saved', description: fileNameOf(result.path) })
    },
    onError: (error) => notify({ title: 'The CSV was not saved', description: messageOf(error) })
  })
}
