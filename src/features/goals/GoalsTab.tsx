import { useCallback } from 'react'
import { useNavigate, useOutletContext, useSearchParams } from 'react-router'
import type { Engagement } from '../../../electron/shared/engagements'
import { Button } from '../../components/Button'
import { EmptyState } from '../../components/EmptyState'
import { messageOf } from '../../lib/api'
import { shortcutLabel } from '../../lib/shortcuts'
import { useCommands } from '../../app/commands/registry'
import { OpenActions } from '../actions/OpenActions'
import { GoalDetail } from './GoalDetail'
import { GoalEditor } from './GoalEditor'
import { GoalList } from './GoalList'
import { useGoals } from './queries'
import './goals.css'
import { ExportPdfButton } from '../reports/ExportPdfButton'

/**
 * Goals & actions: the open actions on top (the accountability list), then the goals
 * beside the chosen goal. The choice lives in the address (?goal=3, ?goal=new,
 * ?goal=3&edit) so Back works and a goal can be linked to.
 */
export function GoalsTab() {
  const engagement = useOutletContext<Engagement>()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const goals = useGoals(engagement.id)
  const items = goals.data?.items ?? []
  const chosen = params.get('goal')
  const selected = items.find((goal) => String(goal.id) === chosen) ?? (chosen === 'new' ? undefined : items[0])

  const show = useCallback((search: string) => void navigate({ search }), [navigate])
  const showGoal = useCallback((goalId: number) => show(`?goal=${goalId}`), [show])
  const addGoal = () => show('?goal=new')

  useCommands({ 'goal.new': addGoal })

  return (
    <div className="goals-tab">
      <OpenActions engagementId={engagement.id} goals={items} />

      <div className="goals-split">
        <section className="goals-list-pane" aria-labelledby="goals-heading">
          <div className="section-header">
            <h2 id="goals-heading" className="goals-heading">
              Goals
            </h2>
            <div className="toolbar">
              <ExportPdfButton engagementId={engagement.id} report="action_plan" label="Export action plan…" />
              <Button variant="primary" onPress={addGoal} aria-keyshortcuts={shortcutLabel('n')}>
                New goal
              </Button>
            </div>
          </div>
          {goals.isError ? (
            <p className="form-error" role="alert">
              {messageOf(goals.error)}
            </p>
          ) : (
            <GoalList engagementId={engagement.id} goals={items} selectedId={chosen === 'new' ? null : (selected?.id ?? null)} />
          )}
        </section>

        <div className="goal-pane">
          {chosen === 'new' ? (
            <GoalEditor key="new" engagementId={engagement.id} onSaved={showGoal} onCancel={() => show('')} />
          ) : selected && params.has('edit') ? (
            <GoalEditor key={selected.id} engagementId={engagement.id} goal={selected} onSaved={showGoal} onCancel={() => showGoal(selected.id)} />
          ) : selected ? (
            <GoalDetail key={selected.id} goal={selected} onEdit={() => show(`?goal=${selected.id}&edit`)} onDeleted={() => show('')} />
          ) : goals.isSuccess ? (
            <EmptyState
              title="No goals yet"
              action={
                <Button variant="primary" onPress={addGoal}>
                  Add the first goal
                </Button>
              }
            >
              Goals turn the growth areas into something measurable: a statement, a baseline and a target, a deadline. Add the first one.
            </EmptyState>
          ) : null}
        </div>
      </div>
    </div>
  )
}
