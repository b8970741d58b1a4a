import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { ChannelInput } from '../../../electron/shared/contract'
import { api } from '../../lib/api'

type EngagementListInput = Omit<ChannelInput<'filters:engagements'>, 'cursor'>

export const filterKeys = {
  all: ['filters'] as const,
  saved: ['filters', 'saved'] as const,
  engagements: (input: EngagementListInput) => ['filters', 'engagements', input] as const
}

/** Every engagement across clients, a page at a time as the coach scrolls. */
export function useEngagementList(input: EngagementListInput) {
  return useInfiniteQuery({
    queryKey: filterKeys.engagements(input),
    queryFn: ({ pageParam }) => api.filters.engagements({ ...input, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData
  })
}

export function useSavedFilters() {
  return useQuery({ queryKey: filterKeys.saved, queryFn: () => api.filters.list({}) })
}

/**
 * What the filters match changes with almost any record (a session held, a tag, a
 * status): after every successful change anywhere, the saved filters' counts and the
 * engagement list are read again.
 */
export function useFiltersFollowChanges() {
  const queryClient = useQueryClient()
  useEffect(
    () =>
      queryClient.getMutationCache().subscribe((event) => {
        if (event.type === 'updated' && event.action.type === 'success') void queryClient.invalidateQueries({ queryKey: filterKeys.all })
      }),
    [queryClient]
  )
}

function useFilterMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: filterKeys.all }) })
}

export const useSaveFilter = () => useFilterMutation(api.filters.save)
export const useRenameFilter = () => useFilterMutation(api.filters.rename)
export const useDeleteFilter = () => useFilterMutation(api.filters.delete)
