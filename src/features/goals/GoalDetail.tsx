import { useState } from 'react'
import { ACHIEVED_WORDS, GOAL_STATUS_LABELS, MEASURE_LABELS, PRIORITY_LABELS, type Goal, type Measurement } from '../../../electron/shared/goals'
import { Button } from '../../components/Button'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { notify } from '../../components/Toasts'
import { messageOf } from '../../lib/api'
import { formatDate } from '../../lib/format'
import { ActionDialog } from '../actions/ActionDialog'
import { ActionList } from '../actions/ActionItem'
import { useGoalPlan } from '../actions/queries'
import { formatValue } from './format'
import { MeasurementDialog } from './MeasurementDialog'
import { Milestones } from './Milestones'
import { ProgressChart } from './ProgressChart'
import { RecordHistory } from '../changes/RecordHistory'
import { useDeleteGoal, useDeleteMeasurement } from './queries'
import { countOf, noun } from '../../../electron/shared/words'
import { REVIEW_KIND_LABELS } from '../../../electron/shared/reviews'
import { UNDO_BRINGS_IT_BACK } from '../undo/words'

export interface GoalDetailProps {
  goal: Goal
  onEdit(): void
  onDeleted(): void
}

/** One goal: what it is, its progress over time, its action plan and milestones. */
export function GoalDetail({ goal, onEdit, onDeleted }: GoalDetailProps) {
  const remove = useDeleteGoal()
  const [confirmingDelete, setConfirmingDelete] = useState(false)

  // Awaited rather than mutate's callbacks: the row (or screen) may be gone once the lists refresh.
  const onDelete = async () => {
    setConfirmingDelete(false)
    try {
      await remove.mutateAsync({ id: goal.id })
      notify({ title: 'Goal deleted' })
      onDeleted()
    } catch (error) {
      notify({ title: 'Not deleted', description: messageOf(error) })
    }
  }

  const value = (number: number | null) => formatValue(number, goal)
  const details: [string, string][] = [
    ['Why it matters', goal.whyItMatters],
    ['Success indicator', goal.successIndicator],
    ['Observable behaviours', goal.observableBehaviours],
    ['Growth area', goal.growthArea?.title ?? ''],
    ['Measured as', goal.measure === 'number' && goal.unit ? `${MEASURE_LABELS.number} (${goal.unit})` : MEASURE_LABELS[goal.measure]],
    ['Baseline → target', `${value(goal.baseline)} → ${value(goal.target)}`],
    ['Latest', value(goal.latestValue)],
    ['Deadline', goal.deadline ? formatDate(goal.deadline) : ''],
    ['Priority', PRIORITY_LABELS[goal.priority]],
    ['Confidence', goal.confidence === null ? '' : `${goal.confidence}/10`]
  ]

  return (
    <section className="goal-pane-inner" aria-labelledby="goal-title">
      <header className="pane-header goal-pane-header">
        <div>
          <h2 id="goal-title" className="goal-title">
            {goal.statement}
          </h2>
          <p className="muted">
            <span className={`goal-status goal-status-${goal.status}`}>{GOAL_STATUS_LABELS[goal.status]}</span>
            {goal.finalOutcome ? <span> · {REVIEW_KIND_LABELS.final}: {ACHIEVED_WORDS[goal.finalOutcome].label}</span> : null}
          </p>
        </div>
        <div className="toolbar">
          <Button onPress={onEdit}>Edit goal</Button>
          <Button variant="danger" onPress={() => setConfirmingDelete(true)}>
            Delete goal…
          </Button>
        </div>
      </header>

      <dl className="details">
        {details.map(([label, text]) => (
          <div key={label} className="detail-row">
            <dt>{label}</dt>
            <dd className="goal-detail-text">{text || <span className="muted">—</span>}</dd>
          </div>
        ))}
      </dl>

      <Progress goal={goal} />
      <ActionPlan goal={goal} />
      <RecordHistory table="goals" id={goal.id} noun="goal" />

      <ConfirmDialog
        isOpen={confirmingDelete}
        title="Delete this goal?"
        confirmLabel="Delete permanently"
        destructive
        onConfirm={() => void onDelete()}
        onCancel={() => setConfirmingDelete(false)}
      >
        <p>
          “{goal.statement}” will be deleted with its {countOf(goal.measurements.length, noun('measurement'))}, its
          actions and milestones, and its outcomes in any review. {UNDO_BRINGS_IT_BACK}
        </p>
        <p>To keep the record, set its status to Dropped instead.</p>
      </ConfirmDialog>
    </section>
  )
}

