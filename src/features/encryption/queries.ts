import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../../lib/api'

export const encryptionKeys = { state: ['encryption', 'state'] as const }

export function useEncryptionState() {
  return useQuery({ queryKey: encryptionKeys.state, queryFn: () => api.encryption.status({}) })
}

/** Makes the practice's recovery key; the answer is the one time it is ever shown. */
export function useMakeRecoveryKey() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => api.encryption.makeRecoveryKey({}),
    onSettled: () => queryClient.invalidateQueries({ queryKey: encryptionKeys.state })
  })
}

/** Opens a picked backup made with another key, with its recovery key. */
export const useUnlockBackup = () => useMutation({ mutationFn: api.encryption.unlockBackup })
