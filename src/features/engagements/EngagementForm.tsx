import { useEffect, useState } from 'react'
import { Controller, useForm, useWatch, type Control, type UseFormSetValue } from 'react-hook-form'
import { useNavigate, useParams } from 'react-router'
import type { ChannelInput } from '../../../electron/shared/contract'
import {
  CADENCE_LABELS,
  CADENCES,
  createEngagementInput,
  ENGAGEMENT_STATUS_WORDS,
  FEE_BASIS_LABELS,
  PLANNED_SESSIONS,
  SESSION_MINUTES,
  SPONSOR_REPORTING,
  SPONSOR_REPORTING_LEVELS,
  updateEngagementInput,
  type Cadence,
  type Engagement,
  type EngagementKind,
  type SponsorReportingLevel
} from '../../../electron/shared/engagements'
import { fromMinorUnits, minorUnitDigits, toMinorUnits } from '../../../electron/shared/money'
import { Button } from '../../components/Button'
import { contractResolver, showServerError, type FieldMap } from '../../components/contractForm'
import { DateControl, NumberControl, SelectControl, TextControl } from '../../components/controlled'
import { EmptyState } from '../../components/EmptyState'
import { SelectField } from '../../components/SelectField'
import { notify } from '../../components/Toasts'
import { useDiscardGuard } from '../../components/useDiscardGuard'
import { FormError } from '../../components/FormError'
import { cancelOnEscape } from '../../components/cancelOnEscape'
import { useFocusFirstField } from '../../components/focusFirstField'
import { messageOf } from '../../lib/api'
import { shortcutLabel, useModShortcut } from '../../lib/shortcuts'
import { useClient } from '../clients/queries'
import { ContactDialog } from '../organisations/ContactDialog'
import { OrganisationDialog } from '../organisations/OrganisationDialog'
import { useOrganisation, useOrganisationList } from '../organisations/queries'
import { CurrencyField } from './CurrencyField'
import { DeleteKindDialog } from './DeleteKindDialog'
import { KindDialog } from './KindDialog'
import { useCreateEngagement, useEngagement, useEngagementKinds, useUpdateEngagement } from './queries'
import './engagements.css'
import { CancelButton } from '../../components/CancelButton'

type FeeChoice = 'none' | keyof typeof FEE_BASIS_LABELS

/** The contract as typed: the fee in major units ("150.00"), empty numbers as null. */
interface ContractValues {
  kindId: number | null
  title: string
  sponsorOrganisationId: number | null
  sponsorContactId: number | null
  startDate: string
  plannedEndDate: string
  plannedSessions: number | null
  sessionMinutes: number | null
  cadence: Cadence | null
  feeBasis: FeeChoice
  feeAmount: number | null
  feeCurrency: string
  cancellationTerms: string
  confidentialityTerms: string
  sponsorReporting: SponsorReportingLevel
  recordsConsentOn: string
  disposalOn: string
  /** Only when contracting a new engagement; later changes go through the status menu. */
  status: 'prospect' | 'active'
}

type ContractFields = Omit<ChannelInput<'engagements:update'>, 'id'>

const FIELD_MAP: FieldMap<ContractValues> = {
  fields: [
    'kindId',
    'title',
    'sponsorOrganisationId',
    'sponsorContactId',
    'startDate',
    'plannedEndDate',
    'plannedSessions',
    'sessionMinutes',
    'cadence',
    'cancellationTerms',
    'confidentialityTerms',
    'sponsorReporting',
    'recordsConsentOn',
    'disposalOn',
    'status'
  ],
  rename: { 'fee.amountMinor': 'feeAmount', 'fee.currency': 'feeCurrency', 'fee.basis': 'feeBasis', fee: 'feeAmount' }
}

const MESSAGES = { kindId: 'Choose the kind of engagement: coaching of some sort, or mentoring.' }

const EMPTY: ContractValues = {
  kindId: null,
  title: '',
  sponsorOrganisationId: null,
  sponsorContactId: null,
  startDate: '',
  plannedEndDate: '',
  plannedSessions: null,
  sessionMinutes: null,
  cadence: null,
  feeBasis: 'none',
  feeAmount: null,
  feeCurrency: '',
  cancellationTerms: '',
  confidentialityTerms: '',
  sponsorReporting: 'none',
  recordsConsentOn: '',
  disposalOn: '',
  status: 'prospect'
}

