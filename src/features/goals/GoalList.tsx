import { useEffect, useRef } from 'react'
import { Link } from 'react-router'
import { ACHIEVED_WORDS, GOAL_STATUS_LABELS, PRIORITY_LABELS, type Goal } from '../../../electron/shared/goals'
import { REVIEW_KIND_LABELS } from '../../../electron/shared/reviews'
import { Button } from '../../components/Button'
import { notify } from '../../components/Toasts'
import { messageOf } from '../../lib/api'
import { formatDate } from '../../lib/format'
import { formatValue } from './format'
import { useReorderGoals } from './queries'

type Direction = 'up' | 'down'

export interface GoalListProps {
  engagementId: number
  goals: readonly Goal[]
  selectedId: number | null
}

/** The goals in the coach's order; "Move up" and "Move down" reorder them from the keyboard. */
export function GoalList({ engagementId, goals, selectedId }: GoalListProps) {
  const reorder = useReorderGoals()
  // The moved row changes place and its buttons are disabled meanwhile, which drops focus:
  // once the new order is on screen, focus goes back to the button the coach pressed.
  const refocus = useRef<{ goalId: number; direction: Direction } | null>(null)

  useEffect(() => {
    if (reorder.isPending || !refocus.current) return
    focusMoveButton(refocus.current.goalId, refocus.current.direction)
    refocus.current = null
  })
  const move = (index: number, direction: Direction) => {
    const ids = goals.map((goal) => goal.id)
    const other = direction === 'up' ? index - 1 : index + 1
    const moved = ids[index]
    const swapped = ids[other]
    if (moved === undefined || swapped === undefined) return
    ids[index] = swapped
    ids[other] = moved
    refocus.current = { goalId: moved, direction }
    reorder.mutate({ engagementId, goalIds: ids }, { onError: (error) => notify({ title: 'Not moved', description: messageOf(error) }) })
  }

  return (
    <ol className="goal-list" aria-label="Goals">
      {goals.map((goal, index) => (
        <li key={goal.id} className={`goal-item${goal.id === selectedId ? ' goal-item-selected' : ''}`}>
          <Link to={{ search: `?goal=${goal.id}` }} className="goal-item-link" aria-current={goal.id === selectedId ? 'true' : undefined}>
            <span className="goal-item-title">{goal.statement}</span>
            <span className="goal-item-meta">
              <span className={`goal-status goal-status-${goal.status}`}>{GOAL_STATUS_LABELS[goal.status]}</span>
              {goal.finalOutcome ? <span>{REVIEW_KIND_LABELS.final}: {ACHIEVED_WORDS[goal.finalOutcome].label}</span> : null}
              <span>{PRIORITY_LABELS[goal.priority]} priority</span>
              {goal.deadline ? <span>By {formatDate(goal.deadline)}</span> : null}
              {goal.confidence !== null ? <span>Confidence {goal.confidence}/10</span> : null}
            </span>
            <span className="goal-item-progress">
              {formatValue(goal.baseline, goal)} → <strong>{formatValue(goal.latestValue, goal)}</strong> →{' '}
              {formatValue(goal.target, goal)}
              <span className="visually-hidden"> (baseline, latest, target)</span>
            </span>
          </Link>
          <span className="goal-move">
            <Button
              id={moveButtonId(goal.id, 'up')}
              variant="quiet"
              isDisabled={index === 0 || reorder.isPending}
              onPress={() => move(index, 'up')}
              aria-label={`Move up: ${goal.statement}`}
            >
              ↑
            </Button>
            <Button
              id={moveButtonId(goal.id, 'down')}
              variant="quiet"
              isDisabled={index === goals.length - 1 || reorder.isPending}
              onPress={() => move(index, 'down')}
              aria-label={`Move down: ${goal.statement}`}
            >
              ↓
            </Button>
          </span>
        </li>
      ))}
    </ol>
  )
}

/** The pressed button, or at the top (or bottom), where that one is disabled, the other. */
function focusMoveButton(goalId: number, direction: Direction): void {
  const pressed = document.getElementById(moveButtonId(goalId, direction))
  const other = document.getElementById(moveButtonId(goalId, direction === 'up' ? 'down' : 'up'))
  const target = pressed && !pressed.hasAttribute('disabled') ? pressed : other
  target?.focus()
}

function moveButtonId(goalId: number, direction: Direction): string {
  return `goal-${goalId}-move-${direction}`
}
