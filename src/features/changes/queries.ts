import { useInfiniteQuery } from '@tanstack/react-query'
import type { HistoryTable } from '../../../electron/shared/history'
import { api } from '../../lib/api'

export const historyKeys = {
  all: ['history'] as const,
  of: (table: HistoryTable, id: number) => ['history', table, id] as const
}

/**
 * A record's history, a page of writes at a time, fetched only while it is open, and
 * afresh each time it opens: the record's own screens change it without knowing of it.
 */
export function useRecordHistory(table: HistoryTable, id: number, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: historyKeys.of(table, id),
    queryFn: ({ pageParam }) => api.changes.history({ table, id, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    enabled,
    staleTime: 0,
    refetchOnMount: 'always'
  })
}