function valuesOf(engagement: Engagement): ContractValues {
  const { fee } = engagement
  return {
    ...EMPTY,
    kindId: engagement.kind.id,
    // A title equal to the kind's name was most likely never typed: show it as the placeholder.
    title: engagement.title === engagement.kind.name ? '' : engagement.title,
    sponsorOrganisationId: engagement.sponsorOrganisation?.id ?? null,
    sponsorContactId: engagement.sponsorContact?.id ?? null,
    startDate: engagement.startDate ?? '',
    plannedEndDate: engagement.plannedEndDate ?? '',
    plannedSessions: engagement.plannedSessions,
    sessionMinutes: engagement.sessionMinutes,
    cadence: engagement.cadence,
    feeBasis: fee ? fee.basis : 'none',
    feeAmount: fee ? fromMinorUnits(fee.amountMinor, fee.currency) : null,
    feeCurrency: fee?.currency ?? '',
    cancellationTerms: engagement.cancellationTerms,
    confidentialityTerms: engagement.confidentialityTerms,
    sponsorReporting: engagement.sponsorReporting,
    recordsConsentOn: engagement.recordsConsentOn ?? '',
    disposalOn: engagement.disposalOn ?? ''
  }
}

const isCurrencyCode = (code: string) => /^[A-Za-z]{3}$/.test(code.trim())

/** Digits after the decimal point for the fee; 2 until a real currency is typed. */
function feeDigits(currency: string): number {
  return isCurrencyCode(currency) ? minorUnitDigits(currency.trim()) : 2
}

/** What the channel takes. Empty length or cadence means "the kind's default"; empty sessions means open-ended. */
function toContractFields(values: ContractValues): ContractFields {
  const currency = values.feeCurrency.trim()
  return {
    // 0 is no record id: the contract refuses it, and the message says to choose a kind.
    kindId: values.kindId ?? 0,
    title: values.title,
    sponsorOrganisationId: values.sponsorOrganisationId,
    sponsorContactId: values.sponsorContactId,
    startDate: values.startDate,
    plannedEndDate: values.plannedEndDate,
    plannedSessions: values.plannedSessions,
    sessionMinutes: values.sessionMinutes ?? undefined,
    cadence: values.cadence ?? undefined,
    fee:
      values.feeBasis === 'none'
        ? null
        : {
            // NaN is refused as "must be a number": the amount was left empty.
            amountMinor:
              values.feeAmount === null
                ? Number.NaN
                : isCurrencyCode(currency)
                  ? toMinorUnits(values.feeAmount, currency)
                  : Math.round(values.feeAmount * 100),
            currency,
            basis: values.feeBasis
          },
    cancellationTerms: values.cancellationTerms,
    confidentialityTerms: values.confidentialityTerms,
    sponsorReporting: values.sponsorReporting,
    recordsConsentOn: values.recordsConsentOn,
    disposalOn: values.disposalOn
  }
}

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
    defaultValues: engagement ? valuesOf(engagement) : EMPTY,
    resolver: contractResolver({
      schema: engagement ? updateEngagementInput : createEngagementInput,
      toInput: (values) =>
        engagement ? { ...toContractFields(values), id: engagement.id } : { ...toContractFields(values), clientId, status: values.status },
      map: FIELD_MAP,
      messages: MESSAGES
    }),
    mode: 'onTouched'
  })
  const { control, formState, handleSubmit, setError, setValue, getValues } = form
  const formRef = useFocusFirstField<HTMLFormElement>()
  const guard = useDiscardGuard(formState.isDirty && savedId === null)
  const [kindId, organisationId, feeBasis, feeCurrency] = useWatch({
    control,
    name: ['kindId', 'sponsorOrganisationId', 'feeBasis', 'feeCurrency']
  })
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
      showServerError(setError, error, FIELD_MAP)
    }
  })

  useModShortcut('s', () => void save())

  const heading = engagement ? 'Edit contract' : 'New engagement'
  return (
    <section className={engagement ? 'contract-editor' : 'detail-pane contract-editor'} aria-labelledby="contract-form-title">
      <form
        ref={formRef}
        className="form"
        noValidate
        onSubmit={(event) => void save(event)}
        onKeyDown={cancelOnEscape(() => void navigate(back))}
      >
        <header className="pane-header">
          <div>
            <h2 id="contract-form-title">{heading}</h2>
            {!engagement && clientName ? <p className="muted">with {clientName}</p> : null}
          </div>
          <div className="toolbar">
            <CancelButton onPress={() => void navigate(back)} />
            <Button type="submit" variant="primary" isPending={formState.isSubmitting} aria-keyshortcuts={shortcutLabel('s')}>
              {engagement ? 'Save contract' : 'Create engagement'}
            </Button>
          </div>
        </header>

        <FormError message={formState.errors.root?.message} />

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
            <Button onPress={() => setDialog('organisation')}>
              New organisation…
            </Button>
          </div>
          <ContactSelect control={control} organisationId={organisationId} onAdd={() => setDialog('contact')} />
        </div>

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
        <div className="form-grid fee-grid">
          <SelectControl
            control={control}
            name="feeBasis"
            label="Fee"
            options={[
              { value: 'none', label: 'No fee recorded' },
              { value: 'per_session', label: FEE_BASIS_LABELS.per_session },
              { value: 'package', label: FEE_BASIS_LABELS.package }
            ]}
            description={feeBasis === 'none' ? 'Pro bono, or not agreed yet.' : undefined}
          />
          {feeBasis === 'none' ? null : (
            <>
              <NumberControl
                control={control}
                name="feeAmount"
                label="Amount"
                isRequired
                minValue={0}
                formatOptions={{ minimumFractionDigits: feeDigits(feeCurrency), maximumFractionDigits: feeDigits(feeCurrency) }}
                description={feeBasis === 'package' ? 'For the whole package.' : 'For each session.'}
              />
              <Controller
                control={control}
                name="feeCurrency"
                render={({ field, fieldState }) => (
                  <CurrencyField value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={fieldState.error?.message} />
                )}
              />
            </>
          )}
        </div>

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
          <Controller
            control={control}
            name="sponsorReporting"
            render={({ field, fieldState }) => (
              <SelectField
                label="Sponsor reporting"
                className="span-2"
                options={SPONSOR_REPORTING_LEVELS.map((level) => ({ value: level, label: SPONSOR_REPORTING[level].label }))}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={fieldState.error?.message}
                description={SPONSOR_REPORTING[field.value].explanation}
              />
            )}
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
      </form>

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
    </section>
  )
}

