import { useEffect, useState } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import type { z } from 'zod'
import { GOAL_STATUS_LABELS, GOAL_STATUSES, goalsContract, MEASURE_LABELS, MEASURES, PRIORITIES, PRIORITY_LABELS, RATING, type Goal } from '../../../electron/shared/goals'
import { useDiscardGuard } from '../../components/useDiscardGuard'
import { DateControl, NumberControl, SelectControl, TextControl } from '../../components/controlled'
import { notify } from '../../components/Toasts'
import { showServerError } from '../../components/formErrors'
import { FormPane } from '../../components/FormPane'
import { Field } from '../../components/Field'
import { singularGuess } from './format'
import { useCreateGoal, useGrowthAreas, useUpdateGoal } from './queries'

const schema = goalsContract['goals:create'].input
type Values = z.input<typeof schema>
type Parsed = z.output<typeof schema>

const FIELDS = [
  'statement',
  'whyItMatters',
  'successIndicator',
  'observableBehaviours',
  'measure',
  'unit',
  'unitOne',
  'baseline',
  'target',
  'deadline',
  'priority',
  'growthAreaId',
  'status',
  'confidence'
] as const

function valuesOf(engagementId: number, goal?: Goal): Values {
  return {
    engagementId,
    statement: goal?.statement ?? '',
    whyItMatters: goal?.whyItMatters ?? '',
    successIndicator: goal?.successIndicator ?? '',
    observableBehaviours: goal?.observableBehaviours ?? '',
    measure: goal?.measure ?? 'rating',
    unit: goal?.unit ?? '',
    unitOne: goal?.unitOne ?? '',
    baseline: goal?.baseline ?? null,
    target: goal?.target ?? null,
    deadline: goal?.deadline ?? '',
    priority: goal?.priority ?? 'medium',
    growthAreaId: goal?.growthArea?.id ?? null,
    status: goal?.status ?? 'not_started',
    confidence: goal?.confidence ?? null
  }
}

export interface GoalEditorProps {
  engagementId: number
  /** The goal to edit; a new goal when left out. */
  goal?: Goal
  /** Called once, after saving; keep it stable (useCallback). */
  onSaved(goalId: number): void
  onCancel(): void
}

/** A SMART goal: what, why, how it is measured (baseline → target), by when, how important, and how it stands. */
export function GoalEditor({ engagementId, goal, onSaved, onCancel }: GoalEditorProps) {
  const create = useCreateGoal()
  const update = useUpdateGoal()
  const growthAreas = useGrowthAreas(engagementId)
  // Set once saved; leaving happens in an effect, after the blocker knows.
  const [savedId, setSavedId] = useState<number | null>(null)
  const form = useForm<Values, unknown, Parsed>({ defaultValues: valuesOf(engagementId, goal), resolver: zodResolver(schema), mode: 'onTouched' })
  const { control, formState, handleSubmit, setError, getValues, setValue } = form
  const measure = useWatch({ control, name: 'measure' })
  const isDirty = formState.isDirty

  const guard = useDiscardGuard(isDirty && savedId === null, { subject: 'this goal', includeQuery: true })

  useEffect(() => {
    if (savedId !== null) onSaved(savedId)
  }, [savedId, onSaved])

  const save = handleSubmit(async ({ engagementId: _engagementId, ...fields }) => {
    try {
      const result = goal ? await update.mutateAsync({ ...fields, id: goal.id }) : await create.mutateAsync({ ...fields, engagementId })
      notify({ title: goal ? 'Goal saved' : 'Goal added' })
      setSavedId(result.id)
    } catch (error) {
      showServerError(setError, error, { fields: FIELDS })
    }
  })

  const ratingBounds = measure === 'rating' ? { minValue: RATING.min, maxValue: RATING.max, step: 1 } : {}
  const areaOptions = (growthAreas.data ?? []).map((area) => ({ value: area.id, label: area.title }))

  return (
    <FormPane
      className="goal-pane-inner"
      headerClassName="goal-pane-header"
      title={goal ? 'Edit goal' : 'New goal'}
      submitLabel="Save goal"
      isSubmitting={formState.isSubmitting}
      error={formState.errors.root?.message}
      onSave={save}
      onCancel={onCancel}
      outside={guard.dialog}
    >
      <div className="form-grid">
        <TextControl
          control={control}
          name="statement"
          label="Statement"
          isRequired
          multiline
          rows={2}
          description="Specific and time-bound, e.g. “Delegate the weekly report by June”."
          className="span-2"
        />
        {(
          [
            ['whyItMatters', 'Why it matters', 'What changes for the client, their team or the organisation.', 'span-2'],
            ['successIndicator', 'Success indicator', 'How you will both know it is reached.', ''],
            ['observableBehaviours', 'Observable behaviours', 'What others will see the client doing differently.', '']
          ] as const
        ).map(([name, label, description, span]) => (
          <TextControl key={name} control={control} name={name} label={label} multiline rows={3} description={description} className={span} />
        ))}
        <SelectControl
          control={control}
          name="measure"
          label="Measured as"
          options={MEASURES.map((value) => ({ value, label: MEASURE_LABELS[value] }))}
          description={measure === 'rating' ? 'Progress rated from 0 to 10.' : 'Progress counted in a unit of your choice.'}
        />
        {measure === 'number' ? (
          <Controller
            control={control}
            name="unit"
            render={({ field, fieldState }) => (
              <Field
                label="Unit"
                description="What the number counts, e.g. “hours a week”."
                value={field.value ?? ''}
                onChange={field.onChange}
                onBlur={() => {
                  field.onBlur()
                  // A first guess at the singular, for the coach to correct where English breaks the rule.
                  if (field.value && !getValues('unitOne')) setValue('unitOne', singularGuess(field.value), { shouldDirty: true })
                }}
                name={field.name}
                inputRef={field.ref}
                error={fieldState.error?.message}
              />
            )}
          />
        ) : (
          <div aria-hidden="true" />
        )}
        {measure === 'number' ? (
          <>
            <TextControl control={control} name="unitOne" label="Unit for one" description="The unit said of one, e.g. “hour a week”: “1 hour a week”." />
            <div aria-hidden="true" />
          </>
        ) : null}
        {(
          [
            ['baseline', 'Baseline', 'Where the client starts.'],
            ['target', 'Target', 'Where they mean to get.']
          ] as const
        ).map(([name, label, description]) => (
          <NumberControl key={name} control={control} name={name} label={label} {...ratingBounds} description={description} />
        ))}
        <DateControl control={control} name="deadline" label="Deadline" />
        <SelectControl
          control={control}
          name="priority"
          label="Priority"
          options={PRIORITIES.map((value) => ({ value, label: PRIORITY_LABELS[value] }))}
        />
        <SelectControl
          control={control}
          name="status"
          label="Status"
          options={GOAL_STATUSES.map((value) => ({ value, label: GOAL_STATUS_LABELS[value] }))}
        />
        <NumberControl
          control={control}
          name="confidence"
          label="Confidence (0–10)"
          minValue={0}
          maxValue={10}
          step={1}
          description="How sure the client is of reaching it."
        />
        <SelectControl
          control={control}
          name="growthAreaId"
          label="Growth area"
          options={areaOptions}
          none="None"
          description={
            growthAreas.isSuccess && growthAreas.data.length === 0
              ? 'No growth areas yet: identify them on the Assessment tab.'
              : 'The growth area from the assessment that this goal works on.'
          }
          className="span-2"
        />
      </div>
    </FormPane>
  )
}
