import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The faces text is set in. */
export type Face = 'regular' | 'bold' | 'italic'
/** Faces used only for the characters the main faces lack. */
type FallbackFace = 'symbols' | 'cjk'
type FontName = Face | FallbackFace

/**
 * The fonts shipped in resources/fonts (see its README for licences). Noto Sans covers
 * Latin, Latin Extended, Greek and Cyrillic; DejaVu Sans adds arrows and symbols, and
 * Droid Sans Fallback Chinese and Japanese, so a name like 李雷 prints as written.
 */
const FONT_FILES: Record<FontName, string> = {
  regular: 'NotoSans-Regular.ttf',
  bold: 'NotoSans-Bold.ttf',
  italic: 'NotoSans-Italic.ttf',
  symbols: 'DejaVuSans.ttf',
  cjk: 'DroidSansFallbackFull.ttf'
}
const FALLBACKS: readonly FallbackFace[] = ['symbols', 'cjk']

/** A stretch of text set in one font. */
export interface Run {
  text: string
  font: FontName
}

/** The parts of a parsed (fontkit) font that font switching needs; pdfkit keeps one per embedded font. */
interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean
  layout(text: string): unknown
  postscriptName: string
  ascent: number
  descent: number
  unitsPerEm: number
}

/**
 * Parsed fonts, kept for the life of the process. pdfkit parses a font's tables the first
 * time it lays text out in it, which costs tens of milliseconds a face; every later report
 * reuses the parsed font (pdfkit accepts one wherever it accepts a file).
 */
const parsedFonts = new Map<string, FontkitFont>()

function fontPath(resourcesDir: string, name: FontName): string {
  return join(resourcesDir, 'fonts', FONT_FILES[name])
}

/** A font as pdfkit takes it: parsed already, or the file's bytes. Its types only know files. */
function fontSource(resourcesDir: string, name: FontName): Buffer {
  const path = fontPath(resourcesDir, name)
  return (parsedFonts.get(path) as unknown as Buffer | undefined) ?? readFileSync(path)
}

/**
 * The main face for pdfkit's `font` option, so the document never opens a built-in font
 * (which could not be embedded, nor print beyond Latin-1).
 */
export function mainFontSource(resourcesDir: string): string {
  const path = fontPath(resourcesDir, 'regular')
  return (parsedFonts.get(path) as unknown as string | undefined) ?? path
}

function currentFontkitFont(doc: PDFKit.PDFDocument): FontkitFont {
  const font = (doc as unknown as { _font?: { font?: Partial<FontkitFont> } })._font?.font
  if (typeof font?.hasGlyphForCodePoint !== 'function' || typeof font.postscriptName !== 'string') {
    throw new Error('pdfkit no longer exposes the parsed font of its embedded fonts')
  }
  return font as FontkitFont
}

const WHITESPACE = /\s/u

/**
 * The report's fonts inside one pdfkit document: registers them, splits text into runs
 * each set in a font that has its glyphs, and measures those runs.
 */
export class FontSet {
  private readonly fontkit = new Map<FontName, FontkitFont>()
  private readonly choices = new Map<Face, Map<number, FontName>>()
  /** pdfkit files the document's default font under its PostScript name; selecting it so finds it again. */
  private readonly mainName: string

  /** The document must have been created with `font: mainFontSource(resourcesDir)`. */
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly resourcesDir: string
  ) {
    const main = currentFontkitFont(doc)
    parsedFonts.set(fontPath(resourcesDir, 'regular'), main)
    this.fontkit.set('regular', main)
    this.mainName = main.postscriptName
    for (const name of Object.keys(FONT_FILES) as FontName[]) {
      if (name !== 'regular') doc.registerFont(name, fontSource(resourcesDir, name))
    }
  }

  private select(name: FontName): PDFKit.PDFDocument {
    return this.doc.font(name === 'regular' ? this.mainName : name)
  }

  private fontkitFont(name: FontName): FontkitFont {
    let font = this.fontkit.get(name)
    if (!font) {
      font = currentFontkitFont(this.select(name))
      parsedFonts.set(fontPath(this.resourcesDir, name), font)
      this.fontkit.set(name, font)
    }
    return font
  }

  /** The font for one character: the face itself when it has the glyph, else the first fallback that does. */
  private fontFor(codePoint: number, face: Face): FontName {
    let byFace = this.choices.get(face)
    if (!byFace) {
      byFace = new Map()
      this.choices.set(face, byFace)
    }
    let choice = byFace.get(codePoint)
    if (choice === undefined) {
      choice = this.fontkitFont(face).hasGlyphForCodePoint(codePoint)
        ? face
        : (FALLBACKS.find((fallback) => this.fontkitFont(fallback).hasGlyphForCodePoint(codePoint)) ?? face)
      byFace.set(codePoint, choice)
    }
    return choice
  }

  /** Splits text into runs; spaces stay in the run they are in, so runs switch only where glyphs demand. */
  runs(text: string, face: Face): Run[] {
    const runs: Run[] = []
    let current: Run | null = null
    for (const char of text) {
      const font: FontName = current && WHITESPACE.test(char) ? current.font : this.fontFor(char.codePointAt(0)!, face)
      if (current && current.font === font) current.text += char
      else {
        current = { text: char, font }
        runs.push(current)
      }
    }
    return runs
  }

  /** Selects a font at a size for drawing. */
  use(font: FontName, size: number): PDFKit.PDFDocument {
    return this.select(font).fontSize(size)
  }

  width(text: string, face: Face, size: number): number {
    let width = 0
    for (const run of this.runs(text, face)) width += this.use(run.font, size).widthOfString(run.text)
    return width
  }

  /** How far the face reaches above and below the baseline, as fractions of the size. */
  extent(face: Face): { ascent: number; descent: number } {
    const font = this.fontkitFont(face)
    return { ascent: font.ascent / font.unitsPerEm, descent: Math.abs(font.descent) / font.unitsPerEm }
  }
}
