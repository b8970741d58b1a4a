import type { Measure } from '../../../electron/shared/goals'

const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 })

/** A plain number in the coach's locale. */
export function formatNumber(value: number): string {
  return numberFormat.format(value)
}

/** A value on a goal's measure: "7/10" for a rating, "5 hours a week" for a number with a unit. */
export function formatValue(value: number | null, measure: Measure, unit?: string | null): string {
  if (value === null) return '—'
  if (measure === 'rating') return `${formatNumber(value)}/10`
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value)
}

/** What a value field is called for this goal: "Rating (0–10)" or "Value (hours a week)". */
export function valueLabel(measure: Measure, unit?: string | null): string {
  if (measure === 'rating') return 'Rating (0–10)'
  return unit ? `Value (${unit})` : 'Value'
}
