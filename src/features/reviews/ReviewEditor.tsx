import { useEffect, useState } from 'react'
import { Controller, useForm, useWatch, type Control, type UseFormSetValue } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import type { z } from 'zod'
import type { OpenActionsOnClosing } from '../../../electron/shared/actions'
import { ACHIEVED, ACHIEVED_WORDS, GOAL_STATUS_LABELS, GOAL_STATUSES, RATING, type Goal, type GoalStatus } from '../../../electron/shared/goals'
import { REVIEW_KIND_LABELS, reviewsContract, type Review, type ReviewKind } from '../../../electron/shared/reviews'
import { inSentence } from '../../../electron/shared/words'
import { Button } from '../../components/Button'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { useDiscardGuard } from '../../components/useDiscardGuard'
import { CheckboxControl, DateControl, NumberControl, TextControl } from '../../components/controlled'
import { SelectField } from '../../components/SelectField'
import { ShareableBadge } from '../../components/ShareableBadge'
import { notify } from '../../components/Toasts'
import { showServerError } from '../../components/formErrors'
import { FormPane, SaveButton } from '../../components/FormPane'
import { messageOf } from '../../lib/api'
import { formatDate, formatDateTime, todayIso } from '../../lib/format'
import { OpenActionsChoice } from '../actions/OpenActionsChoice'
import { formatValue } from '../goals/format'
import { useCompleteReview, useCreateReview, useDeleteReview, useUpdateReview } from './queries'
import { CancelButton } from '../../components/CancelButton'

const schema = reviewsContract['reviews:create'].input
type Values = z.input<typeof schema>
type Parsed = z.output<typeof schema>

const FIELDS = ['heldOn', 'keyLearnings', 'sustainPlan', 'clientFeedback', 'clientFeedbackShareable', 'clientRating', 'followUpOn'] as const

/**
 * One row per goal, in the goals' order: what the review recorded, or for a new review
 * the goal's latest measurement as a starting point.
 */
function valuesOf(engagementId: number, kind: ReviewKind, goals: readonly Goal[], review?: Review): Values {
  return {
    engagementId,
    kind,
    heldOn: review?.heldOn ?? todayIso(),
    outcomes: goals.map((goal) => {
      const outcome = review?.outcomes.find((candidate) => candidate.goalId === goal.id)
      // The goal's status is the goal's own: null leaves it as it is.
      return { goalId: goal.id, value: review ? (outcome?.value ?? null) : goal.latestValue, achieved: outcome?.achieved ?? null, goalStatus: null }
    }),
    keyLearnings: review?.keyLearnings ?? '',
    sustainPlan: review?.sustainPlan ?? '',
    clientFeedback: review?.clientFeedback ?? '',
    clientFeedbackShareable: review?.clientFeedbackShareable ?? false,
    clientRating: review?.clientRating ?? null,
    followUpOn: review?.followUpOn ?? ''
  }
}

export interface ReviewEditorProps {
  engagementId: number
  goals: readonly Goal[]
  kind: ReviewKind
  /** The review to edit; a new one when left out. */
  review?: Review
  /**
   * Called once after a new review is saved; keep it stable (useCallback). `refusal` is
   * why completing it was refused, for the editor that shows the saved review.
   */
  onSaved(reviewId: number, refusal?: unknown): void
  /** Why completing this review was refused, shown next to the field at fault. */
  refusal?: unknown
  onClosed(): void
}

