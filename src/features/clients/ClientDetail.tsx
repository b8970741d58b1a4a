import { useState } from 'react'
import { useNavigate, useParams } from 'react-router'
import { Tag, TagGroup, TagList, Label } from 'react-aria-components'
import type { Client } from '../../../electron/shared/clients'
import { Button } from '../../components/Button'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { EmptyState } from '../../components/EmptyState'
import { notify } from '../../components/Toasts'
import { messageOf } from '../../lib/api'
import { formatDateTime } from '../../lib/format'
import { shortcutLabel } from '../../lib/shortcuts'
import { useCommands } from '../../app/commands/registry'
import { ClientEngagements } from '../engagements/ClientEngagements'
import { EraseClientButton } from '../privacy/EraseClientButton'
import { ExportClientButton } from '../privacy/ExportClientButton'
import { ComingUp } from './ComingUp'
import { useArchiveClient, useClient, useDeleteClient, useRestoreClient } from './queries'

export function ClientDetail() {
  const id = Number(useParams().clientId)
  const client = useClient(id)

  if (client.isPending) return <section className="detail-pane" aria-label="Client" aria-busy="true" />
  if (client.isError) {
    return (
      <section className="detail-pane" aria-label="Client">
        <EmptyState title="This client could not be shown">{messageOf(client.error)}</EmptyState>
      </section>
    )
  }
  return <ClientRecord client={client.data} />
}

function ClientRecord({ client }: { client: Client }) {
  const navigate = useNavigate()
  const archive = useArchiveClient()
  const restore = useRestoreClient()
  const remove = useDeleteClient()
  const [confirmingDelete, setConfirmingDelete] = useState(false)

  useCommands({ 'record.edit': () => void navigate(`/clients/${client.id}/edit`) })

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

  const details: [string, string | null][] = [
    ['Email', client.email],
    ['Phone', client.phone],
    ['Organisation', client.organisation],
    ['Role', client.role],
    ['Time zone', client.timezone]
  ]

  return (
    <section className="detail-pane" aria-labelledby="client-name">
      <header className="pane-header">
        <div>
          <h2 id="client-name">{client.name}</h2>
          {client.archivedAt ? <p className="muted">Archived {formatDateTime(client.archivedAt)}</p> : null}
        </div>
        <div className="toolbar">
          <Button onPress={() => void navigate(`/clients/${client.id}/edit`)} aria-keyshortcuts={shortcutLabel('e')}>
            Edit
          </Button>
          {client.archivedAt ? (
            <Button onPress={onRestore} isPending={restore.isPending}>
              Restore
            </Button>
          ) : (
            <Button onPress={onArchive} isPending={archive.isPending}>
              Archive
            </Button>
          )}
          <ExportClientButton client={client} />
        </div>
      </header>

      <ComingUp clientId={client.id} />

      <dl className="details">
        {details.map(([label, value]) => (
          <div key={label} className="detail-row">
            <dt>{label}</dt>
            <dd>{value ?? <span className="muted">—</span>}</dd>
          </div>
        ))}
      </dl>

      {client.tags.length > 0 ? (
        <TagGroup className="tag-group" selectionMode="none">
          <Label>Tags</Label>
          <TagList className="tag-list">
            {client.tags.map((tag) => (
              <Tag key={tag} id={tag} className="tag">
                {tag}
              </Tag>
            ))}
          </TagList>
        </TagGroup>
      ) : null}

      <ClientEngagements clientId={client.id} />

      <h3>Notes</h3>
      {client.notes ? <div className="notes">{client.notes}</div> : <p className="muted">No notes yet.</p>}

      {/* Away from the everyday buttons, each saying what it does and when it is the one to use. */}
      <section className="danger-zone" aria-labelledby="remove-client-heading">
        <h3 id="remove-client-heading">Removing {client.name}</h3>
        <div className="danger-row">
          <p id="delete-client-explained">
            <strong>Delete</strong> removes the client and everything recorded with them from your practice: for a record
            added by mistake. To keep the records but hide the client, archive them instead.
          </p>
          <Button variant="danger" onPress={() => setConfirmingDelete(true)} aria-describedby="delete-client-explained">
            Delete…
          </Button>
        </div>
        <div className="danger-row">
          <p id="erase-client-explained">
            <strong>Erase completely</strong> is for a client who asks to be forgotten (their right to erasure): everything
            about them goes, and the space it took in your data file is overwritten. Export all data first if they want a copy.
          </p>
          <EraseClientButton client={client} describedBy="erase-client-explained" />
        </div>
      </section>

      <footer className="record-footer muted">
        Added {formatDateTime(client.createdAt)} · Last changed {formatDateTime(client.updatedAt)}
      </footer>

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
          reviews, will be erased from this computer. This cannot be undone.
        </p>
        <p>To keep the records but hide the client, archive them instead.</p>
      </ConfirmDialog>
    </section>
  )
}
