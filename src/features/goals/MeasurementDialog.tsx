import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import type { z } from 'zod'
import { goalsContract, RATING, type Goal, type Measurement } from '../../../electron/shared/goals'
import { DateControl, NumberControl, TextControl } from '../../components/controlled'
import { FormDialog } from '../../components/FormDialog'
import { notify } from '../../components/Toasts'
import { showServerError } from '../../components/formErrors'
import { todayIso } from '../../lib/format'
import { valueLabel } from './format'
import { useCreateMeasurement, useUpdateMeasurement } from './queries'

const schema = goalsContract['goals:createMeasurement'].input
type Values = z.input<typeof schema>
type Parsed = z.output<typeof schema>

const FIELDS = ['measuredOn', 'value', 'comment'] as const

/** Records where a goal stands on a day: a value on its measure and an optional comment. */
export function MeasurementDialog({ goal, measurement, onClose }: { goal: Goal; measurement?: Measurement; onClose(): void }) {
  const create = useCreateMeasurement()
  const update = useUpdateMeasurement()
  const form = useForm<Values, unknown, Parsed>({
    defaultValues: {
      goalId: goal.id,
      measuredOn: measurement?.measuredOn ?? todayIso(),
      // A required number with no sensible default: empty until typed, refused if left so.
      value: measurement?.value ?? (null as unknown as number),
      comment: measurement?.comment ?? '',
      sessionId: measurement?.sessionId ?? null
    },
    resolver: zodResolver(schema),
    mode: 'onTouched'
  })
  const { control, formState, handleSubmit, setError } = form

  const save = handleSubmit(async ({ goalId, ...fields }) => {
    try {
      if (measurement) await update.mutateAsync({ ...fields, id: measurement.id })
      else await create.mutateAsync({ ...fields, goalId })
      notify({ title: measurement ? 'Measurement saved' : 'Measurement added' })
      onClose()
    } catch (error) {
      showServerError(setError, error, { fields: FIELDS })
    }
  })

  const rating = goal.measure === 'rating'
  return (
    <FormDialog
      isOpen
      title={measurement ? 'Edit measurement' : 'New measurement'}
      submitLabel={measurement ? 'Save measurement' : 'Add measurement'}
      error={formState.errors.root?.message}
      isPending={formState.isSubmitting}
      onSubmit={() => void save()}
      onCancel={onClose}
    >
      <p className="muted goal-dialog-context">{goal.statement}</p>
      <DateControl control={control} name="measuredOn" label="Date" isRequired />
      <NumberControl
        control={control}
        name="value"
        label={valueLabel(goal)}
        isRequired
        {...(rating ? { minValue: RATING.min, maxValue: RATING.max, step: 1 } : {})}
      />
      <TextControl control={control} name="comment" label="Comment" multiline rows={3} description="Your working note: private, never in a summary." />
    </FormDialog>
  )
}
