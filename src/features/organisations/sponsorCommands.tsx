import { useState, type ReactNode } from 'react'
import { useNavigate } from 'react-router'
import type { Organisation } from '../../../electron/shared/organisations'
import { countOf, noun, pluralOf } from '../../../electron/shared/words'
import type { CommandId } from '../../app/commands/definitions'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { notify } from '../../components/Toasts'
import { messageOf } from '../../lib/api'
import { OrganisationDialog } from './OrganisationDialog'
import { useDeleteOrganisation } from './queries'

/**
 * What can be done to one sponsor, by command: the same for the sponsor on show and for
 * any row of the sponsor list (its context menu). Editing opens the sponsor's dialog and
 * deleting asks first: `dialogs` holds both.
 */
export function useSponsorCommands(organisation: Organisation): { handlers: Partial<Record<CommandId, () => void>>; dialogs: ReactNode } {
  const navigate = useNavigate()
  const remove = useDeleteOrganisation()
  const [editing, setEditing] = useState(false)
  const [confirmingDelete, setConfirmingDelete] = useState(false)
  const contactCount = organisation.contacts.length

  const onDelete = () => {
    setConfirmingDelete(false)
    remove.mutate(
      { id: organisation.id },
      {
        onSuccess: () => {
          notify({ title: `${organisation.name} deleted` })
          void navigate('/organisations')
        },
        onError: (error) => notify({ title: 'Not deleted', description: messageOf(error) })
      }
    )
  }

  const dialogs = (
    <>
      {editing ? <OrganisationDialog organisation={organisation} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} /> : null}
      <ConfirmDialog
        isOpen={confirmingDelete}
        title={`Delete ${organisation.name}?`}
        confirmLabel="Delete organisation"
        destructive
        onConfirm={onDelete}
        onCancel={() => setConfirmingDelete(false)}
      >
        <p>
          {contactCount === 0
            ? 'The organisation and its notes will be erased.'
            : `The organisation, its notes and its ${pluralOf(contactCount, { one: 'contact', other: countOf(contactCount, noun('contact')) })} will be erased.`}
        </p>
        <p>
          Engagements it sponsored are kept, but unlinked: they will show no sponsor. Their sessions, goals and notes
          are not touched.
        </p>
      </ConfirmDialog>
    </>
  )
  return { handlers: { 'record.edit': () => setEditing(true), 'sponsor.delete': () => setConfirmingDelete(true) }, dialogs }
}
