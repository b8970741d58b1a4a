import { useParams } from 'react-router'
import { CopyLinkButton } from '../links/RecordLinks'
import { Tag, TagGroup, TagList, Label } from 'react-aria-components'
import type { Client } from '../../../electron/shared/clients'
import { Button } from '../../components/Button'
import { EmptyState } from '../../components/EmptyState'
import { messageOf } from '../../lib/api'
import { formatDateTime } from '../../lib/format'
import { shortcutLabel } from '../../lib/shortcuts'
import type { CommandId } from '../../app/commands/definitions'
import { useCommands } from '../../app/commands/registry'
import { Attachments } from '../attachments/Attachments'
import { RecordHistory } from '../changes/RecordHistory'
import { ClientEngagements } from '../engagements/ClientEngagements'
import { EraseClientButton } from '../privacy/EraseClientButton'
import { ComingUp } from './ComingUp'
import { useClientCommands } from './clientCommands'
import { useClient } from './queries'

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
  const { handlers, dialogs, pending } = useClientCommands(client)
  useCommands(handlers)
  const run = (id: CommandId) => () => handlers[id]?.()

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
          <Button onPress={run('record.edit')} aria-keyshortcuts={shortcutLabel('e')}>
            Edit
          </Button>
          {client.archivedAt ? (
            <Button onPress={run('client.restore')} isPending={pending.archive}>
              Restore
            </Button>
          ) : (
            <Button onPress={run('client.archive')} isPending={pending.archive}>
              Archive
            </Button>
          )}
          <Button onPress={run('client.export')} isPending={pending.export}>
            Export all data…
          </Button>
          <CopyLinkButton kind="client" id={client.id} />
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

      <Attachments on={{ kind: 'client', id: client.id }} />

      <RecordHistory table="clients" id={client.id} noun="client" />

      {/* Away from the everyday buttons, each saying what it does and when it is the one to use. */}
      <section className="danger-zone" aria-labelledby="remove-client-heading">
        <h3 id="remove-client-heading">Removing {client.name}</h3>
        <div className="danger-row">
          <p id="delete-client-explained">
            <strong>Delete</strong> removes the client and everything recorded with them from your practice: for a record
            added by mistake. To keep the records but hide the client, archive them instead.
          </p>
          <Button variant="danger" onPress={run('client.delete')} aria-describedby="delete-client-explained">
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

      {dialogs}
    </section>
  )
}
