import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { AttachmentOwner } from '../../../electron/shared/attachments'
import { api } from '../../lib/api'

export const attachmentKeys = {
  all: ['attachments'] as const,
  on: (owner: AttachmentOwner) => ['attachments', owner.kind, owner.id] as const
}

export function useAttachments(owner: AttachmentOwner) {
  return useQuery({ queryKey: attachmentKeys.on(owner), queryFn: () => api.attachments.list({ on: owner }) })
}

/** The file picked in the open dialog, then stored on the record: two calls, the second the undoable write. */
export function useAttachFile(owner: AttachmentOwner) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async () => {
      const chosen = await api.attachments.choose({})
      if (chosen.status === 'cancelled') return null
      return api.attachments.add({ fileId: chosen.fileId, on: owner })
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: attachmentKeys.all })
  })
}

export function useRemoveAttachment() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: api.attachments.delete, onSuccess: () => queryClient.invalidateQueries({ queryKey: attachmentKeys.all }) })
}

export function useOpenAttachment() {
  return useMutation({ mutationFn: api.attachments.open })
}
