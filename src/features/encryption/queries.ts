import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../../lib/api'
import { backupKeys } from '../backup/queries'

export const encryptionKeys = { state: ['encryption', 'state'] as const }

export function useEncryptionState() {
  return useQuery({ queryKey: encryptionKeys.state, queryFn: () => api.encryption.status({}) })
}

function useStateMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn, onSettled: () => queryClient.invalidateQueries({ queryKey: encryptionKeys.state }) })
}

/** Makes the practice's recovery key; the answer is the one time it is ever shown. */
export const useMakeRecoveryKey = () => useStateMutation(() => api.encryption.makeRecoveryKey({}))

/** Opens a picked backup made with another key, with its recovery key. */
export const useUnlockBackup = () => useMutation({ mutationFn: api.encryption.unlockBackup })

/** Seals the key by a passphrase (or a new one); only the small key file is written. */
export const useKeepByPassphrase = () => useStateMutation(api.encryption.usePassphrase)
export const useKeepByKeychain = () => useStateMutation(() => api.encryption.useKeychain({}))

export const appLockKeys = { setting: ['encryption', 'appLock'] as const }

/** The app lock's idle time (null: off). */
export function useAppLock() {
  return useQuery({ queryKey: appLockKeys.setting, queryFn: () => api.encryption.appLock({}) })
}

export function useSetAppLock() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: api.encryption.setAppLock,
    onSuccess: (saved) => queryClient.setQueryData(appLockKeys.setting, saved)
  })
}

/** Unlocks the locked window: main checks the passphrase, where one keeps the key. */
export const useUnlockApp = () => useMutation({ mutationFn: api.encryption.unlockApp })

/** Rewrites the whole practice with a new key, after a backup the backup list then shows; the recovery key must be made again after it. */
export function useRekeyPractice() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: api.encryption.rekey,
    onSettled: () => Promise.all([encryptionKeys.state, backupKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey })))
  })
}
