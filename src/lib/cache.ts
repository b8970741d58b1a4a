import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query'

/** A change whose answer is the record as now saved: the cache takes it as it is, with no second read. */
export function useMutationSavedAs<I, O>(queryKey: QueryKey, mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn, onSuccess: (saved) => queryClient.setQueryData(queryKey, saved) })
}
