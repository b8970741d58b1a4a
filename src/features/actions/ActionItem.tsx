import { useState } from 'react'
import { Checkbox } from 'react-aria-components'
import type { Action } from '../../../electron/shared/actions'
import { Button } from '../../components/Button'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { notify } from '../../components/Toasts'
import { messageOf } from '../../lib/api'
import { formatDate, todayIso } from '../../lib/format'
import { ActionDialog, type ActionDialogProps } from './ActionDialog'
import { OWNER_LABELS } from './labels'
import { useDeleteAction, useSetActionStatus } from './queries'
import './actions.css'
import '../../components/pointer-check.css'

export interface ActionItemProps {
  action: Action
  /** Say which goal it serves (in lists that mix goals). */
  showGoal?: boolean
  /** Passed to the edit dialog: a goal choice, and what it is called here. */
  goals?: ActionDialogProps['goals']
  noun?: ActionDialogProps['noun']
}

/** One action as a checklist row: tick it done (or open again), edit it, delete it. */
export function ActionItem({ action, showGoal, goals, noun = 'action' }: ActionItemProps) {
  const [editing, setEditing] = useState(false)
  const [confirmingDelete, setConfirmingDelete] = useState(false)
  const remove = useDeleteAction()
  const done = action.status === 'done'

  // Awaited rather than mutate's callbacks: the row (or screen) may be gone once the lists refresh.
  const onDelete = async () => {
    setConfirmingDelete(false)
    try {
      await remove.mutateAsync({ id: action.id })
      notify({ title: noun === 'action' ? 'Action deleted' : 'Commitment deleted' })
    } catch (error) {
      notify({ title: 'Not deleted', description: messageOf(error) })
    }
  }

  return (
    <li className={`action-item action-${action.status}${action.overdue ? ' action-overdue' : ''}`}>
      <DoneToggle action={action} />
      <div className="action-body">
        <div className="action-description">{action.description}</div>
        <div className="action-meta muted">
          {showGoal ? <span>{action.goalStatement ? `Goal: ${action.goalStatement}` : 'No goal'}</span> : null}
          <span>Owner: {OWNER_LABELS[action.owner]}</span>
          {action.dueOn ? <span>Due {formatDate(action.dueOn)}</span> : <span>No due date</span>}
          {action.overdue ? <span className="overdue">Overdue</span> : null}
          {done ? <span className="action-done-on">Done {formatDate(action.doneOn)}</span> : null}
          {action.status === 'dropped' ? <span className="badge">Dropped</span> : null}
        </div>
        {(
          [
            ['Resources', action.resources],
            ['Obstacles', action.obstacles],
            ['How to overcome them', action.overcome]
          ] as const
        )
          .filter(([, text]) => text)
          .map(([label, text]) => (
            <div key={label} className="action-extra">
              <span className="muted">{label}:</span> {text}
            </div>
          ))}
      </div>
      <div className="action-tools">
        <Button variant="quiet" onPress={() => setEditing(true)} aria-label={`Edit ${noun}: ${action.description}`}>
          Edit
        </Button>
        <Button variant="quiet" onPress={() => setConfirmingDelete(true)} aria-label={`Delete the ${noun} “${action.description}”`}>
          Delete…
        </Button>
      </div>
      {editing ? (
        <ActionDialog engagementId={action.engagementId} action={action} goals={goals} noun={noun} onClose={() => setEditing(false)} />
      ) : null}
      <ConfirmDialog
        isOpen={confirmingDelete}
        title={`Delete this ${noun}?`}
        confirmLabel={`Delete ${noun}`}
        destructive
        onConfirm={() => void onDelete()}
        onCancel={() => setConfirmingDelete(false)}
      >
        <p>“{action.description}” will be removed from the action plan and from any session where it was agreed.</p>
        <p>To keep a record that it was not done, edit it and set its status to Dropped instead.</p>
      </ConfirmDialog>
    </li>
  )
}

/**
 * The tick box: done, or open again. It shows the coach's choice at once and keeps
 * showing it until the saved state has come back.
 */
function DoneToggle({ action }: { action: Action }) {
  const setStatus = useSetActionStatus()
  const [pending, setPending] = useState<boolean | null>(null)
  const isDone = pending ?? action.status === 'done'

  const toggle = (done: boolean) => {
    setPending(done)
    setStatus.mutate(
      { id: action.id, status: done ? 'done' : 'open', today: todayIso() },
      {
        onError: (error) => notify({ title: 'Not changed', description: messageOf(error) }),
        onSettled: () => setPending(null)
      }
    )
  }

  return (
    <Checkbox className="checkbox action-check pointer-check" isSelected={isDone} onChange={toggle} aria-label={`Mark done: ${action.description}`}>
      <span className="checkbox-box" aria-hidden="true">
        <svg viewBox="0 0 12 12" width="10" height="10">
          <polyline points="2,6.5 5,9 10,3" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      </span>
    </Checkbox>
  )
}

/** A list of actions, or a sentence saying there are none. */
export function ActionList({ actions, label, empty, ...itemProps }: { actions: readonly Action[]; label: string; empty: string } & Omit<ActionItemProps, 'action'>) {
  if (actions.length === 0) return <p className="muted">{empty}</p>
  return (
    <ul className="action-list" aria-label={label}>
      {actions.map((action) => (
        <ActionItem key={action.id} action={action} {...itemProps} />
      ))}
    </ul>
  )
}