/** The chart over time, and the measurements behind it to add, correct or remove. */
function Progress({ goal }: { goal: Goal }) {
  const [editing, setEditing] = useState<Measurement | 'new' | null>(null)
  const [deleting, setDeleting] = useState<Measurement | null>(null)
  const remove = useDeleteMeasurement()

  // Awaited rather than mutate's callbacks: the row (or screen) may be gone once the lists refresh.
  const onDelete = async () => {
    if (!deleting) return
    setDeleting(null)
    try {
      await remove.mutateAsync({ id: deleting.id })
      notify({ title: 'Measurement deleted' })
    } catch (error) {
      notify({ title: 'Not deleted', description: messageOf(error) })
    }
  }

  return (
    <section aria-labelledby={`progress-${goal.id}`}>
      <div className="section-header">
        <h3 id={`progress-${goal.id}`}>Progress</h3>
        <Button onPress={() => setEditing('new')}>Add measurement</Button>
      </div>
      <ProgressChart title={goal.statement} points={goal.measurements} baseline={goal.baseline} target={goal.target} measure={goal.measure} unit={goal.unit} unitOne={goal.unitOne} />
      {goal.measurements.length === 0 ? (
        <p className="muted">No measurements yet. Add one whenever you check in on this goal; ratings taken in a session land here too.</p>
      ) : (
        <table className="goal-table">
          <caption className="visually-hidden">Measurements</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Value</th>
              <th scope="col">
                Comment <span className="private-badge">Private</span>
              </th>
              <th scope="col">
                <span className="visually-hidden">Change</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {[...goal.measurements].reverse().map((measurement) => (
              <tr key={measurement.id}>
                <td className="goal-nowrap">
                  {formatDate(measurement.measuredOn)}
                  {measurement.sessionId ? <span className="muted"> · in a session</span> : null}
                </td>
                <td className="goal-nowrap">{formatValue(measurement.value, goal)}</td>
                <td className="goal-detail-text">{measurement.comment}</td>
                <td className="goal-row-tools">
                  <Button variant="quiet" onPress={() => setEditing(measurement)} aria-label={`Edit measurement of ${formatDate(measurement.measuredOn)}`}>
                    Edit
                  </Button>
                  <Button variant="quiet" onPress={() => setDeleting(measurement)} aria-label={`Delete the measurement of ${formatDate(measurement.measuredOn)}`}>
                    Delete…
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing ? <MeasurementDialog goal={goal} measurement={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} /> : null}
      <ConfirmDialog
        isOpen={deleting !== null}
        title="Delete this measurement?"
        confirmLabel="Delete measurement"
        destructive
        onConfirm={() => void onDelete()}
        onCancel={() => setDeleting(null)}
      >
        <p>
          The measurement of {deleting ? formatDate(deleting.measuredOn) : ''} ({deleting ? formatValue(deleting.value, goal) : ''}) and its comment will be
          removed from the goal's progress.
        </p>
      </ConfirmDialog>
    </section>
  )
}

/** What the client (or coach, or sponsor) will do for this goal, and the milestones on the way. */
function ActionPlan({ goal }: { goal: Goal }) {
  const plan = useGoalPlan(goal.engagementId, goal.id)
  const [adding, setAdding] = useState(false)

  return (
    <>
      <section aria-labelledby={`plan-${goal.id}`}>
        <div className="section-header">
          <h3 id={`plan-${goal.id}`}>Action plan</h3>
          <Button onPress={() => setAdding(true)}>Add action</Button>
        </div>
        {plan.isError ? (
          <p className="form-error" role="alert">
            {messageOf(plan.error)}
          </p>
        ) : plan.isSuccess ? (
          <ActionList
            actions={plan.data.actions}
            label="Action plan"
            empty="No actions yet. Agree the first small step with the client: what, who, by when."
          />
        ) : null}
        {adding ? <ActionDialog engagementId={goal.engagementId} goalId={goal.id} onClose={() => setAdding(false)} /> : null}
      </section>
      {plan.isSuccess ? <Milestones goalId={goal.id} milestones={plan.data.milestones} /> : null}
    </>
  )
}
