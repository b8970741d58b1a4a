import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import type { z } from 'zod'
import { ACTION_OWNER_LABELS, ACTION_OWNERS, ACTION_STATUS_LABELS, ACTION_STATUSES, actionsContract, type Action, type ActionStatus } from '../../../electron/shared/actions'
import { DateControl, SelectControl, TextControl } from '../../components/controlled'
import { FormDialog } from '../../components/FormDialog'
import { SelectField } from '../../components/SelectField'
import { notify } from '../../components/Toasts'
import { showServerError } from '../../components/formErrors'
import { todayIso } from '../../lib/format'
import { useCreateAction, useSetActionStatus, useUpdateAction } from './queries'

const schema = actionsContract['actions:create'].input
type Values = z.input<typeof schema>
type Parsed = z.output<typeof schema>

const FIELDS = ['goalId', 'description', 'owner', 'dueOn', 'resources', 'obstacles', 'overcome'] as const

export interface ActionDialogProps {
  engagementId: number
  /** The action to edit; a new one when left out. */
  action?: Action
  /** A new action's goal (e.g. on the goal's action plan). */
  goalId?: number | null
  /** When given, the coach chooses the goal (e.g. a commitment agreed in a session). */
  goals?: readonly { id: number; statement: string }[]
  /** The session where it is agreed, which makes it a commitment reviewed next time. */
  sessionId?: number | null
  /** What the coach calls it here. */
  noun?: 'action' | 'commitment'
  onClose(): void
}

function initialValues(props: ActionDialogProps): Values {
  const { action } = props
  return {
    engagementId: props.engagementId,
    today: todayIso(),
    goalId: action ? action.goalId : (props.goalId ?? null),
    sessionId: action ? action.sessionId : (props.sessionId ?? null),
    description: action?.description ?? '',
    owner: action?.owner ?? 'client',
    dueOn: action?.dueOn ?? '',
    resources: action?.resources ?? '',
    obstacles: action?.obstacles ?? '',
    overcome: action?.overcome ?? ''
  }
}

/** Adds or edits one action: what, for which goal, whose, by when, and what could get in the way. */
export function ActionDialog(props: ActionDialogProps) {
  const { action, goals, noun = 'action', onClose } = props
  const create = useCreateAction()
  const update = useUpdateAction()
  const setStatus = useSetActionStatus()
  const [status, setStatusChoice] = useState<ActionStatus>(action?.status ?? 'open')
  const form = useForm<Values, unknown, Parsed>({ defaultValues: initialValues(props), resolver: zodResolver(schema), mode: 'onTouched' })
  const { control, formState, handleSubmit, setError } = form
  const Noun = noun === 'action' ? 'Action' : 'Commitment'

  const save = handleSubmit(async ({ engagementId, ...fields }) => {
    try {
      if (action) {
        await update.mutateAsync({ ...fields, id: action.id })
        if (status !== action.status) await setStatus.mutateAsync({ id: action.id, status, today: fields.today })
        notify({ title: `${Noun} saved` })
      } else {
        await create.mutateAsync({ ...fields, engagementId })
        notify({ title: `${Noun} added` })
      }
      onClose()
    } catch (error) {
      showServerError(setError, error, { fields: FIELDS })
    }
  })

  return (
    <FormDialog
      isOpen
      title={action ? `Edit ${noun}` : `New ${noun}`}
      submitLabel={action ? `Save ${noun}` : `Add ${noun}`}
      error={formState.errors.root?.message}
      isPending={formState.isSubmitting}
      onSubmit={() => void save()}
      onCancel={onClose}
    >
      <TextControl control={control} name="description" label="Description" isRequired multiline rows={2} />
      {goals ? (
        <SelectControl
          control={control}
          name="goalId"
          label="Goal"
          options={goals.map((goal) => ({ value: goal.id, label: goal.statement }))}
          none="No goal (an action of its own)"
        />
      ) : null}
      <div className="action-fields-row">
        <SelectControl control={control} name="owner" label="Owner" options={ACTION_OWNERS.map((owner) => ({ value: owner, label: ACTION_OWNER_LABELS[owner] }))} />
        <DateControl control={control} name="dueOn" label="Due date" />
        {action ? (
          <SelectField<ActionStatus>
            label="Status"
            options={ACTION_STATUSES.map((value) => ({ value, label: ACTION_STATUS_LABELS[value] }))}
            value={status}
            onChange={setStatusChoice}
          />
        ) : null}
      </div>
      {(
        [
          ['resources', 'Resources', 'People, time, tools or money it needs.'],
          ['obstacles', 'Obstacles', 'What could get in the way.'],
          ['overcome', 'How to overcome them', 'How the client means to get past the obstacles.']
        ] as const
      ).map(([name, label, description]) => (
        <TextControl key={name} control={control} name={name} label={label} description={description} multiline rows={2} />
      ))}
    </FormDialog>
  )
}
