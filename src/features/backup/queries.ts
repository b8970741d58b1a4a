import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../../lib/api'

export const backupKeys = {
  all: ['backup'] as const,
  status: ['backup', 'status'] as const,
  list: ['backup', 'list'] as const,
  encryption: ['backup', 'encryption'] as const
}

export function useBackupStatus() {
  return useQuery({ queryKey: backupKeys.status, queryFn: () => api.backup.status({}) })
}

export function useBackupList() {
  return useQuery({ queryKey: backupKeys.list, queryFn: () => api.backup.list({}) })
}

/**
 * A backup action that refreshes the status and the list once it has landed — also when
 * it failed, because a failure is recorded in the status.
 */
function useBackupMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: backupKeys.all })
  })
}

export const useBackUpNow = () => useBackupMutation(() => api.backup.now({}))
export const useChooseBackupFolder = () => useBackupMutation(() => api.backup.chooseFolder({}))
export const useUpdateBackupSettings = () => useBackupMutation(api.backup.updateSettings)

export function useEncryptionStatus() {
  return useQuery({ queryKey: backupKeys.encryption, queryFn: () => api.backup.encryption({}) })
}

/** Encrypting reopens the practice from another file: the window reloads on success. */
export const useEncryptPractice = () => useBackupMutation(api.backup.encrypt)
export const useForgetPlainPractice = () => useBackupMutation(() => api.backup.forgetPlainPractice({}))

/** Picks a backup file to restore and reads it; restoring it waits for the coach's confirmation. */
export const useChooseBackupFile = () => useMutation({ mutationFn: () => api.backup.chooseFile({}) })

/** Restoring replaces every record: the window reloads on success, so nothing cached survives. */
export const useRestoreBackup = () => useMutation({ mutationFn: api.backup.restore })
