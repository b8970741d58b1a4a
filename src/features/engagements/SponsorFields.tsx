import { Controller, type Control, type UseFormSetValue } from 'react-hook-form'
import { Button } from '../../components/Button'
import { SelectControl } from '../../components/controlled'
import { SelectField } from '../../components/SelectField'
import { messageOf } from '../../lib/api'
import { ContactDialog } from '../organisations/ContactDialog'
import { useOrganisation, useOrganisationList } from '../organisations/queries'
import type { ContractValues } from './contractValues'

interface SponsorFieldsProps {
  control: Control<ContractValues>
  setValue: UseFormSetValue<ContractValues>
  organisationId: number | null
  onAddOrganisation(): void
  onAddContact(): void
}

/** Who pays when it is not the client, and the person reported to there; each can be added on the spot. */
export function SponsorFields({ control, setValue, organisationId, onAddOrganisation, onAddContact }: SponsorFieldsProps) {
  return (
    <div className="form-grid">
      <div className="field-with-action">
        <Controller
          control={control}
          name="sponsorOrganisationId"
          render={({ field, fieldState }) => (
            <SponsorSelect
              value={field.value}
              onChange={(id) => {
                field.onChange(id)
                // A contact belongs to one organisation: a new sponsor starts without one.
                if (id !== field.value) setValue('sponsorContactId', null, { shouldDirty: true })
              }}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
            />
          )}
        />
        <Button onPress={onAddOrganisation}>New organisation…</Button>
      </div>
      <ContactSelect control={control} organisationId={organisationId} onAdd={onAddContact} />
    </div>
  )
}

interface SponsorSelectProps {
  value: number | null
  onChange(id: number | null): void
  onBlur(): void
  error?: string
}

function SponsorSelect({ value, onChange, onBlur, error }: SponsorSelectProps) {
  const organisations = useOrganisationList()
  return (
    <SelectField
      label="Sponsor organisation"
      options={(organisations.data?.items ?? []).map((organisation) => ({ value: organisation.id, label: organisation.name }))}
      none="No sponsor"
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      error={error ?? (organisations.isError ? messageOf(organisations.error) : undefined)}
      description="Who pays, when it is not the client: a three-way agreement."
    />
  )
}

function ContactSelect({ control, organisationId, onAdd }: { control: Control<ContractValues>; organisationId: number | null; onAdd(): void }) {
  const organisation = useOrganisation(organisationId)
  const contacts = organisationId === null ? [] : (organisation.data?.contacts ?? [])
  return (
    <div className="field-with-action">
      <SelectControl
        control={control}
        name="sponsorContactId"
        label="Sponsor contact"
        options={contacts.map((contact) => ({ value: contact.id, label: contact.role ? `${contact.name} (${contact.role})` : contact.name }))}
        none="No contact"
        description={organisationId === null ? 'Choose the sponsor organisation first.' : 'The person you report to there.'}
      />
      {organisationId === null ? null : <Button onPress={onAdd}>New contact…</Button>}
    </div>
  )
}

/** Adds a contact to the sponsor being contracted with, and hands back its id. */
export function NewContactDialog({ organisationId, onSaved, onCancel }: { organisationId: number; onSaved(contactId: number): void; onCancel(): void }) {
  const organisation = useOrganisation(organisationId)
  return (
    <ContactDialog
      organisationId={organisationId}
      organisationName={organisation.data?.name ?? 'the sponsor'}
      onSaved={(contact) => onSaved(contact.id)}
      onCancel={onCancel}
    />
  )
}
