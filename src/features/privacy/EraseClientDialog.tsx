import { useState } from 'react'
import { useNavigate } from 'react-router'
import type { Client } from '../../../electron/shared/clients'
import { Field } from '../../components/Field'
import { FormDialog } from '../../components/FormDialog'
import { notify } from '../../components/Toasts'
import { useRefusal } from '../../components/formErrors'
import { erasureNote, useEraseClient } from './queries'
import { NEVER_UNDONE } from '../undo/words'

const FIELDS = { fields: ['confirmName'] as const }

/** The name as shown and the name as typed may encode accents differently; what matters is what shows. */
function sameName(typed: string, name: string): boolean {
  return typed.trim().normalize('NFC') === name.normalize('NFC')
}

/**
 * Erases the client for good (GDPR right to erasure). The coach types the client's
 * name to confirm, so a slip of the mouse can never do it. Mount it to open it.
 */
export function EraseClientDialog({ client, onCancel }: { client: Client; onCancel(): void }) {
  const navigate = useNavigate()
  const erase = useEraseClient()
  const [typed, setTyped] = useState('')
  const refusal = useRefusal(FIELDS)

  const onSubmit = () => {
    if (!sameName(typed, client.name)) {
      refusal.showOn('confirmName', `Type the name exactly as it is shown: ${client.name}`)
      return
    }
    erase.mutate(
      { clientId: client.id, confirmName: typed },
      {
        onSuccess: (result) => {
          notify({ title: `${client.name} erased`, description: erasureNote(result, 'Every record about them is deleted from this computer, but issued invoices and credit notes, which the law keeps.') })
          void navigate('/clients')
        },
        onError: refusal.show
      }
    )
  }

  return (
    <FormDialog
      isOpen
      title={`Erase ${client.name} completely?`}
      submitLabel="Erase completely"
      destructive
      error={refusal.general}
      isPending={erase.isPending}
      onSubmit={onSubmit}
      onCancel={onCancel}
    >
      <div className="erase-explanation">
        <p>
          This erases {client.name}'s record and notes and every engagement with its sessions, goals, actions, assessment
          notes and reviews, and overwrites the space they used in your data file. {NEVER_UNDONE}
        </p>
        <p>
          Issued invoices and credit notes are kept, because tax law obliges a business to keep them: only as they were
          issued, with the name and billing details printed on them. Draft invoices are erased.
        </p>
        <p>
          Backups made before now still hold this client. To keep a copy for them, use Export all data… first.
        </p>
      </div>
      <Field
        label="Type the client's name to confirm"
        value={typed}
        onChange={(value) => {
          setTyped(value)
          // Typing again takes back what was said of the name; a failure of the erasure itself stays.
          if (refusal.on('confirmName')) refusal.clear()
        }}
        error={refusal.on('confirmName')}
        autoComplete="off"
        spellCheck="false"
      />
    </FormDialog>
  )
}
