import { useEffect, useState } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import { useNavigate, useParams } from 'react-router'
import {
  CADENCE_LABELS,
  CADENCES,
  createEngagementInput,
  ENGAGEMENT_STATUS_WORDS,
  PLANNED_SESSIONS,
  SESSION_MINUTES,
  SPONSOR_REPORTING,
  SPONSOR_REPORTING_LEVELS,
  updateEngagementInput,
  type Engagement,
  type EngagementKind
} from '../../../electron/shared/engagements'
import { Button } from '../../components/Button'
import { contractResolver } from '../../components/contractForm'
import { DateControl, NumberControl, SelectControl, TextControl } from '../../components/controlled'
import { EmptyState } from '../../components/EmptyState'
import { showServerError } from '../../components/formErrors'
import { FormPane } from '../../components/FormPane'
import { SelectField } from '../../components/SelectField'
import { notify } from '../../components/Toasts'
import { useDiscardGuard } from '../../components/useDiscardGuard'
import { messageOf } from '../../lib/api'
import { useClient } from '../clients/queries'
import { OrganisationDialog } from '../organisations/OrganisationDialog'
import { applyKindDefaults, CONTRACT_FIELDS, CONTRACT_MESSAGES, contractChecks, contractValuesOf, EMPTY_CONTRACT, toContractFields, type ContractValues } from './contractValues'
import { DeleteKindDialog } from './DeleteKindDialog'
import { FeeFields } from './FeeFields'
import { KindDialog } from './KindDialog'
import { useCreateEngagement, useEngagement, useEngagementKinds, useUpdateEngagement } from './queries'
import { NewContactDialog, SponsorFields } from './SponsorFields'
import './engagements.css'

/**
 * Contracts a new engagement at /clients/:clientId/engagements/new, or edits the
 * contract at /engagements/:engagementId/edit.
 */
export function EngagementForm() {
  const params = useParams()
  const engagementId = params.engagementId ? Number(params.engagementId) : null
  const clientId = params.clientId ? Number(params.clientId) : null
  const existing = useEngagement(engagementId ?? 0)
  const kinds = useEngagementKinds()
  const client = useClient(clientId ?? 0)
  const title = engagementId === null ? 'New engagement' : 'Edit contract'

  const failure = kinds.error ?? (engagementId === null ? null : existing.error)
  if (failure) {
    return (
      <section className={engagementId === null ? 'detail-pane' : undefined} aria-label={title}>
        <EmptyState title="This contract could not be opened">{messageOf(failure)}</EmptyState>
      </section>
    )
  }
  if (!kinds.data || (engagementId !== null && !existing.data)) {
    return <section className={engagementId === null ? 'detail-pane' : undefined} aria-label={title} aria-busy="true" />
  }
  if (existing.data) {
    return <ContractEditor key={existing.data.id} kinds={kinds.data.items} engagement={existing.data} />
  }
  return <ContractEditor kinds={kinds.data.items} clientId={clientId ?? 0} clientName={client.data?.name} />
}

interface ContractEditorProps {
  kinds: EngagementKind[]
  engagement?: Engagement
  clientId?: number
  clientName?: string
}

