import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import type { z } from 'zod'
import { lastQuarterHour, tomorrowAt } from '../../../electron/shared/dates'
import type { Engagement } from '../../../electron/shared/engagements'
import { BILLING, BILLING_LABELS, SESSION_FORMAT_LABELS, SESSION_FORMATS, sessionsContract, type Session } from '../../../electron/shared/sessions'
import { DateTimeControl, NumberControl, SelectControl } from '../../components/controlled'
import { FormDialog } from '../../components/FormDialog'
import { notify } from '../../components/Toasts'
import { showServerError } from '../../components/formErrors'
import { capitalised, sessionNounOf, START_MESSAGE } from './labels'
import { useCreateSession } from './queries'
import { startingText, type Template } from '../../../electron/shared/templates'
import { TemplatePicker } from '../templates/TemplatePicker'

const schema = sessionsContract['sessions:create'].input
type Values = z.input<typeof schema>
type Parsed = z.output<typeof schema>

const FIELDS = ['startsAt', 'durationMinutes', 'format', 'billing'] as const

/** Tomorrow at 9:00 for a session to schedule; now, to the quarter hour, for one being recorded. */
function defaultStart(mode: 'schedule' | 'record'): string {
  return mode === 'schedule' ? tomorrowAt(9) : lastQuarterHour()
}

export interface NewSessionDialogProps {
  engagement: Engagement
  /** Schedule one ahead, or record one taking place now (it starts as held). */
  mode: 'schedule' | 'record'
  onCreated(session: Session): void
  onCancel(): void
}

/** The when and how of a new session, and the template its notes start from; they are written on the session's own page. */
export function NewSessionDialog({ engagement, mode, onCreated, onCancel }: NewSessionDialogProps) {
  const create = useCreateSession()
  const noun = sessionNounOf(engagement)
  const form = useForm<Values, unknown, Parsed>({
    defaultValues: {
      engagementId: engagement.id,
      startsAt: defaultStart(mode),
      durationMinutes: engagement.sessionMinutes,
      format: 'video',
      // No fee agreed usually means pro bono work.
      billing: engagement.fee === null ? 'pro_bono' : 'paid',
      status: mode === 'schedule' ? 'scheduled' : 'held'
    },
    resolver: zodResolver(schema),
    mode: 'onTouched'
  })
  const { control, formState, handleSubmit, setError } = form
  const [template, setTemplate] = useState<Template | null>(null)

  const save = handleSubmit(async (fields) => {
    try {
      // The template's text is copied into the notes: the session keeps it whatever becomes of the template.
      const session = await create.mutateAsync(template ? { ...fields, notes: startingText(template.sections) } : fields)
      notify({ title: mode === 'schedule' ? `${capitalised(noun)} scheduled` : `${capitalised(noun)} added` })
      onCreated(session)
    } catch (error) {
      showServerError(setError, error, { fields: FIELDS })
    }
  })

  return (
    <FormDialog
      isOpen
      title={mode === 'schedule' ? `Schedule a ${noun}` : `Record a ${noun}`}
      submitLabel={mode === 'schedule' ? `Schedule ${noun}` : `Add ${noun}`}
      error={formState.errors.root?.message}
      isPending={formState.isSubmitting}
      onSubmit={() => void save()}
      onCancel={onCancel}
    >
      <DateTimeControl
        control={control}
        name="startsAt"
        label="Date and time"
        isRequired
        description="In your time zone."
        errorMessage={START_MESSAGE}
      />
      <NumberControl control={control} name="durationMinutes" label="Duration (minutes)" minValue={1} />
      <div className="session-fields-row">
        <SelectControl control={control} name="format" label="Format" options={SESSION_FORMATS.map((value) => ({ value, label: SESSION_FORMAT_LABELS[value] }))} />
        <SelectControl control={control} name="billing" label="Billing" options={BILLING.map((value) => ({ value, label: BILLING_LABELS[value] }))} />
      </div>
      <TemplatePicker kind="session" value={template} onChange={setTemplate} />
      {mode === 'record' ? (
        <p className="muted">It is recorded as held; the agenda, notes and commitments go on the next page.</p>
      ) : null}
    </FormDialog>
  )
}
