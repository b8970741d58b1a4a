import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../../lib/api'

/**
 * Everything under one engagement shares the key prefix ['engagement', id], so a
 * change anywhere in it (a session, a goal, a status) refreshes all its screens.
 */
export const engagementKeys = {
  all: ['engagement'] as const,
  one: (id: number) => ['engagement', id] as const,
  detail: (id: number) => ['engagement', id, 'detail'] as const,
  forClient: (clientId: number) => ['engagements', 'client', clientId] as const,
  kinds: ['engagements', 'kinds'] as const
}

export function useEngagement(id: number) {
  return useQuery({
    queryKey: engagementKeys.detail(id),
    queryFn: () => api.engagements.get({ id }),
    enabled: Number.isInteger(id) && id > 0
  })
}

export function useClientEngagements(clientId: number) {
  return useQuery({ queryKey: engagementKeys.forClient(clientId), queryFn: () => api.engagements.listForClient({ clientId }) })
}

export function useEngagementKinds() {
  return useQuery({ queryKey: engagementKeys.kinds, queryFn: () => api.engagements.listKinds({}) })
}

/**
 * A mutation on anything inside an engagement: once it lands, the engagement's
 * screens and the client's engagement list are refreshed.
 */
export function useEngagementMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: engagementKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['engagements'] })
      ])
  })
}

export const useSetEngagementStatus = () => useEngagementMutation(api.engagements.setStatus)
export const useCorrectStatusChange = () => useEngagementMutation(api.engagements.correctStatusChange)

/** A new kind of engagement joins the list the contract form chooses from. */
export function useCreateKind() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: api.engagements.createKind,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: engagementKeys.kinds })
  })
}

/**
 * A changed kind refreshes the kinds and the engagements that show its name; their
 * plans stay as they were.
 */
export function useUpdateKind() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: api.engagements.updateKind,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['engagements'] }),
        queryClient.invalidateQueries({ queryKey: engagementKeys.all })
      ])
  })
}

/** Only a kind no engagement is of can go, so no engagement's screen changes. */
export function useDeleteKind() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: api.engagements.deleteKind,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: engagementKeys.kinds })
  })
}

export const useCreateEngagement = () => useEngagementMutation(api.engagements.create)
export const useUpdateEngagement = () => useEngagementMutation(api.engagements.update)

/**
 * Deleting leaves the engagement's own queries alone (its screen is being left, and a
 * refetch would only fail); the client's list of engagements is refreshed.
 */
export function useDeleteEngagement() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: api.engagements.delete,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['engagements'] })
  })
}
