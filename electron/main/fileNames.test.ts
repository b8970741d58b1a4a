import { describe, expect, it } from 'vitest'
import { MAX_NAME_BYTES, safeFileName } from './fileNames'

/** The rules every name Coachbook gives a file or folder follows (PDF reports, client exports). */
const pdf = (text: string) => safeFileName({ text, fallback: 'Report', extension: '.pdf' })
const folder = (text: string) => safeFileName({ text, fallback: 'Client', suffix: ' – Coachbook export – 2026-03-14' })

describe('a file name from what a coach typed', () => {
  it('replaces what Windows, macOS or Linux refuse: separators by a dash, the rest by a space', () => {
    expect(pdf('A/B\\C|D')).toBe('A-B-C-D.pdf')
    expect(pdf('a:b*c?d"e<f>g')).toBe('a b c d e f g.pdf')
    expect(pdf('line\nbreak\ttab\u0000nul\u0085next')).toBe('line break tab nul next.pdf')
  })

  it('leaves out every character that shows nothing', () => {
    // Bidi overrides, embeddings, isolates and marks: "\u202Efdp.exe" would read as "exe.pdf".
    for (const control of ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C']) {
      expect(pdf(`Ann${control}Lee`), control.codePointAt(0)!.toString(16)).toBe('AnnLee.pdf')
    }
    // Zero-width spaces and joiners, word joiner, soft hyphen, byte-order mark, fillers, variation selectors, tags.
    for (const invisible of ['\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\uFEFF', '\u3164', '\u115F', '\uFE0F', '\u{E0041}', '\u034F']) {
      expect(pdf(`Ann${invisible}Lee`), invisible.codePointAt(0)!.toString(16)).toBe('AnnLee.pdf')
    }
    // Half a surrogate pair is not a character at all.
    expect(pdf('Ann\uD800Lee')).toBe('AnnLee.pdf')
    expect(pdf('\u202E\u200B')).toBe('Report.pdf')
  })

  it('turns any run of spaces, tabs or line breaks into one space', () => {
    expect(pdf('Ann \u00A0\u3000\u2028 Lee')).toBe('Ann Lee.pdf')
  })

  it('drops leading dots (a hidden file) and trailing dots and spaces (which Windows drops)', () => {
    expect(pdf('...hidden. . ')).toBe('hidden.pdf')
    expect(folder('...hidden. ')).toBe('hidden – Coachbook export – 2026-03-14')
  })

  it('falls back to a plain word when nothing is left', () => {
    expect(pdf(' . ')).toBe('Report.pdf')
    expect(pdf('')).toBe('Report.pdf')
    expect(folder('///')).toBe('--- – Coachbook export – 2026-03-14')
    expect(folder('\u200B')).toBe('Client – Coachbook export – 2026-03-14')
  })

  it('steers clear of the device names Windows reserves', () => {
    for (const name of ['CON', 'con', 'PRN', 'aux', 'NUL', 'COM1', 'lpt9', 'COM¹', 'CON.tar']) {
      expect(pdf(name)).toBe(`_${name}.pdf`)
    }
    expect(pdf('Connor')).toBe('Connor.pdf')
    expect(folder('CON')).toBe('CON – Coachbook export – 2026-03-14')
  })

  it('fits in MAX_NAME_BYTES, shortening the text but never the suffix or extension, without splitting a character', () => {
    for (const text of ['ø'.repeat(200), 'e\u0301'.repeat(200), '🧑🏽'.repeat(100), '李'.repeat(200)]) {
      const name = folder(text)
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(MAX_NAME_BYTES)
      expect(name.endsWith(' – Coachbook export – 2026-03-14')).toBe(true)
      expect(name.isWellFormed()).toBe(true)
      expect(name.normalize('NFC')).toBe(name)
    }
    expect(folder('e\u0301'.repeat(200)).startsWith('é')).toBe(true)
    expect(Buffer.byteLength(pdf('x'.repeat(300)))).toBe(MAX_NAME_BYTES)
  })

  it('keeps names people write, in any script, composed as one', () => {
    expect(pdf('Zoë Ødegård')).toBe('Zoë Ødegård.pdf')
    expect(pdf('Zoe\u0308')).toBe('Zoë.pdf')
    expect(pdf('李雷')).toBe('李雷.pdf')
    expect(pdf('محمد رضا')).toBe('محمد رضا.pdf')
    expect(pdf('Ελένη')).toBe('Ελένη.pdf')
  })
})
