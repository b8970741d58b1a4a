import type { Face, FontSet } from './fonts'

export interface TextStyle {
  face: Face
  size: number
  color: string
  /** Line height as a multiple of the size. */
  leading: number
}

/** Characters that may break anywhere, as Chinese and Japanese text does. */
const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' })

/** A piece of a line: a word, or one ideograph; `glued` when no space comes before it. */
interface Piece {
  text: string
  glued: boolean
}

function piecesOf(paragraph: string): Piece[] {
  const pieces: Piece[] = []
  for (const word of paragraph.split(/[ \t]+/)) {
    if (!word) continue
    let glued = false
    let pending = ''
    for (const char of word) {
      if (IDEOGRAPHIC.test(char)) {
        if (pending) pieces.push({ text: pending, glued })
        pieces.push({ text: char, glued: pending !== '' || glued })
        pending = ''
        glued = true
      } else {
        pending += char
      }
    }
    if (pending) pieces.push({ text: pending, glued })
  }
  return pieces
}

/** Text as the coach typed it: one paragraph per line break, in the composed form the fonts expect. */
export function paragraphsOf(text: string): string[] {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').split('\n')
}

/**
 * Breaks text into lines no wider than `width`, keeping the coach's own line breaks
 * (an empty line stays an empty line). A word too long for a line (a long web address)
 * is broken between characters rather than overflowing. Nothing is ever dropped.
 */
export function wrapText(fonts: FontSet, text: string, width: number, style: TextStyle): string[] {
  const measure = (value: string) => fonts.width(value, style.face, style.size)
  const space = measure(' ')
  const lines: string[] = []
  for (const paragraph of paragraphsOf(text)) {
    const pieces = piecesOf(paragraph)
    if (pieces.length === 0) {
      lines.push('')
      continue
    }
    let line = ''
    let lineWidth = 0
    for (const piece of pieces) {
      const pieceWidth = measure(piece.text)
      const gap = line && !piece.glued ? space : 0
      if (line && lineWidth + gap + pieceWidth <= width) {
        line += (gap ? ' ' : '') + piece.text
        lineWidth += gap + pieceWidth
        continue
      }
      if (line) lines.push(line)
      if (pieceWidth <= width) {
        line = piece.text
        lineWidth = pieceWidth
        continue
      }
      const parts = breakWord(piece.text, width, measure)
      lines.push(...parts.slice(0, -1))
      line = parts.at(-1)!
      lineWidth = measure(line)
    }
    lines.push(line)
  }
  return lines
}

/** Splits one over-long word into pieces that fit, between characters as people see them. */
function breakWord(word: string, width: number, measure: (value: string) => number): string[] {
  const parts: string[] = []
  let part = ''
  for (const { segment } of graphemes.segment(word)) {
    if (part && measure(part + segment) > width) {
      parts.push(part)
      part = segment
    } else {
      part += segment
    }
  }
  parts.push(part)
  return parts
}