/** A mid-point or final review: each goal's outcome, what was learned, how the change will last, the client's feedback. */
export function ReviewEditor({ engagementId, goals, kind, review, onSaved, refusal, onClosed }: ReviewEditorProps) {
  const create = useCreateReview()
  const update = useUpdateReview()
  const complete = useCompleteReview()
  const remove = useDeleteReview()
  const [created, setCreated] = useState<{ id: number; refusal?: unknown } | null>(null)
  const [confirming, setConfirming] = useState<'complete' | 'delete' | null>(null)
  const [openActions, setOpenActions] = useState<OpenActionsOnClosing>('open')
  const form = useForm<Values, unknown, Parsed>({ defaultValues: valuesOf(engagementId, kind, goals, review), resolver: zodResolver(schema), mode: 'onTouched' })
  const { control, formState, handleSubmit, setError, reset } = form
  const isDirty = formState.isDirty
  const heldOn = useWatch({ control, name: 'heldOn' })
  const fieldMap = fieldMapOf(goals)

  const guard = useDiscardGuard(isDirty && created === null, { subject: 'this review', includeQuery: true })

  useEffect(() => {
    if (created !== null) onSaved(created.id, created.refusal)
  }, [created, onSaved])

  useEffect(() => {
    if (refusal) showServerError(setError, refusal, fieldMapOf(goals))
  }, [refusal, setError, goals])

  /** Creates or updates the review; the form is clean afterwards. */
  const persist = async ({ engagementId: _engagementId, kind: _kind, ...fields }: Parsed): Promise<Review> => {
    const saved = review ? await update.mutateAsync({ ...fields, id: review.id }) : await create.mutateAsync({ ...fields, engagementId, kind })
    reset(valuesOf(engagementId, kind, goals, saved))
    return saved
  }

  const save = handleSubmit(async (fields) => {
    try {
      const saved = await persist(fields)
      notify({ title: 'Review saved' })
      if (!review) setCreated({ id: saved.id })
    } catch (error) {
      showServerError(setError, error, fieldMap)
    }
  })

  // Completing saves what is on screen first, so what is completed is what the coach sees.
  const saveAndComplete = handleSubmit(async (fields) => {
    let saved: Review
    try {
      saved = await persist(fields)
    } catch (error) {
      showServerError(setError, error, fieldMap)
      return
    }
    let refused: unknown
    try {
      await complete.mutateAsync({ id: saved.id, openActions })
      notify({ title: 'Review completed', description: kind === 'final' ? 'The engagement is now completed.' : undefined })
    } catch (error) {
      // Saved, not completed: why, next to the field to change (the date, most often).
      refused = error
      showServerError(setError, error, fieldMap)
    }
    if (!review) setCreated({ id: saved.id, refusal: refused })
  })

  // Awaited rather than mutate's callbacks: the row (or screen) may be gone once the lists refresh.
  const onDelete = async () => {
    setConfirming(null)
    if (!review) return
    try {
      await remove.mutateAsync({ id: review.id })
      notify({ title: 'Review deleted' })
      onClosed()
    } catch (error) {
      notify({ title: 'Not deleted', description: messageOf(error) })
    }
  }

  const commands = (
    <>
      {review ? (
        <Button variant="danger" onPress={() => setConfirming('delete')}>
          Delete review…
        </Button>
      ) : (
        <CancelButton onPress={onClosed} />
      )}
      <SaveButton variant="secondary" isPending={formState.isSubmitting && !confirming}>
        Save review
      </SaveButton>
      {review?.completedAt ? null : (
        <Button
          variant="primary"
          onPress={() => {
            setOpenActions('open')
            if (kind === 'final') setConfirming('complete')
            else void saveAndComplete()
          }}
        >
          Complete review
        </Button>
      )}
    </>
  )

  const outside = (
    <>
      <ConfirmDialog
        isOpen={confirming === 'complete'}
        title="Complete the final review and close the engagement?"
        confirmLabel="Complete and close engagement"
        onConfirm={() => {
          setConfirming(null)
          void saveAndComplete()
        }}
        onCancel={() => setConfirming(null)}
      >
        <p>
          The review is saved as it is on screen and completed, and the engagement becomes completed on {formatDate(heldOn)}, the review’s date. A
          completed engagement cannot be reopened: further work with this client is a new engagement.
        </p>
        <p>The review itself stays editable for corrections.</p>
        <OpenActionsChoice engagementId={engagementId} closingOn={heldOn} value={openActions} onChange={setOpenActions} />
      </ConfirmDialog>
      <ConfirmDialog
        isOpen={confirming === 'delete'}
        title="Delete this review?"
        confirmLabel="Delete permanently"
        destructive
        onConfirm={() => void onDelete()}
        onCancel={() => setConfirming(null)}
      >
        <p>The review, its outcomes by goal, learnings and the client’s feedback will be deleted. The goals and their measurements stay.</p>
        {review?.completedAt && kind === 'final' ? <p>The engagement stays completed.</p> : null}
      </ConfirmDialog>
      {guard.dialog}
    </>
  )

  return (
    <FormPane
      className="review-pane-inner"
      formClassName="review-form"
      headerClassName="review-pane-header"
      title={review ? REVIEW_KIND_LABELS[kind] : `New ${inSentence(REVIEW_KIND_LABELS[kind])}`}
      subtitle={review?.completedAt ? <span className="review-completed">Completed {formatDateTime(review.completedAt)}</span> : 'Draft: not completed yet'}
      commands={commands}
      error={formState.errors.root?.message}
      onSave={save}
      onCancel={onClosed}
      // A new review opens ready to fill in; one shown from the list is there to be read first.
      focusOnOpen={!review}
      outside={outside}
    >
      <DateControl control={control} name="heldOn" label="Held on" isRequired className="review-date" />

      <h3>Outcomes by goal</h3>
      {goals.length === 0 ? (
        <p className="muted">No goals to review yet: set them on the Goals &amp; actions tab.</p>
      ) : (
        goals.map((goal, index) => (
          <OutcomeRow key={goal.id} control={control} setValue={form.setValue} goal={goal} index={index} kind={kind} />
        ))
      )}

      <div className="review-texts">
        {(
          [
            ['keyLearnings', 'Key learnings', 'What the client learned about themselves and their work.'],
            ['sustainPlan', 'Plan to sustain the change', 'How the client will keep the new habits going after the coaching.']
          ] as const
        ).map(([name, label, description]) => (
          <TextControl key={name} control={control} name={name} label={label} multiline rows={5} description={description} />
        ))}
      </div>

      <h3>Feedback</h3>
      <FeedbackFields control={control} />

      <DateControl
        control={control}
        name="followUpOn"
        label="Follow-up date"
        description="When to check in on how the change is holding."
        className="review-date"
      />
    </FormPane>
  )
}