function ContractEditor({ kinds, engagement, clientId = 0, clientName }: ContractEditorProps) {
  const navigate = useNavigate()
  const create = useCreateEngagement()
  const update = useUpdateEngagement()
  const [savedId, setSavedId] = useState<number | null>(null)
  const [dialog, setDialog] = useState<'kind' | 'editKind' | 'deleteKind' | 'organisation' | 'contact' | null>(null)
  const form = useForm<ContractValues>({
    defaultValues: engagement ? contractValuesOf(engagement) : EMPTY_CONTRACT,
    resolver: contractResolver({
      schema: engagement ? updateEngagementInput : createEngagementInput,
      toInput: (values) =>
        engagement ? { ...toContractFields(values), id: engagement.id } : { ...toContractFields(values), clientId, status: values.status },
      map: CONTRACT_FIELDS,
      messages: CONTRACT_MESSAGES,
      check: contractChecks
    }),
    mode: 'onTouched'
  })
  const { control, formState, handleSubmit, setError, setValue, getValues } = form
  const guard = useDiscardGuard(formState.isDirty && savedId === null)
  const [kindId, organisationId, sponsorReporting] = useWatch({ control, name: ['kindId', 'sponsorOrganisationId', 'sponsorReporting'] })
  const kind = kinds.find((k) => k.id === kindId)
  const back = engagement ? `/engagements/${engagement.id}` : `/clients/${clientId}`

  useEffect(() => {
    if (savedId !== null) void navigate(`/engagements/${savedId}`)
  }, [savedId, navigate])

  const chooseKind = (next: EngagementKind) => {
    applyKindDefaults(kinds.find((k) => k.id === getValues('kindId')), next, getValues, setValue)
    setValue('kindId', next.id, { shouldDirty: true, shouldValidate: formState.isSubmitted })
  }

  const save = handleSubmit(async (values) => {
    const fields = toContractFields(values)
    try {
      const saved = engagement
        ? await update.mutateAsync({ ...fields, id: engagement.id })
        : await create.mutateAsync({ ...fields, clientId, status: values.status })
      notify({ title: engagement ? 'Contract saved' : `${saved.title} contracted` })
      setSavedId(saved.id)
    } catch (error) {
      showServerError(setError, error, CONTRACT_FIELDS)
    }
  })

  const outside = (
    <>
      {dialog === 'kind' ? (
        <KindDialog
          onSaved={(created) => {
            setDialog(null)
            chooseKind(created)
          }}
          onCancel={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'editKind' && kind ? (
        <KindDialog
          kind={kind}
          onSaved={(saved) => {
            setDialog(null)
            // A new contract follows the kind's new plan; an existing one keeps the plan it has.
            if (!engagement) chooseKind(saved)
          }}
          onCancel={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'deleteKind' && kind ? (
        <DeleteKindDialog
          kind={kind}
          onDeleted={() => {
            setDialog(null)
            setValue('kindId', null, { shouldDirty: true })
          }}
          onCancel={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'organisation' ? (
        <OrganisationDialog
          onSaved={(organisation) => {
            setDialog(null)
            setValue('sponsorOrganisationId', organisation.id, { shouldDirty: true })
            setValue('sponsorContactId', null, { shouldDirty: true })
          }}
          onCancel={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'contact' && organisationId !== null ? (
        <NewContactDialog
          organisationId={organisationId}
          onSaved={(contactId) => {
            setDialog(null)
            setValue('sponsorContactId', contactId, { shouldDirty: true })
          }}
          onCancel={() => setDialog(null)}
        />
      ) : null}
      {guard.dialog}
    </>
  )

  return (
    <FormPane
      className={engagement ? 'contract-editor' : 'detail-pane contract-editor'}
      title={engagement ? 'Edit contract' : 'New engagement'}
      subtitle={!engagement && clientName ? `with ${clientName}` : undefined}
      submitLabel={engagement ? 'Save contract' : 'Create engagement'}
      isSubmitting={formState.isSubmitting}
      error={formState.errors.root?.message}
      onSave={save}
      onCancel={() => void navigate(back)}
      outside={outside}
    >
      <div className="form-grid">
        <div className="field-with-action">
          <Controller
            control={control}
            name="kindId"
            render={({ field, fieldState }) => (
              <SelectField
                label="Kind"
                isRequired
                options={kinds.map((k) => ({ value: k.id, label: k.name }))}
                value={field.value}
                onChange={(id) => {
                  const next = kinds.find((k) => k.id === id)
                  if (next) chooseKind(next)
                }}
                onBlur={field.onBlur}
                error={fieldState.error?.message}
                description={kind?.isMentoring ? 'Mentoring: open-ended, meeting as needed.' : undefined}
              />
            )}
          />
          <Button onPress={() => setDialog('kind')}>New kind…</Button>
          {kind && !kind.builtIn ? (
            <div className="kind-actions">
              <Button variant="quiet" onPress={() => setDialog('editKind')}>
                Edit kind…
              </Button>
              {kind.engagementCount === 0 ? (
                <Button variant="quiet" onPress={() => setDialog('deleteKind')}>
                  Delete kind…
                </Button>
              ) : null}
            </div>
          ) : null}
        </div>
        <TextControl
          control={control}
          name="title"
          label="Title"
          placeholder={kind?.name ?? 'e.g. Leadership coaching 2026'}
          description="Optional: the kind's name is used when left empty."
        />
        {engagement ? null : (
          <SelectControl
            control={control}
            name="status"
            label="Status"
            options={(['prospect', 'active'] as const).map((status) => ({ value: status, label: ENGAGEMENT_STATUS_WORDS[status].label }))}
            description="Prospect while you are still agreeing terms; active once the work has begun."
          />
        )}
      </div>

      <h3>Sponsor</h3>
      <SponsorFields
        control={control}
        setValue={setValue}
        organisationId={organisationId}
        onAddOrganisation={() => setDialog('organisation')}
        onAddContact={() => setDialog('contact')}
      />

      <h3>Schedule</h3>
      <div className="form-grid">
        <DateControl
          control={control}
          name="startDate"
          label="Start date"
          description={
            engagement?.statusHistory.some((change) => change.status === 'active')
              ? 'The day it became active: its status history moves with it.'
              : 'An engagement made active starts on this day.'
          }
        />
        <DateControl control={control} name="plannedEndDate" label="Planned end date" />
        <NumberControl
          control={control}
          name="plannedSessions"
          label="Planned sessions"
          minValue={PLANNED_SESSIONS.min}
          maxValue={PLANNED_SESSIONS.max}
          description="Leave empty for an open-ended relationship, as mentoring usually is."
        />
        <NumberControl
          control={control}
          name="sessionMinutes"
          label="Session length (minutes)"
          minValue={SESSION_MINUTES.min}
          maxValue={SESSION_MINUTES.max}
          step={5}
        />
        <SelectControl
          control={control}
          name="cadence"
          label="Cadence"
          options={CADENCES.map((c) => ({ value: c, label: CADENCE_LABELS[c] }))}
          description={kind ? undefined : "Empty: the kind's usual cadence."}
        />
      </div>

      <h3>Fee</h3>
      <FeeFields control={control} />

      <h3>Terms</h3>
      <div className="form-grid">
        <TextControl
          control={control}
          name="cancellationTerms"
          label="Cancellation terms"
          multiline
          rows={3}
          className="span-2"
          description="e.g. Sessions cancelled less than 48 hours ahead are charged in full."
        />
        <TextControl
          control={control}
          name="confidentialityTerms"
          label="Confidentiality terms"
          multiline
          rows={4}
          className="span-2"
          description="What stays between you and the client, and what the sponsor may hear."
        />
        <SelectControl
          control={control}
          name="sponsorReporting"
          label="Sponsor reporting"
          className="span-2"
          options={SPONSOR_REPORTING_LEVELS.map((level) => ({ value: level, label: SPONSOR_REPORTING[level].label }))}
          description={SPONSOR_REPORTING[sponsorReporting].explanation}
        />
      </div>

      <h3>Records</h3>
      <div className="form-grid">
        <DateControl
          control={control}
          name="recordsConsentOn"
          label="Consent to keep records"
          description="The day the client agreed that you keep records of this engagement."
        />
        <DateControl
          control={control}
          name="disposalOn"
          label="Disposal date"
          description="When these records are to be destroyed, as agreed."
        />
      </div>
    </FormPane>
  )
}
