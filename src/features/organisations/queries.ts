import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query'
import { api } from '../../lib/api'

export const organisationKeys = {
  all: ['organisations'] as const,
  list: (query: string) => ['organisations', 'list', query] as const,
  detail: (id: number) => ['organisations', 'detail', id] as const,
  /** Under 'engagements', so that creating, editing or deleting any engagement refreshes it. */
  sponsored: (id: number) => ['engagements', 'sponsor', id] as const
}

export function useOrganisationList(query = '') {
  // Keep the previous list on screen while the next filter's answer arrives: no flicker as you type.
  return useQuery({
    queryKey: organisationKeys.list(query),
    queryFn: () => api.organisations.list({ query }),
    placeholderData: keepPreviousData
  })
}

export function useOrganisation(id: number | null) {
  return useQuery({
    queryKey: organisationKeys.detail(id ?? 0),
    queryFn: () => api.organisations.get({ id: id ?? 0 }),
    enabled: id !== null && Number.isInteger(id) && id > 0
  })
}

/** The engagements the organisation sponsors, a page at a time: the next page when the coach asks for more. */
export function useSponsoredEngagements(organisationId: number) {
  return useInfiniteQuery({
    queryKey: organisationKeys.sponsored(organisationId),
    queryFn: ({ pageParam }) => api.organisations.listEngagements({ organisationId, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor
  })
}

/**
 * A change to a sponsor or a contact refreshes the sponsor screens and the engagements,
 * which show the sponsor's name and lose it when the sponsor is deleted.
 */
function useOrganisationMutation<I, O>(mutationFn: (input: I) => Promise<O>, forget?: (output: O) => QueryKey[]) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: (output) => {
      // A deleted record's pane is left as it is until the screen moves on, not refetched into an error.
      for (const queryKey of forget?.(output) ?? []) queryClient.removeQueries({ queryKey })
      return Promise.all(
        [organisationKeys.all, ['engagement'], ['engagements']].map((queryKey) => queryClient.invalidateQueries({ queryKey }))
      )
    }
  })
}

export const useCreateOrganisation = () => useOrganisationMutation(api.organisations.create)
export const useUpdateOrganisation = () => useOrganisationMutation(api.organisations.update)
export const useDeleteOrganisation = () =>
  useOrganisationMutation(api.organisations.delete, ({ id }) => [organisationKeys.detail(id), organisationKeys.sponsored(id)])
export const useCreateContact = () => useOrganisationMutation(api.organisations.createContact)
export const useUpdateContact = () => useOrganisationMutation(api.organisations.updateContact)
export const useDeleteContact = () => useOrganisationMutation(api.organisations.deleteContact)
