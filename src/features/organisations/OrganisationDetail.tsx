import { useState } from 'react'
import { useParams } from 'react-router'
import type { Contact, Organisation } from '../../../electron/shared/organisations'
import { Button } from '../../components/Button'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { EmptyState } from '../../components/EmptyState'
import { notify } from '../../components/Toasts'
import { messageOf } from '../../lib/api'
import { formatDateTime } from '../../lib/format'
import { shortcutLabel } from '../../lib/shortcuts'
import { useCommands } from '../../app/commands/registry'
import { ContactDialog } from './ContactDialog'
import { useDeleteContact, useOrganisation } from './queries'
import { useSponsorCommands } from './sponsorCommands'
import { SponsoredEngagements } from './SponsoredEngagements'
import { SponsorBillingSection } from '../fees/SponsorBillingSection'

export function OrganisationDetail() {
  const id = Number(useParams().organisationId)
  const organisation = useOrganisation(id)

  if (organisation.isPending) return <section className="detail-pane" aria-label="Organisation" aria-busy="true" />
  if (organisation.isError) {
    return (
      <section className="detail-pane" aria-label="Organisation">
        <EmptyState title="This organisation could not be shown">{messageOf(organisation.error)}</EmptyState>
      </section>
    )
  }
  return <OrganisationRecord key={organisation.data.id} organisation={organisation.data} />
}

function OrganisationRecord({ organisation }: { organisation: Organisation }) {
  const { handlers, dialogs } = useSponsorCommands(organisation)
  useCommands(handlers)

  return (
    <section className="detail-pane" aria-labelledby="organisation-name">
      <header className="pane-header">
        <h2 id="organisation-name">{organisation.name}</h2>
        <div className="toolbar">
          <Button onPress={handlers['record.edit']} aria-keyshortcuts={shortcutLabel('e')}>
            Edit
          </Button>
          <Button variant="danger" onPress={handlers['sponsor.delete']}>
            Delete…
          </Button>
        </div>
      </header>

      <h3>Notes</h3>
      {organisation.notes ? <div className="notes">{organisation.notes}</div> : <p className="muted">No notes yet.</p>}

      <ContactList organisation={organisation} />

      <SponsorBillingSection organisationId={organisation.id} organisationName={organisation.name} />

      <SponsoredEngagements organisationId={organisation.id} organisationName={organisation.name} />

      <footer className="record-footer muted">
        Added {formatDateTime(organisation.createdAt)} · Last changed {formatDateTime(organisation.updatedAt)}
      </footer>

      {dialogs}
    </section>
  )
}

/** The people at the sponsor, each editable in a small dialog. */
function ContactList({ organisation }: { organisation: Organisation }) {
  const remove = useDeleteContact()
  // null: no dialog; 'new': adding; a contact: editing it.
  const [editing, setEditing] = useState<Contact | 'new' | null>(null)
  const [deleting, setDeleting] = useState<Contact | null>(null)

  const onDelete = (contact: Contact) => {
    setDeleting(null)
    remove.mutate(
      { id: contact.id },
      {
        onSuccess: () => notify({ title: `${contact.name} deleted` }),
        onError: (error) => notify({ title: 'Not deleted', description: messageOf(error) })
      }
    )
  }

  return (
    <section aria-labelledby="contacts-heading">
      <div className="section-header">
        <h3 id="contacts-heading">Contacts</h3>
        <Button onPress={() => setEditing('new')}>Add contact</Button>
      </div>
      {organisation.contacts.length === 0 ? (
        <p className="muted">
          No contacts yet. Add the person who commissions the coaching, such as the HR partner or the client's manager.
        </p>
      ) : (
        <ul className="contact-list" aria-label="Contacts">
          {organisation.contacts.map((contact) => (
            <li key={contact.id} className="card contact-card">
              <div className="contact-heading">
                <div>
                  <span className="contact-name">{contact.name}</span>
                  {contact.role ? <span className="muted"> · {contact.role}</span> : null}
                </div>
                <div className="toolbar">
                  <Button variant="quiet" onPress={() => setEditing(contact)} aria-label={`Edit ${contact.name}`}>
                    Edit
                  </Button>
                  <Button variant="quiet" className="button-danger" onPress={() => setDeleting(contact)} aria-label={`Delete ${contact.name}`}>
                    Delete…
                  </Button>
                </div>
              </div>
              {contact.email || contact.phone ? (
                <div className="contact-ways">
                  {contact.email ? <span>{contact.email}</span> : null}
                  {contact.phone ? <span>{contact.phone}</span> : null}
                </div>
              ) : null}
              {contact.notes ? <div className="notes contact-notes">{contact.notes}</div> : null}
            </li>
          ))}
        </ul>
      )}

      {editing !== null ? (
        <ContactDialog
          organisationId={organisation.id}
          organisationName={organisation.name}
          contact={editing === 'new' ? undefined : editing}
          onSaved={() => setEditing(null)}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      <ConfirmDialog
        isOpen={deleting !== null}
        title={`Delete ${deleting?.name ?? 'this contact'}?`}
        confirmLabel="Delete contact"
        destructive
        onConfirm={() => deleting && onDelete(deleting)}
        onCancel={() => setDeleting(null)}
      >
        <p>
          Their details and notes will be erased. Engagements that name them as the sponsor contact keep{' '}
          {organisation.name} as the sponsor, without a contact.
        </p>
      </ConfirmDialog>
    </section>
  )
}
