import { unitFor, type GoalMeasure } from '../../../electron/shared/goals'
import { formatNumber } from '../../lib/format'

/** A value on a goal's measure: "7/10" for a rating, "5 hours a week" or "1 hour a week" for a number with a unit. */
export function formatValue(value: number | null, goal: GoalMeasure): string {
  if (value === null) return '—'
  if (goal.measure === 'rating') return `${formatNumber(value)}/10`
  const unit = unitFor(goal, value)
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value)
}

/** What a value field is called for this goal: "Rating (0–10)" or "Value (hours a week)". */
export function valueLabel(goal: Pick<GoalMeasure, 'measure' | 'unit'>): string {
  if (goal.measure === 'rating') return 'Rating (0–10)'
  return goal.unit ? `Value (${goal.unit})` : 'Value'
}

/**
 * A first guess at a unit said of one: the first word ending in a single "s" loses it
 * ("hours a week" → "hour a week", "stakeholder meetings a month" → "stakeholder meeting
 * a month"). Only a suggestion in the goal form, which the coach corrects where needed.
 */
export function singularGuess(unit: string): string {
  const words = unit.split(' ')
  const plural = words.findIndex((word) => /[^s]s$/i.test(word))
  if (plural === -1) return unit
  words[plural] = words[plural]!.slice(0, -1)
  return words.join(' ')
}
