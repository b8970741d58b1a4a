import { useEffect, useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { useNavigate, useParams } from 'react-router'
import { clientFields, type Client, type ClientFields, type ClientFieldsInput } from '../../../electron/shared/clients'
import { TextControl } from '../../components/controlled'
import { EmptyState } from '../../components/EmptyState'
import { useDiscardGuard } from '../../components/useDiscardGuard'
import { notify } from '../../components/Toasts'
import { FormPane } from '../../components/FormPane'
import { showServerError } from '../../components/formErrors'
import { messageOf } from '../../lib/api'
import { useClient, useCreateClient, useUpdateClient } from './queries'
import { TagsField } from './TagsField'
import { TimeZoneField } from './TimeZoneField'

type FormValues = ClientFieldsInput

const EMPTY: Required<FormValues> = { name: '', email: '', phone: '', organisation: '', role: '', timezone: '', tags: [], notes: '' }

const FIELDS = { fields: Object.keys(EMPTY) as (keyof FormValues)[] }

function valuesOf(client: Client): Required<FormValues> {
  return {
    name: client.name,
    email: client.email ?? '',
    phone: client.phone ?? '',
    organisation: client.organisation ?? '',
    role: client.role ?? '',
    timezone: client.timezone ?? '',
    tags: client.tags,
    notes: client.notes
  }
}

/** Creates a client at /clients/new, edits one at /clients/:id/edit. */
export function ClientForm() {
  const { clientId } = useParams()
  const id = clientId ? Number(clientId) : null
  const existing = useClient(id ?? 0)

  if (id === null) return <ClientEditor initial={EMPTY} />
  if (existing.isPending) return <section className="detail-pane" aria-busy="true" aria-label="Edit client" />
  if (existing.isError) {
    return (
      <section className="detail-pane" aria-label="Edit client">
        <EmptyState title="This client could not be opened for editing">{messageOf(existing.error)}</EmptyState>
      </section>
    )
  }
  return <ClientEditor key={existing.data.id} id={existing.data.id} initial={valuesOf(existing.data)} />
}

function ClientEditor({ id, initial }: { id?: number; initial: FormValues }) {
  const navigate = useNavigate()
  const create = useCreateClient()
  const update = useUpdateClient()
  // Set once saved; the navigation away happens in an effect, after the blocker knows.
  const [savedId, setSavedId] = useState<number | null>(null)
  const form = useForm<FormValues, unknown, ClientFields>({
    defaultValues: initial,
    resolver: zodResolver(clientFields),
    mode: 'onTouched'
  })
  const { control, formState, handleSubmit, setError } = form
  // Leaving, closing or reloading with unsaved changes asks first; once saved, nothing is lost.
  const guard = useDiscardGuard(formState.isDirty && savedId === null)

  useEffect(() => {
    if (savedId !== null) void navigate(`/clients/${savedId}`)
  }, [savedId, navigate])

  const cancel = () => void navigate(id ? `/clients/${id}` : '/clients')

  const save = handleSubmit(async (fields) => {
    try {
      const saved = id ? await update.mutateAsync({ ...fields, id }) : await create.mutateAsync(fields)
      notify({ title: id ? 'Changes saved' : `${saved.name} added` })
      setSavedId(saved.id)
    } catch (error) {
      showServerError(setError, error, FIELDS)
    }
  })

  return (
    <FormPane
      className="detail-pane"
      title={id ? 'Edit client' : 'New client'}
      submitLabel={id ? 'Save changes' : 'Add client'}
      isSubmitting={formState.isSubmitting}
      error={formState.errors.root?.message}
      onSave={save}
      onCancel={cancel}
      outside={guard.dialog}
    >
      <div className="form-grid">
        <TextControl control={control} name="name" label="Name" isRequired className="span-2" />
        {(['email', 'phone', 'organisation', 'role'] as const).map((name) => (
          <TextControl
            key={name}
            control={control}
            name={name}
            label={{ email: 'Email', phone: 'Phone', organisation: 'Organisation', role: 'Role' }[name]}
            type={name === 'email' ? 'email' : name === 'phone' ? 'tel' : 'text'}
          />
        ))}
        <Controller
          control={control}
          name="timezone"
          render={({ field, fieldState }) => (
            <TimeZoneField value={field.value ?? ''} onChange={field.onChange} onBlur={field.onBlur} error={fieldState.error?.message} />
          )}
        />
        <Controller
          control={control}
          name="tags"
          render={({ field, fieldState }) => (
            <TagsField value={field.value ?? []} onChange={field.onChange} onBlur={field.onBlur} error={fieldState.error?.message} />
          )}
        />
        <TextControl
          control={control}
          name="notes"
          label="Notes"
          multiline
          rows={10}
          description="Private to you: background, context, anything worth remembering."
          className="span-2"
        />
      </div>
    </FormPane>
  )
}
