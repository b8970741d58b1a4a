import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { z } from 'zod'
import { groupFields, groupSessionFields, type CoachingGroup, type LogOverview } from '../../../electron/shared/coachingLog'
import { BILLING, BILLING_LABELS, SESSION_STATUS_WORDS, SESSION_STATUSES } from '../../../electron/shared/sessions'
import { lastQuarterHour } from '../../../electron/shared/dates'
import { CheckboxControl, DateTimeControl, NumberControl, SelectControl, TextControl } from '../../components/controlled'
import { FormDialog } from '../../components/FormDialog'
import { showServerError } from '../../components/formErrors'
import { notify } from '../../components/Toasts'
import { useAddGroupSession, useCreateGroup, useSetLogClient, useSetOpening, useUpdateGroup, useUpdateGroupSession } from './queries'

/** Hours as typed (1.5), kept as whole minutes (90). */
const hours = (label: string) =>
  z.number({ error: `${label} must be a number of hours, such as 12.5.` }).min(0, `${label} cannot be negative.`).max(100_000, `${label} is more than 100,000 hours.`)
const toMinutes = (value: number) => Math.round(value * 60)
const HOURS_FORMAT = { maximumFractionDigits: 2 }

const clientSchema = z.object({ named: z.boolean(), paidHours: hours('The paid hours'), proBonoHours: hours('The pro bono hours') })
type ClientValues = z.output<typeof clientSchema>
type LogClient = LogOverview['clients'][number]

/** Whether a client consents to be named on the log, and their hours before Coachbook. Mount it to open it. */
export function ClientLogDialog({ client, onDone }: { client: LogClient; onDone(): void }) {
  const save = useSetLogClient()
  const { control, handleSubmit, setError, formState } = useForm<ClientValues>({
    defaultValues: { named: client.named, paidHours: client.openingPaidMinutes / 60, proBonoHours: client.openingProBonoMinutes / 60 },
    resolver: zodResolver(clientSchema),
    mode: 'onTouched'
  })
  const submit = handleSubmit(async (values) => {
    try {
      await save.mutateAsync({
        clientId: client.clientId,
        named: values.named,
        openingPaidMinutes: toMinutes(values.paidHours),
        openingProBonoMinutes: toMinutes(values.proBonoHours)
      })
      notify({ title: `Log details saved for ${client.name}` })
      onDone()
    } catch (error) {
      showServerError(setError, error, { fields: [] })
    }
  })
  return (
    <FormDialog
      isOpen
      title={`${client.name} on the log`}
      submitLabel="Save"
      error={formState.errors.root?.message}
      isPending={formState.isSubmitting}
      onSubmit={() => void submit()}
      onCancel={onDone}
    >
      <CheckboxControl control={control} name="named" label="Consents to be named on the log" />
      <p className="muted">ICF leaves an individual client who has not consented to be named off the log, hours and all.</p>
      <NumberControl control={control} name="paidHours" label="Paid hours before Coachbook" minValue={0} step={0.25} formatOptions={HOURS_FORMAT} />
      <NumberControl control={control} name="proBonoHours" label="Pro bono hours before Coachbook" minValue={0} step={0.25} formatOptions={HOURS_FORMAT} />
    </FormDialog>
  )
}

const openingSchema = z.object({
  paidHours: hours('The paid hours'),
  proBonoHours: hours('The pro bono hours'),
  clients: z.number({ error: 'Enter how many clients, such as 6.' }).int('Enter a whole number of clients.').min(0, 'The clients cannot be fewer than none.')
})
type OpeningValues = z.output<typeof openingSchema>

/** Hours before Coachbook with clients not kept here. Mount it to open it. */
export function OpeningDialog({ opening, onDone }: { opening: LogOverview['opening']; onDone(): void }) {
  const save = useSetOpening()
  const { control, handleSubmit, setError, formState } = useForm<OpeningValues>({
    defaultValues: { paidHours: opening.paidMinutes / 60, proBonoHours: opening.proBonoMinutes / 60, clients: opening.clients },
    resolver: zodResolver(openingSchema),
    mode: 'onTouched'
  })
  const submit = handleSubmit(async (values) => {
    try {
      await save.mutateAsync({ paidMinutes: toMinutes(values.paidHours), proBonoMinutes: toMinutes(values.proBonoHours), clients: values.clients })
      notify({ title: 'Hours before Coachbook saved' })
      onDone()
    } catch (error) {
      showServerError(setError, error, { fields: ['clients'] })
    }
  })
  return (
    <FormDialog
      isOpen
      title="Hours before Coachbook"
      submitLabel="Save"
      error={formState.errors.root?.message}
      isPending={formState.isSubmitting}
      onSubmit={() => void submit()}
      onCancel={onDone}
    >
      <p className="muted">Coaching with clients you do not keep in Coachbook. They count in the totals, not in the last 18 months.</p>
      <NumberControl control={control} name="paidHours" label="Paid hours" minValue={0} step={0.25} formatOptions={HOURS_FORMAT} />
      <NumberControl control={control} name="proBonoHours" label="Pro bono hours" minValue={0} step={0.25} formatOptions={HOURS_FORMAT} />
      <NumberControl control={control} name="clients" label="Clients" minValue={0} />
    </FormDialog>
  )
}

