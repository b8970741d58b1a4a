import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query'
import { api } from '../../lib/api'

export const organisationKeys = {
  all: ['organisations'] as const,
  list: (query: string) => ['organisations', 'list', query] as const,
  detail: (id: number) => ['organisations', 'detail', id] as const
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

/**
 * A change to a sponsor or a contact refreshes the sponsor screens and the engagements,
 * which show the sponsor's name and lose it when the sponsor is deleted.
 */
function useOrganisationMutation<I, O>(mutationFn: (input: I) => Promise<O>, forget?: (output: O) => QueryKey) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: (output) => {
      // A deleted record's pane is left as it is until the screen moves on, not refetched into an error.
      if (forget) queryClient.removeQueries({ queryKey: forget(output) })
      return Promise.all(
        [organisationKeys.all, ['engagement'], ['engagements']].map((queryKey) => queryClient.invalidateQueries({ queryKey }))
      )
    }
  })
}

export const useCreateOrganisation = () => useOrganisationMutation(api.organisations.create)
export const useUpdateOrganisation = () => useOrganisationMutation(api.organisations.update)
export const useDeleteOrganisation = () => useOrganisationMutation(api.organisations.delete, ({ id }) => organisationKeys.detail(id))
export const useCreateContact = () => useOrganisationMutation(api.organisations.createContact)
export const useUpdateContact = () => useOrganisationMutation(api.organisations.updateContact)
export const useDeleteContact = () => useOrganisationMutation(api.organisations.deleteContact)
