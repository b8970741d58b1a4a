import { useState, type ReactNode } from 'react'
import { useNavigate } from 'react-router'
import type { ClientSummary } from '../../../electron/shared/clients'
import type { CommandId } from '../../app/commands/definitions'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { notify } from '../../components/Toasts'
import { messageOf } from '../../lib/api'
import { useExportClientData } from '../privacy/exportClientData'
import { useArchiveClient, useDeleteClient, useRestoreClient } from './queries'
import { UNDO_BRINGS_IT_BACK } from '../undo/words'

type ClientTarget = Pick<ClientSummary, 'id' | 'name' | 'archivedAt'>

/**
 * What can be done to one client, by command: the same for the client on show (its
 * buttons, the shortcuts, the menus, the palette) and for any row of the client list
 * (its context menu). Deleting asks first: `dialogs` holds the question.
 */
export function useClientCommands(client: ClientTarget): { handlers: Partial<Record<CommandId, () => void>>; dialogs: ReactNode; pending: { archive: boolean; export: boolean } } {
  const navigate = useNavigate()
  const archive = useArchiveClient()
  const restore = useRestoreClient()
  const remove = useDeleteClient()
  const exportData = useExportClientData(client)
  const [confirmingDelete, setConfirmingDelete] = useState(false)

  const onArchive = () =>
    archive.mutate(
      { id: client.id },
      {
        onSuccess: () =>
          notify({
            title: `${client.name} archived`,
            description: 'Find them under Archived.',
            action: { label: 'Undo', onAction: () => restore.mutate({ id: client.id }) }
          }),
        onError: (error) => notify({ title: 'Not archived', description: messageOf(error) })
      }
    )

  const onRestore = () =>
    restore.mutate(
      { id: client.id },
      {
        onSuccess: () => notify({ title: `${client.name} restored` }),
        onError: (error) => notify({ title: 'Not restored', description: messageOf(error) })
      }
    )

  const onDelete = () => {
    setConfirmingDelete(false)
    remove.mutate(
      { id: client.id },
      {
        onSuccess: () => {
          notify({ title: `${client.name} deleted` })
          void navigate('/clients')
        },
        onError: (error) => notify({ title: 'Not deleted', description: messageOf(error) })
      }
    )
  }

  const handlers: Partial<Record<CommandId, () => void>> = {
    'record.edit': () => void navigate(`/clients/${client.id}/edit`),
    'engagement.new': () => void navigate(`/clients/${client.id}/engagements/new`),
    [client.archivedAt ? 'client.restore' : 'client.archive']: client.archivedAt ? onRestore : onArchive,
    'client.export': exportData.start,
    'client.delete': () => setConfirmingDelete(true)
  }

  const dialogs = (
    <ConfirmDialog
      isOpen={confirmingDelete}
      title={`Delete ${client.name} permanently?`}
      confirmLabel="Delete permanently"
      destructive
      onConfirm={onDelete}
      onCancel={() => setConfirmingDelete(false)}
    >
      <p>
        The client record, tags and notes, and every engagement with its sessions, goals, actions, assessment notes and
        reviews, will be deleted. {UNDO_BRINGS_IT_BACK}
      </p>
      <p>To keep the records but hide the client, archive them instead.</p>
    </ConfirmDialog>
  )
  return { handlers, dialogs, pending: { archive: archive.isPending || restore.isPending, export: exportData.isPending } }
}
