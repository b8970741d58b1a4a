import type { SnippetPart } from '../../shared/search'
import { foldForIndex } from './fold'

/**
 * highlight()'s markers. Control characters: the index never holds them (folding turns
 * them into spaces), so a marker can never be confused with the coach's text.
 */
export const MATCH_OPEN = '\u0001'
export const MATCH_CLOSE = '\u0002'

/** Characters of context in a snippet: about two lines of the result list. */
const SNIPPET_LENGTH = 180
/** How far before the first match a snippet starts, when it can. */
const LEAD = 50

type Range = [start: number, end: number]

/** The matched ranges of highlight()'s output, in the folded text it marked; null if it is not that text. */
function foldedRanges(marked: string, folded: string): Range[] | null {
  const ranges: Range[] = []
  let plain = ''
  let start = 0
  for (const char of marked) {
    if (char === MATCH_OPEN) start = plain.length
    else if (char === MATCH_CLOSE) ranges.push([start, plain.length])
    else plain += char
  }
  return plain === folded ? ranges : null
}

/** The end of the character at `index`, with the accents that follow it (so "é" written e + ◌́ is marked whole). */
function characterEnd(text: string, index: number): number {
  let end = index + String.fromCodePoint(text.codePointAt(index) ?? 0).length
  while (end < text.length && /\p{M}/u.test(String.fromCodePoint(text.codePointAt(end)!))) {
    end += String.fromCodePoint(text.codePointAt(end)!).length
  }
  return end
}

/**
 * Where highlight() found matches in the index's folded copy of `text`, as ranges of
 * `text` itself. The folding is redone here and must give the indexed text exactly;
 * if it does not (the text changed since), nothing is marked rather than the wrong words.
 */
export function matchedRanges(text: string, marked: string): Range[] {
  const { folded, sources } = foldForIndex(text)
  const ranges = foldedRanges(marked, folded)
  if (!ranges) return []
  const mapped: Range[] = []
  for (const [start, end] of ranges) {
    if (end <= start) continue
    const range: Range = [sources[start]!, characterEnd(text, sources[end - 1]!)]
    const previous = mapped.at(-1)
    if (previous && range[0] <= previous[1]) previous[1] = Math.max(previous[1], range[1])
    else mapped.push(range)
  }
  return mapped
}

/** The text from `from` to `to` cut into plain and matched parts, line breaks shown as spaces. */
function partsOf(text: string, ranges: Range[], from = 0, to = text.length): SnippetPart[] {
  const parts: SnippetPart[] = []
  const push = (start: number, end: number, match: boolean) => {
    const piece = text.slice(start, end).replace(/\s+/g, ' ')
    if (piece) parts.push({ text: piece, match })
  }
  let at = from
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue
    push(at, Math.max(at, start), false)
    push(Math.max(start, from), Math.min(end, to), true)
    at = Math.min(end, to)
  }
  push(at, to, false)
  return parts
}

/** The whole text with its matches marked: for titles. */
export function highlightedText(text: string, marked: string): SnippetPart[] {
  return partsOf(text, matchedRanges(text, marked))
}

/** The window of the text holding the most matches, starting a little before the first of them. */
function bestWindow(text: string, ranges: Range[]): Range {
  let best: Range = [0, Math.min(text.length, SNIPPET_LENGTH)]
  let bestCount = -1
  for (const [start] of ranges) {
    const from = Math.max(0, start - LEAD)
    const count = ranges.filter(([s, e]) => s >= from && e <= from + SNIPPET_LENGTH).length
    if (count > bestCount) {
      best = [from, Math.min(text.length, from + SNIPPET_LENGTH)]
      bestCount = count
    }
  }
  return best
}

/** Moves a cut to the nearest space before it, so a snippet does not start or end mid-word. */
function atWordBoundary(text: string, index: number, direction: -1 | 1): number {
  if (index <= 0 || index >= text.length) return index
  const limit = 20
  for (let step = 0; step < limit; step++) {
    const at = index + step * direction
    if (at <= 0 || at >= text.length) return Math.max(0, Math.min(text.length, at))
    if (/\s/.test(text[at]!)) return direction === -1 ? at + 1 : at
  }
  return index
}

/** A passage of the text around its best matches, with "…" where it was cut. Empty when nothing matched. */
export function snippetOf(text: string, marked: string): SnippetPart[] {
  const ranges = matchedRanges(text, marked)
  if (ranges.length === 0) return []
  const [rawFrom, rawTo] = bestWindow(text, ranges)
  const from = atWordBoundary(text, rawFrom, -1)
  const to = atWordBoundary(text, rawTo, 1)
  const parts = partsOf(text, ranges, from, to)
  if (from > 0) parts.unshift({ text: '…', match: false })
  if (to < text.length) parts.push({ text: '…', match: false })
  return parts
}
