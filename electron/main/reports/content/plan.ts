import { ACTION_OWNER_LABELS, ACTION_STATUS_LABELS, type Action, type Milestone } from '../../../shared/actions'
import { GOAL_STATUS_LABELS } from '../../../shared/goals'
import type { Summary, SummaryGoal } from '../../../shared/reviews'
import type { SessionListItem } from '../../../shared/sessions'
import { actionsOfEngagement, milestonesOfGoals } from '../../actions'
import type { Reader } from '../../db/door'
import { buildSummary } from '../../reviews'
import { listSessions } from '../../sessions'
import type { Formats } from '../format'
import type { ReportWriter } from '../pdf/writer'
import { goalValue } from './goals'

/**
 * What the action plan and the progress report print: the client's summary (so the
 * client's visibility rules apply), the agreed actions and milestones, and the sessions
 * still to come. Actions and milestones are the client's own plan: nothing in them is
 * private, and only their description, owner, dates and status are printed.
 */
export interface ClientPlan {
  summary: Summary
  goals: SummaryGoal[]
  /** Open and done; dropped actions are no longer part of the plan. */
  actions: Action[]
  milestones: Milestone[]
  scheduledSessions: SessionListItem[]
}

export async function loadClientPlan(db: Reader, engagementId: number, today: string): Promise<ClientPlan> {
  const summary = await buildSummary(db, engagementId, 'client')
  const goals = summary.goals ?? []
  const [actions, milestones, sessions] = await Promise.all([
    actionsOfEngagement(db, engagementId, today),
    milestonesOfGoals(
      db,
      goals.map((goal) => goal.id)
    ),
    listSessions(db, engagementId)
  ])
  return {
    summary,
    goals,
    actions: actions.filter((action) => action.status !== 'dropped'),
    milestones,
    scheduledSessions: sessions.items.filter((session) => session.status === 'scheduled')
  }
}

/** Open actions first (by due date, as the service orders them), then the ones done. */
export function openThenDone(actions: Action[]): Action[] {
  return [...actions.filter((action) => action.status === 'open'), ...actions.filter((action) => action.status === 'done')]
}

export function actionState(action: Action, formats: Formats): string {
  if (action.status === 'done') return action.doneOn ? `Done ${formats.date(action.doneOn)}` : 'Done'
  if (action.forFollowUp) return 'For follow-up'
  return action.overdue ? 'Overdue' : ACTION_STATUS_LABELS[action.status]
}

export function actionTable(writer: ReportWriter, actions: Action[], formats: Formats): void {
  writer.table(
    [
      { header: 'Action', share: 5.2 },
      { header: 'Owner', share: 1.2 },
      { header: 'Due', share: 1.8 },
      { header: 'Status', share: 2.4 }
    ],
    actions.map((action) => [action.description, ACTION_OWNER_LABELS[action.owner], formats.optionalDate(action.dueOn), actionState(action, formats)])
  )
}

/** "Target 8/10 by 30 Jun 2026 · On track": a goal's aim in one line. */
export function goalAim(goal: SummaryGoal, formats: Formats): string {
  const parts: string[] = []
  const deadline = goal.details?.deadline ?? null
  if (goal.target !== null) parts.push(`Target ${goalValue(goal, goal.target, formats)}${deadline ? ` by ${formats.date(deadline)}` : ''}`)
  else if (deadline) parts.push(`By ${formats.date(deadline)}`)
  parts.push(GOAL_STATUS_LABELS[goal.status])
  return parts.join(' · ')
}

export function milestoneLine(milestone: Milestone, formats: Formats): string {
  return `${formats.date(milestone.dueOn)} — ${milestone.title}${milestone.reached ? ' (reached)' : ''}`
}
