import type { FontSet } from './fonts'
import { wrapText, type TextStyle } from './wrap'

/** The area of a page that content flows in; header and footer sit outside it. */
export interface Frame {
  left: number
  right: number
  top: number
  bottom: number
}

/** A calm palette: near-black text, grey for secondary words and rules, the coach's accent used sparingly. */
export interface Theme {
  accent: string
  ink: string
  muted: string
  rule: string
  tint: string
}

export function themeWith(accent: string): Theme {
  return { accent, ink: '#1d2430', muted: '#5f6b7a', rule: '#d5dae1', tint: '#f2f4f7' }
}

export type StyleName = 'title' | 'subtitle' | 'h2' | 'h3' | 'body' | 'strong' | 'small' | 'label' | 'quote'

export function stylesFor(theme: Theme): Record<StyleName, TextStyle> {
  return {
    title: { face: 'bold', size: 21, color: theme.ink, leading: 1.2 },
    subtitle: { face: 'regular', size: 11, color: theme.muted, leading: 1.35 },
    h2: { face: 'bold', size: 12.5, color: theme.ink, leading: 1.3 },
    h3: { face: 'bold', size: 10.5, color: theme.ink, leading: 1.35 },
    body: { face: 'regular', size: 9.5, color: theme.ink, leading: 1.45 },
    strong: { face: 'bold', size: 9.5, color: theme.ink, leading: 1.45 },
    small: { face: 'regular', size: 8.5, color: theme.muted, leading: 1.4 },
    label: { face: 'regular', size: 7.5, color: theme.muted, leading: 1.35 },
    quote: { face: 'italic', size: 10, color: theme.ink, leading: 1.5 }
  }
}

export interface Column {
  header: string
  /** A share of the table's width; the shares are scaled to fill it. */
  share: number
  align?: 'left' | 'right'
  style?: StyleName
}

export interface Fact {
  label: string
  value: string
}

const CELL_PAD = { x: 5, y: 4 }
const PARAGRAPH_GAP = 5
const FACT_GAP = 16
const FACT_ROW_GAP = 6
/** A heading is never left at the bottom of a page without this many lines of what follows. */
const LINES_AFTER_HEADING = 3

/**
 * Lays a report out top to bottom, page after page. Every block measures itself first:
 * text flows line by line onto new pages (never a single line left behind or carried
 * over alone), headings keep company with what follows, table rows never split unless
 * taller than a page, and a continued table repeats its header row.
 */
