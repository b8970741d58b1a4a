import type { EngagementKind } from '../../../electron/shared/engagements'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { notify } from '../../components/Toasts'
import { messageOf } from '../../lib/api'
import { useDeleteKind } from './queries'
import { UNDO_BRINGS_IT_BACK } from '../undo/words'

interface DeleteKindDialogProps {
  /** One of the coach's own kinds that no engagement is of. */
  kind: EngagementKind
  onDeleted(): void
  onCancel(): void
}

/** Asks before deleting one of the coach's own kinds. Mount it to open it. */
export function DeleteKindDialog({ kind, onDeleted, onCancel }: DeleteKindDialogProps) {
  const remove = useDeleteKind()
  const confirm = () =>
    remove.mutate(
      { id: kind.id },
      {
        onSuccess: () => {
          notify({ title: `${kind.name} deleted` })
          onDeleted()
        },
        // Refused when an engagement took this kind meanwhile: the message says how many and what to do.
        onError: (error) => {
          notify({ title: `${kind.name} was not deleted`, description: messageOf(error) })
          onCancel()
        }
      }
    )
  return (
    <ConfirmDialog
      isOpen
      title={`Delete ${kind.name}?`}
      confirmLabel="Delete kind"
      destructive
      onConfirm={confirm}
      onCancel={onCancel}
    >
      <p>
        New engagements can no longer be of this kind. No engagement is of it now, so nothing else changes.{' '}
        {UNDO_BRINGS_IT_BACK}
      </p>
    </ConfirmDialog>
  )
}