/** Main names an outcome's row by its place (outcomes.2.value): the rows are the goals, in order. */
function fieldMapOf(goals: readonly Goal[]) {
  return {
    fields: [
      ...FIELDS,
      ...goals.flatMap((_, index) => [`outcomes.${index}.value`, `outcomes.${index}.achieved`, `outcomes.${index}.goalStatus`] as const)
    ]
  }
}

interface OutcomeRowProps {
  control: Control<Values>
  setValue: UseFormSetValue<Values>
  goal: Goal
  index: number
  kind: ReviewKind
}

/**
 * One goal's outcome: baseline → current or final value → target, and whether it was
 * achieved. In the final review this decides the goal's status: achieved makes it
 * Achieved; partly or not, the coach confirms where it stands (as it is, unless changed).
 */
function OutcomeRow({ control, setValue, goal, index, kind }: OutcomeRowProps) {
  const achieved = useWatch({ control, name: `outcomes.${index}.achieved` })
  const valueWord = kind === 'final' ? 'Final value' : 'Current value'
  const value = (number: number | null) => formatValue(number, goal)
  return (
    <fieldset className="review-outcome">
      <legend className="review-outcome-goal">{goal.statement}</legend>
      <p className="muted review-outcome-range">
        Baseline {value(goal.baseline)} · Target {value(goal.target)} · Latest measurement {value(goal.latestValue)}
      </p>
      <div className="review-outcome-fields">
        <NumberControl
          control={control}
          name={`outcomes.${index}.value`}
          label={goal.unit && goal.measure === 'number' ? `${valueWord} (${goal.unit})` : valueWord}
          {...(goal.measure === 'rating' ? { minValue: RATING.min, maxValue: RATING.max, step: 1 } : {})}
        />
        <Controller
          control={control}
          name={`outcomes.${index}.achieved`}
          render={({ field, fieldState }) => (
            <SelectField
              label="Achieved"
              options={ACHIEVED.map((choice) => ({ value: choice, label: ACHIEVED_WORDS[choice].answer }))}
              none="Not judged yet"
              value={field.value}
              onChange={(choice) => {
                field.onChange(choice)
                // Only a goal partly or not achieved has its status confirmed here.
                setValue(`outcomes.${index}.goalStatus`, null)
              }}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
            />
          )}
        />
        {kind === 'final' && (achieved === 'partly' || achieved === 'no') ? (
          <Controller
            control={control}
            name={`outcomes.${index}.goalStatus`}
            render={({ field, fieldState }) => (
              <SelectField<GoalStatus>
                label="Goal status"
                options={GOAL_STATUSES.map((status) => ({ value: status, label: GOAL_STATUS_LABELS[status] }))}
                value={field.value ?? goal.status}
                onChange={field.onChange}
                onBlur={field.onBlur}
                description="Left as it is unless you change it."
                error={fieldState.error?.message}
              />
            )}
          />
        ) : null}
      </div>
      {kind === 'final' && achieved === 'yes' ? <p className="muted">The goal becomes Achieved.</p> : null}
    </fieldset>
  )
}

/** The client's own words (always in their summary; in the sponsor's only if shareable) and their 1–10 rating. */
function FeedbackFields({ control }: { control: Control<Values> }) {
  const shareable = useWatch({ control, name: 'clientFeedbackShareable' })
  return (
    <div className="review-feedback">
      <div className="review-feedback-text">
        <span className="review-badge">
          <ShareableBadge mark={shareable ? 'shareable' : 'clientOnly'} />
        </span>
        <TextControl
          control={control}
          name="clientFeedback"
          label="Client feedback"
          multiline
          rows={4}
          description={
            shareable ? 'In the client’s summary and the sponsor’s.' : 'In the client’s own summary only; the sponsor does not see it unless you mark it shareable.'
          }
        />
      </div>
      <CheckboxControl control={control} name="clientFeedbackShareable" label="Shareable with the sponsor" />
      <NumberControl
        control={control}
        name="clientRating"
        label="Client's rating (1–10)"
        minValue={1}
        maxValue={10}
        step={1}
        description="How the client rates the engagement overall."
        className="review-rating"
      />
    </div>
  )
}