export class ReportWriter {
  y: number
  readonly styles: Record<StyleName, TextStyle>

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly fonts: FontSet,
    readonly theme: Theme,
    readonly frame: Frame
  ) {
    this.y = frame.top
    this.styles = stylesFor(theme)
  }

  get width(): number {
    return this.frame.right - this.frame.left
  }

  private get room(): number {
    return this.frame.bottom - this.y
  }

  private get atPageTop(): boolean {
    return this.y === this.frame.top
  }

  newPage(): void {
    this.doc.addPage()
    this.y = this.frame.top
  }

  /** Starts a new page unless `height` fits below (a block taller than a page starts where it is). */
  keep(height: number): void {
    if (height > this.room && !this.atPageTop) this.newPage()
  }

  space(height: number): void {
    if (!this.atPageTop) this.y = Math.min(this.y + height, this.frame.bottom)
  }

  lineHeight(style: StyleName | TextStyle): number {
    const { size, leading } = typeof style === 'string' ? this.styles[style] : style
    return size * leading
  }

  lines(text: string, style: StyleName, width = this.width): string[] {
    return wrapText(this.fonts, text, width, this.styles[style])
  }

  /** Draws one line of text with its top at `top`, each run on the same baseline. */
  drawLine(line: string, x: number, top: number, styleName: StyleName | TextStyle, align: 'left' | 'right' = 'left', width = 0): void {
    const style = typeof styleName === 'string' ? this.styles[styleName] : styleName
    const { ascent, descent } = this.fonts.extent(style.face)
    const lineHeight = style.size * style.leading
    const baseline = top + (lineHeight - (ascent + descent) * style.size) / 2 + ascent * style.size
    const runs = this.fonts.runs(line, style.face)
    let cursor = align === 'right' ? x + width - this.fonts.width(line, style.face, style.size) : x
    for (const run of runs) {
      const doc = this.fonts.use(run.font, style.size)
      doc.fillColor(style.color).text(run.text, cursor, baseline, { lineBreak: false, baseline: 'alphabetic' })
      cursor += doc.widthOfString(run.text)
    }
  }

  /**
   * Flowing text. `indent` narrows it from the left; `mark` draws something beside
   * each line (a quote's bar). A paragraph's first line never sits alone at a page's
   * foot and its last line never starts a page alone.
   */
  text(
    value: string,
    style: StyleName = 'body',
    options: { indent?: number; gapAfter?: number; mark?: (top: number, height: number) => void } = {}
  ): void {
    const indent = options.indent ?? 0
    const lineHeight = this.lineHeight(style)
    const lines = this.lines(value, style, this.width - indent)
    lines.forEach((line, index) => {
      const left = lines.length - index
      const fits = (count: number) => count * lineHeight <= this.room
      const orphan = index === 0 && left >= 2 && !fits(2)
      const widow = index > 0 && left === 2 && !fits(2)
      if (!fits(1) || orphan || widow) this.newPage()
      if (line === '' && this.atPageTop) return
      options.mark?.(this.y, lineHeight)
      this.drawLine(line, this.frame.left + indent, this.y, style)
      this.y += lineHeight
    })
    this.y += options.gapAfter ?? PARAGRAPH_GAP
  }

  /**
   * A section heading (level 2, listed in the PDF's outline) or a sub-heading (level 3).
   * It keeps company with what follows: a few lines, and for a section, the sub-heading
   * that may open it as well, so neither is left alone at the foot of a page.
   */
  heading(value: string, level: 2 | 3, keepWith = LINES_AFTER_HEADING * this.lineHeight('body') + (level === 2 ? this.subHeadingHeight : 0)): void {
    const style: StyleName = level === 2 ? 'h2' : 'h3'
    const lines = this.lines(value, style)
    const before = level === 2 ? 14 : 8
    const ruleGap = level === 2 ? 6 : 0
    this.keep(before + lines.length * this.lineHeight(style) + ruleGap + keepWith)
    this.space(before)
    if (level === 2) this.doc.outline.addItem(value)
    for (const line of lines) {
      this.drawLine(line, this.frame.left, this.y, style)
      this.y += this.lineHeight(style)
    }
    if (level === 2) {
      this.y += 2
      this.rule(this.theme.rule, 0.6)
      this.y += ruleGap - 2
    } else {
      this.y += 2
    }
  }

  rule(color: string, width: number, from = this.frame.left, to = this.frame.right): void {
    this.doc.moveTo(from, this.y).lineTo(to, this.y).lineWidth(width).strokeColor(color).stroke()
  }

  /** A block drawn in one go (a chart, a logo row) that must not be split. */
  block(height: number, draw: (top: number) => void): void {
    this.keep(height)
    draw(this.y)
    this.y += height
  }

  /** The height a block of text will take, for keeping blocks together. */
  heightOf(value: string, style: StyleName = 'body', indent = 0): number {
    return this.lines(value, style, this.width - indent).length * this.lineHeight(style) + PARAGRAPH_GAP
  }

  /** The height of a labelled text (see `labelled`). */
  labelledHeight(value: string): number {
    return this.lineHeight('label') + 1 + this.heightOf(value)
  }

  /** The room a whole page offers, to tell whether a block can be kept in one piece. */
  /** A one-line sub-heading with the space above it. */
  private get subHeadingHeight(): number {
    return 10 + this.lineHeight('h3')
  }

  get pageRoom(): number {
    return this.frame.bottom - this.frame.top
  }

  private factRows(items: Fact[], columns: number) {
    const columnWidth = (this.width - FACT_GAP * (columns - 1)) / columns
    const rows = []
    for (let start = 0; start < items.length; start += columns) {
      const row = items.slice(start, start + columns).map((item) => ({
        label: this.lines(item.label.toLocaleUpperCase(), 'label', columnWidth),
        value: this.lines(item.value, 'body', columnWidth)
      }))
      const height = Math.max(
        ...row.map(({ label, value }) => label.length * this.lineHeight('label') + value.length * this.lineHeight('body'))
      )
      rows.push({ row, height })
    }
    return { rows, columnWidth }
  }

  factsHeight(items: Fact[], columns = 3): number {
    return this.factRows(items, columns).rows.reduce((sum, { height }) => sum + height + FACT_ROW_GAP, 0)
  }

  /** Labelled values side by side, a row at a time: the facts of a cover or a goal. */
  facts(items: Fact[], columns = 3): void {
    const { rows, columnWidth } = this.factRows(items, columns)
    const gap = FACT_GAP
    for (const { row, height } of rows) {
      this.keep(height)
      row.forEach(({ label, value }, index) => {
        const x = this.frame.left + index * (columnWidth + gap)
        let top = this.y
        for (const line of label) {
          this.drawLine(line, x, top, 'label')
          top += this.lineHeight('label')
        }
        for (const line of value) {
          this.drawLine(line, x, top, 'body')
          top += this.lineHeight('body')
        }
      })
      this.y += height + FACT_ROW_GAP
    }
  }

  /** A small label over its text ("Why it matters", then the words); the label never ends a page. */
  labelled(label: string, value: string): void {
    this.keep(this.lineHeight('label') + 2 * this.lineHeight('body'))
    this.text(label.toLocaleUpperCase(), 'label', { gapAfter: 1 })
    this.text(value)
  }

  /** A quotation: italic text beside a thin accent bar, flowing like any text. */
  quote(value: string): void {
    this.text(value, 'quote', {
      indent: 12,
      mark: (top, height) => {
        this.doc.rect(this.frame.left, top, 2, height).fill(this.theme.accent)
      }
    })
  }

  /** A list of short items, each with a bullet on its first line. */
  bullets(items: string[], style: StyleName = 'body'): void {
    const indent = 12
    const lineHeight = this.lineHeight(style)
    for (const item of items) {
      const lines = this.lines(item, style, this.width - indent)
      this.keep(Math.min(lines.length, 2) * lineHeight)
      this.drawLine('•', this.frame.left + 2, this.y, style)
      this.text(item, style, { indent, gapAfter: 2 })
    }
    this.y += PARAGRAPH_GAP
  }

  /** Where a table's columns go and how its header and cells break into lines. */
  private tableLayout(columns: Column[], rows: string[][]) {
    const totalShare = columns.reduce((sum, column) => sum + column.share, 0)
    const widths = columns.map((column) => (column.share / totalShare) * this.width)
    const lefts = widths.map((_, index) => this.frame.left + widths.slice(0, index).reduce((sum, w) => sum + w, 0))
    const inner = (index: number) => widths[index]! - CELL_PAD.x * 2
    const styleOf = (index: number): StyleName => columns[index]!.style ?? 'body'
    const header = columns.map((column, index) => this.lines(column.header, 'label', inner(index)))
    const headerHeight = Math.max(...header.map((lines) => lines.length)) * this.lineHeight('label') + CELL_PAD.y * 2
    const cells = rows.map((row) => row.map((cell, index) => this.lines(cell, styleOf(index), inner(index))))
    const lineCount = (row: string[][]) => Math.max(1, ...row.map((lines) => lines.length))
    return { lefts, inner, styleOf, header, headerHeight, cells, lineCount }
  }

  /** The height a table takes when it is not broken across pages. */
  tableHeight(columns: Column[], rows: string[][]): number {
    const { headerHeight, cells, lineCount } = this.tableLayout(columns, rows)
    return headerHeight + cells.reduce((sum, row) => sum + lineCount(row) * this.lineHeight('body') + CELL_PAD.y * 2, 0) + PARAGRAPH_GAP * 2
  }

  /**
   * A table whose rows are as tall as their longest cell. The header row and the first
   * row stay together; a row that does not fit moves to the next page under a repeated
   * header; only a row taller than a whole page is split, line by line.
   */
  table(columns: Column[], rows: string[][]): void {
    const { lefts, inner, styleOf, header, headerHeight, cells, lineCount } = this.tableLayout(columns, rows)
    const bodyLine = this.lineHeight('body')

    const drawHeader = () => {
      header.forEach((lines, index) =>
        lines.forEach((line, number) =>
          this.drawLine(line, lefts[index]! + CELL_PAD.x, this.y + CELL_PAD.y + number * this.lineHeight('label'), 'label', columns[index]!.align, inner(index))
        )
      )
      this.y += headerHeight
      this.rule(this.theme.muted, 0.6)
    }

    const firstRowLines = cells[0] ? Math.min(lineCount(cells[0]), LINES_AFTER_HEADING) : 0
    this.keep(headerHeight + firstRowLines * bodyLine + CELL_PAD.y * 2)
    drawHeader()
    const linesPerPage = Math.floor((this.frame.bottom - this.frame.top - headerHeight - CELL_PAD.y * 2) / bodyLine)

    for (const row of cells) {
      const total = lineCount(row)
      let start = 0
      while (start < total) {
        const fit = Math.floor((this.room - CELL_PAD.y * 2) / bodyLine)
        const left = total - start
        const wholeRowWaits = left <= linesPerPage && fit < left
        if (wholeRowWaits || fit < Math.min(left, 2)) {
          this.newPage()
          drawHeader()
          continue
        }
        const count = Math.min(left, fit)
        row.forEach((lines, index) =>
          lines.slice(start, start + count).forEach((line, number) =>
            this.drawLine(line, lefts[index]! + CELL_PAD.x, this.y + CELL_PAD.y + number * bodyLine, styleOf(index), columns[index]!.align, inner(index))
          )
        )
        this.y += count * bodyLine + CELL_PAD.y * 2
        start += count
        this.rule(this.theme.rule, 0.5)
      }
    }
    this.y += PARAGRAPH_GAP * 2
  }

  /** Draws the running header and footer on every page, once the page count is known. */
  decoratePages(draw: (pageNumber: number, pageCount: number) => void): void {
    const { start, count } = this.doc.bufferedPageRange()
    for (let index = 0; index < count; index++) {
      this.doc.switchToPage(start + index)
      draw(index + 1, count)
    }
  }
}
