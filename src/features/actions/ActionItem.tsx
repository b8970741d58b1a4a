import { useState } from 'react'
import { Checkbox } from 'react-aria-components'
import { ACTION_OWNER_LABELS, type Action } from '../../../electron/shared/actions'
import { Button } from '../../components/Button'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { notify } from '../../components/Toasts'
import { messageOf } from '../../lib/api'
import { formatDate, todayIso } from '../../lib/format'
import { ActionDialog, type ActionDialogProps } from './ActionDialog'
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
  /** The day a tick records as the day it was done, when not today: in a session record, that session's day. */
  doneOn?: string
}

/** The dialog an action's row opens: editing it, or confirming its deletion. */
export type ActionDialogKind = 'edit' | 'delete'

/** The row's look: its status, and a mark when it is overdue. */
export function actionRowClass(action: Action): string {
  return `action-item action-${action.status}${action.overdue ? ' action-overdue' : ''}`
}

/**
 * What a row shows: the tick box, the action and its details, its buttons. The dialogs
 * the buttons open are kept by whoever holds the row, so a virtualised list can keep a
 * dialog open while the row scrolls out of view.
 */
export function ActionRowContent({
  action,
  showGoal,
  noun = 'action',
  doneOn,
  onOpen
}: Omit<ActionItemProps, 'goals'> & { onOpen(dialog: ActionDialogKind): void }) {
  return (
    <>
      <DoneToggle action={action} doneOn={doneOn} />
      <div className="action-body">
        <div className="action-description">{action.description}</div>
        <div className="action-meta muted">
          {showGoal ? <span>{action.goalStatement ? `Goal: ${action.goalStatement}` : 'No goal'}</span> : null}
          <span>Owner: {ACTION_OWNER_LABELS[action.owner]}</span>
          {action.dueOn ? <span>Due {formatDate(action.dueOn)}</span> : <span>No due date</span>}
          {action.overdue ? <span className="overdue">Overdue</span> : null}
          {action.forFollowUp ? <span className="badge">For follow-up</span> : null}
          {action.status === 'done' ? <span className="action-done-on">Done {formatDate(action.doneOn)}</span> : null}
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
        <Button variant="quiet" onPress={() => onOpen('edit')} aria-label={`Edit ${noun}: ${action.description}`}>
          Edit
        </Button>
        <Button variant="quiet" onPress={() => onOpen('delete')} aria-label={`Delete the ${noun} “${action.description}”`}>
          Delete…
        </Button>
      </div>
    </>
  )
}

/** The edit dialog or the delete confirmation of one action, whichever is open. */
export function ActionDialogs({
  action,
  open,
  goals,
  noun = 'action',
  onClose
}: Omit<ActionItemProps, 'showGoal' | 'doneOn'> & { open: ActionDialogKind | null; onClose(): void }) {
  const remove = useDeleteAction()

  // Awaited rather than mutate's callbacks: the row (or screen) may be gone once the lists refresh.
  const onDelete = async () => {
    onClose()
    try {
      await remove.mutateAsync({ id: action.id })
      notify({ title: noun === 'action' ? 'Action deleted' : 'Commitment deleted' })
    } catch (error) {
      notify({ title: 'Not deleted', description: messageOf(error) })
    }
  }

  return (
    <>
      {open === 'edit' ? (
        <ActionDialog engagementId={action.engagementId} action={action} goals={goals} noun={noun} onClose={onClose} />
      ) : null}
      <ConfirmDialog
        isOpen={open === 'delete'}
        title={`Delete this ${noun}?`}
        confirmLabel={`Delete ${noun}`}
        destructive
        onConfirm={() => void onDelete()}
        onCancel={onClose}
      >
        <p>“{action.description}” will be removed from the action plan and from any session where it was agreed.</p>
        <p>To keep a record that it was not done, edit it and set its status to Dropped instead.</p>
      </ConfirmDialog>
    </>
  )
}

/** One action as a checklist row: tick it done (or open again), edit it, delete it. */
export function ActionItem({ action, showGoal, goals, noun = 'action', doneOn }: ActionItemProps) {
  const [open, setOpen] = useState<ActionDialogKind | null>(null)
  return (
    <li className={actionRowClass(action)}>
      <ActionRowContent action={action} showGoal={showGoal} noun={noun} doneOn={doneOn} onOpen={setOpen} />
      <ActionDialogs action={action} open={open} goals={goals} noun={noun} onClose={() => setOpen(null)} />
    </li>
  )
}

/**
 * The tick box: done, or open again. It shows the coach's choice at once and keeps
 * showing it until the saved state has come back.
 */
function DoneToggle({ action, doneOn }: { action: Action; doneOn?: string }) {
  const setStatus = useSetActionStatus()
  const [pending, setPending] = useState<boolean | null>(null)
  const isDone = pending ?? action.status === 'done'

  const toggle = (done: boolean) => {
    setPending(done)
    setStatus.mutate(
      { id: action.id, status: done ? 'done' : 'open', today: todayIso(), date: done ? doneOn : undefined },
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
