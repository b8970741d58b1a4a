import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import type { z } from 'zod'
import { actionsContract, type Milestone } from '../../../electron/shared/actions'
import { Button } from '../../components/Button'
import { CheckboxField } from '../../components/CheckboxField'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { CheckboxControl, DateControl, TextControl } from '../../components/controlled'
import { FormDialog } from '../../components/FormDialog'
import { notify } from '../../components/Toasts'
import { showServerError } from '../../components/formErrors'
import { messageOf } from '../../lib/api'
import { formatDate } from '../../lib/format'
import { useCreateMilestone, useDeleteMilestone, useUpdateMilestone } from '../actions/queries'

const schema = actionsContract['actions:createMilestone'].input
type Values = z.input<typeof schema>
type Parsed = z.output<typeof schema>

/** A goal's milestones, by date: tick one when it is reached. */
export function Milestones({ goalId, milestones }: { goalId: number; milestones: readonly Milestone[] }) {
  const [adding, setAdding] = useState(false)
  return (
    <section aria-labelledby={`milestones-${goalId}`}>
      <div className="section-header">
        <h3 id={`milestones-${goalId}`}>Milestones</h3>
        <Button onPress={() => setAdding(true)}>Add milestone</Button>
      </div>
      {milestones.length === 0 ? (
        <p className="muted">No milestones yet. Milestones mark the way to the goal, such as “First team meeting chaired”.</p>
      ) : (
        <ul className="goal-rows" aria-label="Milestones">
          {milestones.map((milestone) => (
            <MilestoneRow key={milestone.id} milestone={milestone} />
          ))}
        </ul>
      )}
      {adding ? <MilestoneDialog goalId={goalId} onClose={() => setAdding(false)} /> : null}
    </section>
  )
}

function MilestoneRow({ milestone }: { milestone: Milestone }) {
  const update = useUpdateMilestone()
  const remove = useDeleteMilestone()
  const [editing, setEditing] = useState(false)
  const [confirmingDelete, setConfirmingDelete] = useState(false)
  // The tick shows at once and stays until the saved state has come back.
  const [pending, setPending] = useState<boolean | null>(null)

  const setReached = (reached: boolean) => {
    setPending(reached)
    update.mutate(
      { id: milestone.id, title: milestone.title, dueOn: milestone.dueOn, reached },
      {
        onError: (error) => notify({ title: 'Not changed', description: messageOf(error) }),
        onSettled: () => setPending(null)
      }
    )
  }

  // Awaited rather than mutate's callbacks: the row (or screen) may be gone once the lists refresh.
  const onDelete = async () => {
    setConfirmingDelete(false)
    try {
      await remove.mutateAsync({ id: milestone.id })
      notify({ title: 'Milestone deleted' })
    } catch (error) {
      notify({ title: 'Not deleted', description: messageOf(error) })
    }
  }

  return (
    <li className="goal-row">
      <CheckboxField label={milestone.title} isSelected={pending ?? milestone.reached} onChange={setReached} aria-label={`Reached: ${milestone.title}`} />
      <span className="muted">
        {formatDate(milestone.dueOn)}
        {milestone.reached ? ' · Reached' : ''}
      </span>
      <span className="goal-row-tools">
        <Button variant="quiet" onPress={() => setEditing(true)} aria-label={`Edit milestone: ${milestone.title}`}>
          Edit
        </Button>
        <Button variant="quiet" onPress={() => setConfirmingDelete(true)} aria-label={`Delete the milestone “${milestone.title}”`}>
          Delete…
        </Button>
      </span>
      {editing ? <MilestoneDialog goalId={milestone.goalId} milestone={milestone} onClose={() => setEditing(false)} /> : null}
      <ConfirmDialog
        isOpen={confirmingDelete}
        title="Delete this milestone?"
        confirmLabel="Delete milestone"
        destructive
        onConfirm={() => void onDelete()}
        onCancel={() => setConfirmingDelete(false)}
      >
        <p>“{milestone.title}” will be removed from the goal.</p>
      </ConfirmDialog>
    </li>
  )
}

function MilestoneDialog({ goalId, milestone, onClose }: { goalId: number; milestone?: Milestone; onClose(): void }) {
  const create = useCreateMilestone()
  const update = useUpdateMilestone()
  const form = useForm<Values, unknown, Parsed>({
    defaultValues: { goalId, title: milestone?.title ?? '', dueOn: milestone?.dueOn ?? '', reached: milestone?.reached ?? false },
    resolver: zodResolver(schema),
    mode: 'onTouched'
  })
  const { control, formState, handleSubmit, setError } = form

  const save = handleSubmit(async ({ goalId: _goalId, ...fields }) => {
    try {
      if (milestone) await update.mutateAsync({ ...fields, id: milestone.id })
      else await create.mutateAsync({ ...fields, goalId })
      notify({ title: milestone ? 'Milestone saved' : 'Milestone added' })
      onClose()
    } catch (error) {
      showServerError(setError, error, { fields: ['title', 'dueOn', 'reached'] })
    }
  })

  return (
    <FormDialog
      isOpen
      title={milestone ? 'Edit milestone' : 'New milestone'}
      submitLabel={milestone ? 'Save milestone' : 'Add milestone'}
      error={formState.errors.root?.message}
      isPending={formState.isSubmitting}
      onSubmit={() => void save()}
      onCancel={onClose}
    >
      <TextControl control={control} name="title" label="Milestone" isRequired />
      <DateControl control={control} name="dueOn" label="Date" isRequired />
      <CheckboxControl control={control} name="reached" label="Reached" />
    </FormDialog>
  )
}
