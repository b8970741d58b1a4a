import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ChannelInput } from '../../../electron/shared/contract'
import { api } from '../../lib/api'

/** What the list shows; the pages of it are fetched as the coach scrolls. */
type ListInput = Omit<ChannelInput<'clients:list'>, 'cursor'>

export const clientKeys = {
  all: ['clients'] as const,
  list: (input: ListInput) => ['clients', 'list', input] as const,
  detail: (id: number) => ['clients', 'detail', id] as const
}

/** The client list a page at a time: the first page at once, the next ones as the coach scrolls to them. */
export function useClientList(input: ListInput) {
  return useInfiniteQuery({
    queryKey: clientKeys.list(input),
    queryFn: ({ pageParam }) => api.clients.list({ ...input, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    // Keep the previous list on screen while the next filter's answer arrives: no flicker as you type.
    placeholderData: keepPreviousData
  })
}

export function useClient(id: number) {
  return useQuery({ queryKey: clientKeys.detail(id), queryFn: () => api.clients.get({ id }), enabled: Number.isInteger(id) && id > 0 })
}

/** A client mutation that refreshes every client query once it has landed. */
function useClientMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientKeys.all })
  })
}

export const useCreateClient = () => useClientMutation(api.clients.create)
export const useUpdateClient = () => useClientMutation(api.clients.update)
export const useArchiveClient = () => useClientMutation(api.clients.archive)
export const useRestoreClient = () => useClientMutation(api.clients.restore)
export const useDeleteClient = () => useClientMutation(api.clients.delete)
