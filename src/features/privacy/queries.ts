import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../../lib/api'

export const privacyKeys = {
  retentionDue: (today: string) => ['privacy', 'retentionDue', today] as const,
  screenSharing: ['privacy', 'screenSharing'] as const
}

export function useScreenSharing() {
  return useQuery({ queryKey: privacyKeys.screenSharing, queryFn: () => api.privacy.screenSharing({}) })
}

export function useSetScreenSharing() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: api.privacy.setScreenSharing,
    onSuccess: (saved) => queryClient.setQueryData(privacyKeys.screenSharing, saved)
  })
}

export function useRetentionDue(today: string) {
  return useQuery({ queryKey: privacyKeys.retentionDue(today), queryFn: () => api.privacy.retentionDue({ today }) })
}

export const useExportClient = () => useMutation({ mutationFn: api.privacy.exportClient })

/** Reads a client export the coach chooses (or opened from outside the app) and says what it would add; writes nothing. */
export const usePreviewImport = () => useMutation({ mutationFn: (input: { opened?: boolean }) => api.privacy.previewImport(input) })

/** An import adds a client, maybe sponsors and kinds too: every list is refreshed. */
export function useImportClient() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: api.privacy.importClient, onSuccess: () => queryClient.invalidateQueries() })
}

/**
 * An erasure touches every list that can show the client or engagement (clients, engagements,
 * search, the retention list), so once it has landed every query is refreshed. Not awaited:
 * the screen moves away from the erased record at once instead of showing it as missing.
 */
function useErasure<I, O>(mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn, onSuccess: () => void queryClient.invalidateQueries() })
}

export const useEraseClient = () => useErasure(api.privacy.eraseClient)
export const useEraseEngagement = () => useErasure(api.privacy.eraseEngagement)

/** What the coach is told after an erasure: `done`, and when it is so, that the overwriting of the freed space waits. */
export function erasureNote(result: { scrubPending: boolean }, done: string): string {
  if (!result.scrubPending) return done
  return `${done} The space it used in your data file could not be overwritten yet (the disk may be full or busy): Coachbook finishes that the next time it opens.`
}
