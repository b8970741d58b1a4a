import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query'
import type { ChannelInput } from '../../../electron/shared/contract'
import { api } from '../../lib/api'

export type SearchInput = Omit<ChannelInput<'search:query'>, 'cursor'>

/**
 * Results a page at a time, best first. Always asked afresh (the app's other data is
 * cached until a change invalidates it, but any edit anywhere can change a search).
 */
export function searchQuery(input: SearchInput) {
  return infiniteQueryOptions({
    queryKey: ['search', input],
    queryFn: ({ pageParam }) => api.search.query({ ...input, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    enabled: input.text.trim() !== '',
    staleTime: 0,
    gcTime: 0
  })
}

/** The results shown as the coach types: the last ones stay in view while the next are on their way. */
export function useSearch(input: SearchInput) {
  return useInfiniteQuery({ ...searchQuery(input), placeholderData: keepPreviousData })
}

/** Clients whose name matches what is typed in the client filter: the first few, by name. */
export function useClientChoices(query: string) {
  return useQuery({
    // Under 'clients', so a renamed or new client shows here too.
    queryKey: ['clients', 'choices', query],
    queryFn: () => api.clients.list({ query, limit: 20, archived: 'all' }),
    placeholderData: keepPreviousData
  })
}
