import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Reads PDFs the way other programs will, with poppler's tools (Debian's poppler-utils):
 * the text a reader can copy, the document's properties, its fonts, and page images.
 */
const scratch = mkdtempSync(join(tmpdir(), 'coachbook-pdf-'))
let count = 0

function onDisk(pdf: Buffer): string {
  const file = join(scratch, `report-${++count}.pdf`)
  writeFileSync(file, pdf)
  return file
}

function run(tool: string, args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
}

/** The text of every page, pages separated by form feeds. */
export function pdfText(pdf: Buffer): string {
  return run('pdftotext', ['-enc', 'UTF-8', onDisk(pdf), '-'])
}

/** The text of each page laid out as printed: a table's row stays on one line, its cells apart. */
export function pdfLayoutPages(pdf: Buffer): string[] {
  return run('pdftotext', ['-layout', '-enc', 'UTF-8', onDisk(pdf), '-']).split('\f').slice(0, -1)
}

/** The text of each page. */
export function pdfPages(pdf: Buffer): string[] {
  return pdfText(pdf).split('\f').slice(0, -1)
}

/** Text with every space and line break removed, so a word broken across lines is still found. */
export function squeezed(text: string): string {
  return text.replace(/\s+/g, '')
}

/** The document's properties, as pdfinfo lists them ("Title" → "…"). */
export function pdfInfo(pdf: Buffer): Record<string, string> {
  const info: Record<string, string> = {}
  for (const line of run('pdfinfo', ['-isodates', onDisk(pdf)]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line)
    if (match) info[match[1]!] = match[2]!
  }
  return info
}

export interface PdfFont {
  name: string
  type: string
  embedded: boolean
}

export function pdfFonts(pdf: Buffer): PdfFont[] {
  return run('pdffonts', [onDisk(pdf)])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      // name, type (one or more words), encoding, then emb sub uni as yes/no, then object id.
      const match = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/.exec(line.trim())
      if (!match) throw new Error(`pdffonts printed a line that could not be read: ${line}`)
      return { name: match[1]!, type: match[2]!, embedded: match[4] === 'yes' }
    })
}

/** How many images the PDF holds (pdfimages counts a soft mask as one more). */
export function pdfImageCount(pdf: Buffer): number {
  return run('pdfimages', ['-list', onDisk(pdf)]).split('\n').slice(2).filter((line) => /\bimage\b/.test(line)).length
}

/** Renders page 1 to a PNG at `file` (without its extension, as pdftoppm wants it). */
export function firstPageImage(pdf: Buffer, fileWithoutExtension: string): void {
  run('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', onDisk(pdf), fileWithoutExtension])
}

export interface WordBox {
  text: string
  xMin: number
  yMin: number
  xMax: number
  yMax: number
}

export interface PageBoxes {
  width: number
  height: number
  words: WordBox[]
}

/** Where every word sits on every page, as a reader's text selection sees it. */
export function pdfWordBoxes(pdf: Buffer): PageBoxes[] {
  const html = run('pdftotext', ['-bbox', '-enc', 'UTF-8', onDisk(pdf), '-'])
  return html
    .split('<page ')
    .slice(1)
    .map((page) => {
      const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page)
      const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        (match) => ({ text: match[5]!, xMin: Number(match[1]), yMin: Number(match[2]), xMax: Number(match[3]), yMax: Number(match[4]) })
      )
      return { width: Number(size?.[1]), height: Number(size?.[2]), words }
    })
}
