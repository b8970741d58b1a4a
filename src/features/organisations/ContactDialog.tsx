import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import type { z } from 'zod'
import { contactFields, type Contact, type ContactFields } from '../../../electron/shared/organisations'
import { showServerError, type FormFieldMap } from '../../components/formErrors'
import { TextControl } from '../../components/controlled'
import { FormDialog } from '../../components/FormDialog'
import { notify } from '../../components/Toasts'
import { useCreateContact, useUpdateContact } from './queries'

type Values = z.input<typeof contactFields>
const FIELDS: FormFieldMap<Values> = { fields: ['name', 'role', 'email', 'phone', 'notes'] }

export interface ContactDialogProps {
  organisationId: number
  organisationName: string
  /** The contact to edit; a new one when left out. */
  contact?: Contact
  onSaved(contact: Contact): void
  onCancel(): void
}

/** Adds or edits a person at a sponsor organisation. Mount it to open it. */
export function ContactDialog({ organisationId, organisationName, contact, onSaved, onCancel }: ContactDialogProps) {
  const create = useCreateContact()
  const update = useUpdateContact()
  const { control, handleSubmit, setError, formState } = useForm<Values, unknown, ContactFields>({
    defaultValues: {
      name: contact?.name ?? '',
      role: contact?.role ?? '',
      email: contact?.email ?? '',
      phone: contact?.phone ?? '',
      notes: contact?.notes ?? ''
    },
    resolver: zodResolver(contactFields),
    mode: 'onTouched'
  })

  const save = handleSubmit(async (fields) => {
    try {
      const saved = contact
        ? await update.mutateAsync({ ...fields, id: contact.id })
        : await create.mutateAsync({ ...fields, organisationId })
      notify({ title: contact ? 'Contact saved' : `${saved.name} added to ${organisationName}` })
      onSaved(saved)
    } catch (error) {
      showServerError(setError, error, FIELDS)
    }
  })

  return (
    <FormDialog
      isOpen
      title={contact ? 'Edit contact' : `New contact at ${organisationName}`}
      submitLabel={contact ? 'Save contact' : 'Add contact'}
      error={formState.errors.root?.message}
      isPending={formState.isSubmitting}
      onSubmit={() => void save()}
      onCancel={onCancel}
    >
      <TextControl control={control} name="name" label="Name" isRequired />
      <TextControl control={control} name="role" label="Role" description="e.g. HR business partner, the client's manager" />
      <TextControl control={control} name="email" label="Email" type="email" />
      <TextControl control={control} name="phone" label="Phone" type="tel" />
      <TextControl control={control} name="notes" label="Notes" multiline rows={4} description="Private to you." />
    </FormDialog>
  )
}
