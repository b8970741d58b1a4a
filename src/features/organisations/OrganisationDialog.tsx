import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import type { z } from 'zod'
import { organisationFields, type Organisation, type OrganisationFields } from '../../../electron/shared/organisations'
import { showServerError, type FormFieldMap } from '../../components/formErrors'
import { TextControl } from '../../components/controlled'
import { FormDialog } from '../../components/FormDialog'
import { notify } from '../../components/Toasts'
import { useCreateOrganisation, useUpdateOrganisation } from './queries'

type Values = z.input<typeof organisationFields>
const FIELDS: FormFieldMap<Values> = { fields: ['name', 'notes'] }

export interface OrganisationDialogProps {
  /** The sponsor to edit; a new one when left out. */
  organisation?: Organisation
  onSaved(organisation: Organisation): void
  onCancel(): void
}

/** Adds or renames a sponsor organisation; also used inline while contracting an engagement. Mount it to open it. */
export function OrganisationDialog({ organisation, onSaved, onCancel }: OrganisationDialogProps) {
  const create = useCreateOrganisation()
  const update = useUpdateOrganisation()
  const { control, handleSubmit, setError, formState } = useForm<Values, unknown, OrganisationFields>({
    defaultValues: { name: organisation?.name ?? '', notes: organisation?.notes ?? '' },
    resolver: zodResolver(organisationFields),
    mode: 'onTouched'
  })

  const save = handleSubmit(async (fields) => {
    try {
      const saved = organisation ? await update.mutateAsync({ ...fields, id: organisation.id }) : await create.mutateAsync(fields)
      notify({ title: organisation ? 'Sponsor saved' : `${saved.name} added` })
      onSaved(saved)
    } catch (error) {
      showServerError(setError, error, FIELDS)
    }
  })

  return (
    <FormDialog
      isOpen
      title={organisation ? 'Edit organisation' : 'New organisation'}
      submitLabel={organisation ? 'Save organisation' : 'Add organisation'}
      error={formState.errors.root?.message}
      isPending={formState.isSubmitting}
      onSubmit={() => void save()}
      onCancel={onCancel}
    >
      <TextControl control={control} name="name" label="Name" isRequired />
      <TextControl
        control={control}
        name="notes"
        label="Notes"
        multiline
        rows={5}
        description="Private to you: how they buy coaching, who signs off, anything worth remembering."
      />
    </FormDialog>
  )
}