type GroupValues = z.input<typeof groupFields>
const GROUP_FIELDS = ['name', 'contactName', 'contactEmail', 'size'] as const

/** A new coaching group, or one to edit. Mount it to open it. */
export function GroupDialog({ group, onDone }: { group?: CoachingGroup; onDone(): void }) {
  const create = useCreateGroup()
  const update = useUpdateGroup()
  const { control, handleSubmit, setError, formState } = useForm<GroupValues, unknown, z.output<typeof groupFields>>({
    defaultValues: { name: group?.name ?? '', contactName: group?.contactName ?? '', contactEmail: group?.contactEmail ?? '', size: group?.size ?? 2 },
    resolver: zodResolver(groupFields),
    mode: 'onTouched'
  })
  const submit = handleSubmit(async (fields) => {
    try {
      if (group) await update.mutateAsync({ ...fields, id: group.id })
      else await create.mutateAsync(fields)
      notify({ title: group ? 'Group saved' : `${fields.name} added` })
      onDone()
    } catch (error) {
      showServerError(setError, error, { fields: GROUP_FIELDS })
    }
  })
  return (
    <FormDialog
      isOpen
      title={group ? 'Edit group' : 'New coaching group'}
      submitLabel={group ? 'Save group' : 'Add group'}
      error={formState.errors.root?.message}
      isPending={formState.isSubmitting}
      onSubmit={() => void submit()}
      onCancel={onDone}
    >
      <TextControl control={control} name="name" label="Group name" isRequired />
      <TextControl control={control} name="contactName" label="Contact person" isRequired description="One member of the group: ICF logs the group by them." />
      <TextControl control={control} name="contactEmail" label="Contact email" type="email" isRequired />
      <NumberControl control={control} name="size" label="People in the group" minValue={2} description="Each counts as a client; ICF counts groups of 15 or fewer." />
    </FormDialog>
  )
}

type SessionValues = z.input<typeof groupSessionFields>
type GroupSession = CoachingGroup['sessions'][number]
const SESSION_FIELDS = ['startsAt', 'durationMinutes', 'billing', 'status'] as const

/** A session with a whole group, new or one to correct. Mount it to open it. */
export function GroupSessionDialog({ group, session, onDone }: { group: CoachingGroup; session?: GroupSession; onDone(): void }) {
  const add = useAddGroupSession()
  const update = useUpdateGroupSession()
  const { control, handleSubmit, setError, formState } = useForm<SessionValues, unknown, z.output<typeof groupSessionFields>>({
    defaultValues: session
      ? { startsAt: session.startsAt, durationMinutes: session.durationMinutes, billing: session.billing, status: session.status }
      : { startsAt: lastQuarterHour(), durationMinutes: 90, billing: 'paid', status: 'held' },
    resolver: zodResolver(groupSessionFields),
    mode: 'onTouched'
  })
  const submit = handleSubmit(async (fields) => {
    try {
      if (session) await update.mutateAsync({ ...fields, id: session.id })
      else await add.mutateAsync({ ...fields, groupId: group.id })
      notify({ title: session ? `Session with ${group.name} saved` : `Session added to ${group.name}` })
      onDone()
    } catch (error) {
      showServerError(setError, error, { fields: SESSION_FIELDS })
    }
  })
  return (
    <FormDialog
      isOpen
      title={session ? `Edit session with ${group.name}` : `New session with ${group.name}`}
      submitLabel={session ? 'Save session' : 'Add session'}
      error={formState.errors.root?.message}
      isPending={formState.isSubmitting}
      onSubmit={() => void submit()}
      onCancel={onDone}
    >
      <DateTimeControl control={control} name="startsAt" label="Date and time" isRequired description="In your time zone." />
      <NumberControl control={control} name="durationMinutes" label="Duration (minutes)" minValue={1} />
      <SelectControl control={control} name="billing" label="Billing" options={BILLING.map((value) => ({ value, label: BILLING_LABELS[value] }))} />
      <SelectControl
        control={control}
        name="status"
        label="Status"
        options={SESSION_STATUSES.map((value) => ({ value, label: SESSION_STATUS_WORDS[value].label }))}
      />
    </FormDialog>
  )
}
