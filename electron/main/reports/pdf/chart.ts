import type { ReportWriter } from './writer'
import type { TextStyle } from './wrap'

export interface ChartPoint {
  /** 'YYYY-MM-DD'. */
  date: string
  value: number
}

export interface ChartSpec {
  points: ChartPoint[]
  baseline: number | null
  target: number | null
  /** A fixed scale (0–10 for ratings); otherwise fitted to the values. */
  range: [number, number] | null
  formatDate(date: string): string
  formatValue(value: number): string
  /** Words in the chart, e.g. "Baseline", "Target", "No measurements yet". */
  words: { baseline: string; target: string; empty: string }
}

export const CHART_HEIGHT = 118
const PAD = { left: 30, right: 78, top: 8, bottom: 18 }
const DAY = 86_400_000

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY
}

/** A step of 1, 2 or 5 × 10ⁿ that cuts the span into about five parts. */
function niceStep(span: number): number {
  const rough = span / 5
  const power = 10 ** Math.floor(Math.log10(rough))
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough)
  return step ?? 10 * power
}

function scaleOf(spec: ChartSpec): { min: number; max: number; step: number } {
  if (spec.range) return { min: spec.range[0], max: spec.range[1], step: niceStep(spec.range[1] - spec.range[0]) }
  const values = [...spec.points.map((point) => point.value), spec.baseline, spec.target].filter(
    (value): value is number => value !== null
  )
  let low = Math.min(...values)
  let high = Math.max(...values)
  // Values a billionth apart draw as one line; a span that small could not be cut into steps at all.
  if (high - low <= Math.max(Math.abs(low), Math.abs(high), 1) * 1e-9) {
    const middle = low / 2 + high / 2
    low = middle - (Math.abs(middle) * 0.5 || 1)
    high = middle + (Math.abs(middle) * 0.5 || 1)
  }
  const step = niceStep(high - low)
  return { min: Math.floor(low / step) * step, max: Math.ceil(high / step) * step, step }
}

/**
 * A goal's progress as vector lines: each measurement over time, with dashed lines for
 * the baseline (grey) and the target (the accent colour), and the scale on the left.
 */
export function drawProgressChart(writer: ReportWriter, top: number, spec: ChartSpec): void {
  const { doc, theme } = writer
  const tick: TextStyle = { face: 'regular', size: 7, color: theme.muted, leading: 1.2 }
  const tickHeight = tick.size * tick.leading
  const plot = {
    left: writer.frame.left + PAD.left,
    right: writer.frame.right - PAD.right,
    top: top + PAD.top,
    bottom: top + CHART_HEIGHT - PAD.bottom
  }
  const { min, max, step } = scaleOf(spec)
  const yOf = (value: number) => plot.bottom - ((value - min) / (max - min)) * (plot.bottom - plot.top)

  for (let value = min; value <= max + step / 2; value += step) {
    const y = yOf(value)
    doc.moveTo(plot.left, y).lineTo(plot.right, y).lineWidth(0.4).strokeColor(theme.rule).stroke()
    writer.drawLine(spec.formatValue(value), writer.frame.left, y - tickHeight / 2, tick, 'right', PAD.left - 6)
  }

  const labels: { y: number; text: string; color: string }[] = []
  const reference = (value: number | null, color: string, word: string) => {
    if (value === null) return
    const y = yOf(value)
    doc.moveTo(plot.left, y).lineTo(plot.right, y).dash(3, { space: 2 }).lineWidth(0.9).strokeColor(color).stroke().undash()
    labels.push({ y, text: `${word} ${spec.formatValue(value)}`, color })
  }
  reference(spec.baseline, theme.muted, spec.words.baseline)
  reference(spec.target, theme.accent, spec.words.target)
  // Two labels on nearly the same line are pushed apart so both stay readable.
  if (labels.length === 2 && Math.abs(labels[0]!.y - labels[1]!.y) < tickHeight) {
    const [upper, lower] = labels[0]!.y < labels[1]!.y ? [labels[0]!, labels[1]!] : [labels[1]!, labels[0]!]
    const middle = (upper.y + lower.y) / 2
    upper.y = middle - tickHeight / 2
    lower.y = middle + tickHeight / 2
  }
  for (const label of labels) {
    writer.drawLine(label.text, plot.right + 6, label.y - tickHeight / 2, { ...tick, color: label.color })
  }

  if (spec.points.length === 0) {
    writer.drawLine(spec.words.empty, plot.left + 8, plot.top + 4, tick)
    return
  }
  drawSeries(writer, plot, spec, yOf, tick)
}

function drawSeries(
  writer: ReportWriter,
  plot: { left: number; right: number; top: number; bottom: number },
  spec: ChartSpec,
  yOf: (value: number) => number,
  tick: TextStyle
): void {
  const { doc, theme, fonts } = writer
  const first = dayNumber(spec.points[0]!.date)
  const last = dayNumber(spec.points.at(-1)!.date)
  const inset = 6
  const xOf = (date: string) =>
    last === first
      ? (plot.left + plot.right) / 2
      : plot.left + inset + ((dayNumber(date) - first) / (last - first)) * (plot.right - plot.left - inset * 2)
  const points = spec.points.map((point) => ({ x: xOf(point.date), y: yOf(point.value), point }))

  points.forEach(({ x, y }, index) => (index === 0 ? doc.moveTo(x, y) : doc.lineTo(x, y)))
  doc.lineWidth(1.6).lineJoin('round').strokeColor(theme.accent).stroke()
  for (const { x, y } of points) doc.circle(x, y, 2.4).fillAndStroke(theme.accent, '#ffffff')

  // Dates along the bottom: the first and last always, others where they have room.
  let lastRight = -Infinity
  points.forEach(({ x, point }, index) => {
    const label = spec.formatDate(point.date)
    const width = fonts.width(label, tick.face, tick.size)
    const left = Math.min(Math.max(x - width / 2, plot.left), plot.right - width)
    const isEnd = index === 0 || index === points.length - 1
    const clearOfLast = index === points.length - 1 || left + width + 8 < plot.right - fonts.width(spec.formatDate(spec.points.at(-1)!.date), tick.face, tick.size)
    if (left > lastRight + 8 && (isEnd || clearOfLast)) {
      writer.drawLine(label, left, plot.bottom + 4, tick)
      lastRight = left + width
    }
  })
}
