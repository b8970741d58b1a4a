import { REPORT_KIND_LABELS } from '../../../shared/reports'
import type { Formats } from '../format'
import { writeCover, type PrintBranding } from '../pdf/document'
import type { ReportWriter } from '../pdf/writer'
import { actionTable, goalAim, milestoneLine, openThenDone, type ClientPlan } from './plan'

/**
 * The action plan: a handout that fits on one page where it can. Each goal with its aim,
 * its milestones and its actions (open first, then done), and the actions of no goal last.
 */
export function writeActionPlan(writer: ReportWriter, plan: ClientPlan, branding: PrintBranding, formats: Formats, today: string): void {
  const { engagement } = plan.summary
  writeCover(writer, branding, {
    title: REPORT_KIND_LABELS.action_plan,
    subtitle: `${engagement.clientName} · ${engagement.title}`,
    facts: [
      { label: 'Client', value: engagement.clientName },
      { label: 'Engagement', value: engagement.kind },
      { label: 'Prepared on', value: formats.date(today) }
    ]
  })
  if (plan.goals.length === 0 && plan.actions.length === 0) {
    writer.text('No goals or actions have been agreed yet.', 'small')
    return
  }
  plan.goals.forEach((goal, index) => {
    writer.heading(`${index + 1}. ${goal.statement}`, 3)
    writer.text(goalAim(goal, formats), 'small', { gapAfter: 4 })
    const milestones = plan.milestones.filter((milestone) => milestone.goalId === goal.id)
    if (milestones.length > 0) writer.bullets(milestones.map((milestone) => `Milestone: ${milestoneLine(milestone, formats)}`), 'small')
    const actions = openThenDone(plan.actions.filter((action) => action.goalId === goal.id))
    if (actions.length > 0) actionTable(writer, actions, formats)
    else writer.text('No actions agreed for this goal yet.', 'small', { gapAfter: 8 })
  })
  const other = openThenDone(plan.actions.filter((action) => action.goalId === null))
  if (other.length > 0) {
    writer.heading('Other actions', 3)
    actionTable(writer, other, formats)
  }
}
