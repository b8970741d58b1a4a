import type { Measure } from '../../../electron/shared/goals'
import { RATING } from '../../../electron/shared/goals'
import { formatDate } from '../../lib/format'
import { formatNumber } from '../../lib/format'
import { formatValue } from './format'
import './goals.css'

export interface ProgressPoint {
  measuredOn: string
  value: number
}

export interface ProgressChartProps {
  /** What is measured, for the summary read out by screen readers (the goal's statement). */
  title: string
  /** Oldest first. */
  points: readonly ProgressPoint[]
  baseline: number | null
  target: number | null
  measure: Measure
  unit?: string | null
  unitOne?: string | null
  /** A smaller chart, e.g. one per goal in the summary. */
  compact?: boolean
  /** Also list the points in a table for screen readers, where the screen shows none. */
  withTable?: boolean
}

/** Drawing units: the compact chart is drawn narrower so its text stays readable when shown small. */
const WIDTHS = { regular: 560, compact: 380 }
const MARGIN = { top: 12, right: 92, bottom: 24, left: 40 }
const DAY_MS = 86_400_000

function dayNumber(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS
}

/**
 * The value axis's ticks: 0, 5, 10 for a rating; else round steps (1, 2, 2.5 or 5 times
 * a power of ten) spanning the data and the reference lines. The first and last ticks
 * are the axis's ends.
 */
function valueTicks(measure: Measure, values: number[]): number[] {
  if (measure === 'rating') return [RATING.min, (RATING.min + RATING.max) / 2, RATING.max]
  let low = values.length ? Math.min(...values) : 0
  let high = values.length ? Math.max(...values) : 1
  if (low === high) [low, high] = [low - 1, high + 1]
  const rough = (high - low) / 4
  const power = 10 ** Math.floor(Math.log10(rough))
  const step = [1, 2, 2.5, 5, 10].map((multiple) => multiple * power).find((candidate) => candidate >= rough) ?? rough
  const ticks = [Math.floor(low / step) * step]
  while (ticks.at(-1)! < high - step / 1e6) ticks.push(Math.round((ticks.at(-1)! + step) / step) * step)
  // Rounding steps such as 0.1 leaves 0.30000000000000004: trim to what a person would write.
  return ticks.map((tick) => Number(tick.toPrecision(12)))
}

/** Two label heights at least `gap` apart (moved away from each other evenly), so close lines keep readable labels. */
function apart(a: number | null, b: number | null, gap: number): [number | null, number | null] {
  if (a === null || b === null || Math.abs(a - b) >= gap) return [a, b]
  const middle = (a + b) / 2
  return a <= b ? [middle - gap / 2, middle + gap / 2] : [middle + gap / 2, middle - gap / 2]
}

/** The sentence a screen reader hears instead of the picture. */
function describe({ title, points, baseline, target, measure, unit = null, unitOne = null }: ProgressChartProps): string {
  const value = (number: number | null) => formatValue(number, { measure, unit, unitOne })
  const reference = `Baseline ${value(baseline)}, target ${value(target)}.`
  const first = points[0]
  const last = points.at(-1)
  if (!first || !last) return `Progress of “${title}”: no measurements yet. ${reference}`
  const span =
    points.length === 1
      ? `1 measurement, on ${formatDate(first.measuredOn)}: ${value(first.value)}.`
      : `${points.length} measurements from ${formatDate(first.measuredOn)} to ${formatDate(last.measuredOn)}, going from ${value(first.value)} to ${value(last.value)}.`
  return `Progress of “${title}”: ${span} ${reference}`
}

/**
 * Progress over time as a small SVG line chart with the baseline and target drawn
 * across it. Screen readers get a one-sentence summary (and, with `withTable`, the
 * points as a table). Hand-drawn rather than a charting library: the app ships none,
 * and one line chart does not need one.
 */
export function ProgressChart(props: ProgressChartProps) {
  const { points, baseline, target, measure, unit = null, unitOne = null, compact, withTable, title } = props
  const width = compact ? WIDTHS.compact : WIDTHS.regular
  const height = compact ? 150 : 190
  const plot = { left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom }

  const references = [baseline, target].filter((value): value is number => value !== null)
  const ticks = valueTicks(measure, [...points.map((point) => point.value), ...references])
  const low = ticks[0] ?? 0
  const high = ticks.at(-1) ?? 1
  const y = (value: number) => plot.bottom - ((value - low) / (high - low)) * (plot.bottom - plot.top)

  const days = points.map((point) => dayNumber(point.measuredOn))
  const firstDay = Math.min(...days)
  const lastDay = Math.max(...days)
  // One day (or none) has no width: put its point in the middle.
  const x = (day: number) =>
    lastDay === firstDay ? (plot.left + plot.right) / 2 : plot.left + ((day - firstDay) / (lastDay - firstDay)) * (plot.right - plot.left)

  const line = points.map((point, index) => `${x(days[index]!).toFixed(1)},${y(point.value).toFixed(1)}`).join(' ')
  const [baselineLabelY, targetLabelY] = apart(baseline === null ? null : y(baseline), target === null ? null : y(target), 12)
  const first = points[0]
  const last = points.at(-1)

  return (
    <figure className={`progress-chart${compact ? ' progress-chart-compact' : ''}`}>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={describe(props)} className="progress-svg">
        {ticks.map((tick) => (
          <g key={tick} className="chart-grid">
            <line x1={plot.left} x2={plot.right} y1={y(tick)} y2={y(tick)} />
            <text x={plot.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        {baseline !== null ? (
          <g className="chart-baseline">
            <line x1={plot.left} x2={plot.right} y1={y(baseline)} y2={y(baseline)} />
            <text x={plot.right + 6} y={baselineLabelY ?? 0} dy="0.32em">
              Baseline {formatNumber(baseline)}
            </text>
          </g>
        ) : null}
        {target !== null ? (
          <g className="chart-target">
            <line x1={plot.left} x2={plot.right} y1={y(target)} y2={y(target)} />
            <text x={plot.right + 6} y={targetLabelY ?? 0} dy="0.32em">
              Target {formatNumber(target)}
            </text>
          </g>
        ) : null}
        {points.length > 1 ? <polyline className="chart-line" points={line} /> : null}
        {points.map((point, index) => (
          <circle key={`${point.measuredOn}-${index}`} className="chart-point" cx={x(days[index]!)} cy={y(point.value)} r={3.5}>
            <title>{`${formatDate(point.measuredOn)}: ${formatValue(point.value, { measure, unit, unitOne })}`}</title>
          </circle>
        ))}
        {first && last ? (
          <g className="chart-axis">
            <text x={points.length === 1 ? x(days[0]!) : plot.left} y={height - 6} textAnchor={points.length === 1 ? 'middle' : 'start'}>
              {formatDate(first.measuredOn)}
            </text>
            {points.length > 1 ? (
              <text x={plot.right} y={height - 6} textAnchor="end">
                {formatDate(last.measuredOn)}
              </text>
            ) : null}
          </g>
        ) : (
          <text className="chart-empty" x={(plot.left + plot.right) / 2} y={(plot.top + plot.bottom) / 2} textAnchor="middle">
            No measurements yet
          </text>
        )}
      </svg>
      {withTable && points.length > 0 ? (
        <table className="visually-hidden">
          <caption>Measurements of “{title}”</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point, index) => (
              <tr key={`${point.measuredOn}-${index}`}>
                <td>{formatDate(point.measuredOn)}</td>
                <td>{formatValue(point.value, { measure, unit, unitOne })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </figure>
  )
}
