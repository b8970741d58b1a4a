/**
 * Pieces every file or folder name Coachbook writes is built from, shared by the PDF
 * export and the client export so both follow one set of rules.
 */

/** Names Windows keeps for devices, with or without an extension. */
export const WINDOWS_DEVICE_NAMES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' })

/** Cuts text to a number of UTF-8 bytes without splitting a character (or an accent from its letter). */
export function cutToBytes(text: string, maxBytes: number): string {
  let kept = ''
  for (const { segment } of graphemes.segment(text)) {
    if (Buffer.byteLength(kept + segment, 'utf8') > maxBytes) break
    kept += segment
  }
  return kept
}