/**
 * Choosing a kind brings its plan (mentoring: open-ended, as needed), but only into
 * fields that still hold the previous kind's default: what the coach chose stays.
 */
function applyKindDefaults(
  previous: EngagementKind | undefined,
  next: EngagementKind,
  getValues: (name: 'plannedSessions' | 'sessionMinutes' | 'cadence') => unknown,
  setValue: UseFormSetValue<ContractValues>
): void {
  const untouched = (name: 'plannedSessions' | 'sessionMinutes' | 'cadence', previousDefault: unknown) => {
    const current = getValues(name)
    return current === null || current === previousDefault
  }
  if (untouched('plannedSessions', previous?.defaultPlannedSessions)) {
    setValue('plannedSessions', next.defaultPlannedSessions, { shouldDirty: true })
  }
  if (untouched('sessionMinutes', previous?.defaultSessionMinutes)) {
    setValue('sessionMinutes', next.defaultSessionMinutes, { shouldDirty: true })
  }
  if (untouched('cadence', previous?.defaultCadence)) {
    setValue('cadence', next.defaultCadence, { shouldDirty: true })
  }
}

interface SponsorSelectProps {
  value: number | null
  onChange(id: number | null): void
  onBlur(): void
  error?: string
}

// The drop-downs use 0 for "none": a record id is never 0.
const NONE = 0

function SponsorSelect({ value, onChange, onBlur, error }: SponsorSelectProps) {
  const organisations = useOrganisationList()
  const options = [
    { value: NONE, label: 'No sponsor' },
    ...(organisations.data?.items ?? []).map((organisation) => ({ value: organisation.id, label: organisation.name }))
  ]
  return (
    <SelectField
      label="Sponsor organisation"
      options={options}
      value={value ?? NONE}
      onChange={(id) => onChange(id === NONE ? null : id)}
      onBlur={onBlur}
      error={error ?? (organisations.isError ? messageOf(organisations.error) : undefined)}
      description="Who pays, when it is not the client: a three-way agreement."
    />
  )
}

function ContactSelect({
  control,
  organisationId,
  onAdd
}: {
  control: Control<ContractValues>
  organisationId: number | null
  onAdd(): void
}) {
  const organisation = useOrganisation(organisationId)
  const contacts = organisationId === null ? [] : (organisation.data?.contacts ?? [])
  return (
    <div className="field-with-action">
      <Controller
        control={control}
        name="sponsorContactId"
        render={({ field, fieldState }) => (
          <SelectField
            label="Sponsor contact"
            options={[
              { value: NONE, label: 'No contact' },
              ...contacts.map((contact) => ({ value: contact.id, label: contact.role ? `${contact.name} (${contact.role})` : contact.name }))
            ]}
            value={field.value ?? NONE}
            onChange={(id) => field.onChange(id === NONE ? null : id)}
            onBlur={field.onBlur}
            error={fieldState.error?.message}
            description={organisationId === null ? 'Choose the sponsor organisation first.' : 'The person you report to there.'}
          />
        )}
      />
      {organisationId === null ? null : (
        <Button onPress={onAdd}>
          New contact…
        </Button>
      )}
    </div>
  )
}

function NewContactDialog({
  organisationId,
  onSaved,
  onCancel
}: {
  organisationId: number
  onSaved(contactId: number): void
  onCancel(): void
}) {
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
