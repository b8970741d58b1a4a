/**
 * The one way Coachbook names a file or folder it writes from text a coach typed (a
 * report's PDF, a client's export folder), so every such name follows the same rules on
 * Windows, macOS and Linux.
 */

/** Well under the 255-byte limit of common file systems, so a folder path, a " (2)" or a temporary suffix still fits. */
export const MAX_NAME_BYTES = 180

/** Names Windows keeps for devices, with or without an extension. */
const WINDOWS_DEVICE_NAMES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i
/** Path separators, in a name, read as a dash: "Sales/Marketing" → "Sales-Marketing". */
const SEPARATORS = /[/\\|]/g
/** What Windows refuses in a name, and control characters (line breaks, tabs, NUL): each becomes a space. */
const REFUSED = /[:*?"<>\p{Cc}]/gu
/**
 * Characters that show nothing: format characters (bidi overrides and isolates, which
 * can make "fdp.exe" read as "exe.pdf"; zero-width spaces and joiners; soft hyphens),
 * the other default-ignorable ones (fillers, variation selectors), and unpaired halves
 * of surrogate pairs. They are left out, so a name is exactly what it looks like.
 */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cs}]/gu

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' })

function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

/** Cuts text to a number of UTF-8 bytes without splitting a character (or an accent from its letter). */
function cutToBytes(text: string, maxBytes: number): string {
  let kept = ''
  for (const { segment } of graphemes.segment(text)) {
    if (utf8Length(kept + segment) > maxBytes) break
    kept += segment
  }
  return kept
}

/** The characters of a name made safe, and its spaces tidied; the ends are left to the whole name. */
function cleaned(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(SEPARATORS, '-').replace(REFUSED, ' ').replace(/\s+/g, ' ')
}

/** No leading dot (a hidden file), no trailing dot or space (Windows drops them), no space at either end. */
function trimmed(text: string): string {
  return text.replace(/^[\s.]+|[\s.]+$/g, '')
}

export interface FileNameParts {
  /** The coach's text, e.g. a client's name: made safe, and shortened if the whole name would be too long. */
  text: string
  /** Used when nothing is left of `text` (it was empty, only dots, only invisible characters). */
  fallback: string
  /** Kept whole after the text, e.g. " – Progress report – 2026-03-01". */
  suffix?: string
  /** E.g. ".pdf"; none for a folder. */
  extension?: string
}

/**
 * A file or folder name that saves on Windows, macOS and Linux and reads like the text
 * it came from: forbidden characters replaced, invisible ones left out, no hidden-file
 * dot, no device name Windows reserves, and at most MAX_NAME_BYTES bytes, shortening
 * the text (never the suffix or extension) without splitting a character.
 */
export function safeFileName({ text, fallback, suffix = '', extension = '' }: FileNameParts): string {
  const tail = cleaned(suffix) + extension
  const shortened = trimmed(cutToBytes(trimmed(cleaned(text)), MAX_NAME_BYTES - utf8Length(tail)))
  const name = trimmed(`${shortened || fallback}${cleaned(suffix)}`)
  const stem = name.split('.')[0]!.trim()
  return `${WINDOWS_DEVICE_NAMES.test(stem) ? '_' : ''}${name}${extension}`
}
