import { ACHIEVED_WORDS, GOAL_STATUS_LABELS, RATING, unitFor, type GoalMeasure } from '../../../shared/goals'
import type { Summary, SummaryGoal } from '../../../shared/reviews'
import type { Formats } from '../format'
import { CHART_HEIGHT, drawProgressChart } from '../pdf/chart'
import type { ReportWriter } from '../pdf/writer'

const FACT_COLUMNS = 5

/** A value on the goal's own measure: "7/10" for a rating, "6 hours a week" or "1 hour a week" for a number. */
export function goalValue(goal: GoalMeasure, value: number | null, formats: Formats): string {
  if (value === null) return '—'
  if (goal.measure === 'rating') return `${formats.number(value)}/${RATING.max}`
  const unit = unitFor(goal, value)
  return unit ? `${formats.number(value)} ${unit}` : formats.number(value)
}

/**
 * Which value a report sets beside the baseline and what it calls the result: a summary
 * shows the value recorded in the review and its verdict, a progress report the latest
 * measurement and the goal's status.
 */
export interface GoalReading {
  reachedLabel: string
  reached(goal: SummaryGoal): number | null
  outcomeLabel: string
  outcome(goal: SummaryGoal): string
}

export function summaryReading(summary: Summary): GoalReading {
  const recorded = summary.goals?.some((goal) => goal.finalValue !== null) ?? false
  return {
    reachedLabel: summary.review?.kind === 'midpoint' && recorded ? 'At mid-point' : recorded ? 'Final' : 'Latest',
    reached: (goal) => goal.finalValue ?? goal.latestValue,
    outcomeLabel: 'Outcome',
    outcome: (goal) => (goal.achieved ? ACHIEVED_WORDS[goal.achieved].label : GOAL_STATUS_LABELS[goal.status])
  }
}

export const PROGRESS_READING: GoalReading = {
  reachedLabel: 'Latest',
  reached: (goal) => goal.latestValue,
  outcomeLabel: 'Status',
  outcome: (goal) => GOAL_STATUS_LABELS[goal.status]
}

/** Baseline, the value reached, the target and the outcome, as a table row per goal. */
export function goalsAtAGlance(writer: ReportWriter, goals: SummaryGoal[], reading: GoalReading, formats: Formats): void {
  writer.table(
    [
      { header: 'Goal', share: 4.8 },
      { header: 'Baseline', share: 1.5, align: 'right' },
      { header: reading.reachedLabel, share: 1.5, align: 'right' },
      { header: 'Target', share: 1.5, align: 'right' },
      { header: reading.outcomeLabel, share: 2.1 }
    ],
    goals.map((goal) => [
      goal.statement,
      goalValue(goal, goal.baseline, formats),
      goalValue(goal, reading.reached(goal), formats),
      goalValue(goal, goal.target, formats),
      reading.outcome(goal)
    ])
  )
}

/**
 * One goal in full, for the client: its figures, what it means, and its progress chart
 * (the measurements' values over time; their comments are the coach's and never print).
 */
export function goalInFull(writer: ReportWriter, goal: SummaryGoal, number: number, reading: GoalReading, formats: Formats): void {
  const details = goal.details
  const facts = [
    { label: 'Baseline', value: goalValue(goal, goal.baseline, formats) },
    { label: reading.reachedLabel, value: goalValue(goal, reading.reached(goal), formats) },
    { label: 'Target', value: goalValue(goal, goal.target, formats) },
    { label: reading.outcomeLabel, value: reading.outcome(goal) },
    ...(details?.deadline ? [{ label: 'Deadline', value: formats.date(details.deadline) }] : [])
  ]
  const texts: [label: string, value: string][] = details
    ? [
        ['Why it matters', details.whyItMatters],
        ['Success indicator', details.successIndicator],
        ['Observable behaviours', details.observableBehaviours]
      ]
    : []
  const written = texts.filter(([, value]) => value !== '')
  const chart = details && (details.measurements.length > 0 || goal.baseline !== null || goal.target !== null) ? details : null
  // A goal that fits on a page is kept on one page, its chart with its words.
  const rest =
    writer.factsHeight(facts, FACT_COLUMNS) +
    written.reduce((sum, [, value]) => sum + writer.labelledHeight(value), 0) +
    (chart ? CHART_HEIGHT : 0)
  writer.heading(`${number}. ${goal.statement}`, 3, rest < writer.pageRoom * 0.8 ? rest : undefined)
  writer.facts(facts, FACT_COLUMNS)
  for (const [label, value] of written) writer.labelled(label, value)
  if (chart) {
    writer.block(CHART_HEIGHT, (top) =>
      drawProgressChart(writer, top, {
        points: chart.measurements.map(({ measuredOn, value }) => ({ date: measuredOn, value })),
        baseline: goal.baseline,
        target: goal.target,
        range: goal.measure === 'rating' ? [RATING.min, RATING.max] : null,
        formatDate: (date) => formats.date(date),
        formatValue: (value) => formats.number(value),
        words: { baseline: 'Baseline', target: 'Target', empty: 'No measurements yet' }
      })
    )
  }
  writer.space(6)
}
