/** Letters that Unicode does not decompose into a base letter plus a mark. */
const STANDALONE_LETTERS: Record<string, string> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th'
}

/**
 * Folds text for matching as a person expects: case, accents and ligatures are
 * ignored, so "zoe odegard" finds "Zoë Ødegård" and "łukasz" finds "Lukasz".
 */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øłđðħıßæœþ]/g, (letter) => STANDALONE_LETTERS[letter] ?? letter)
}

// ---- Folding for the full-text index ------------------------------------------------

/** Scripts written without spaces between words: each character is indexed as a word of its own. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u

/** A control character other than tab and line break. */
function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a) || code === 0x7f
}

const foldedChars = new Map<string, string>()

/**
 * One character folded as foldForSearch folds it, plus what the index needs: final
 * sigma is sigma (so "ΟΔΥΣΣΕΑΣ" and "Οδυσσέας" meet), Chinese and Japanese characters
 * stand apart as words, and control characters are spaces (the highlight markers are
 * control characters, so they never appear in indexed text).
 */
function foldChar(char: string): string {
  const code = char.charCodeAt(0)
  if (char.length === 1 && code >= 0x20 && code < 0x7f) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char
  let folded = foldedChars.get(char)
  if (folded === undefined) {
    if (isControl(code)) folded = ' '
    else if (UNSPACED_SCRIPT.test(char)) folded = ` ${char} `
    else folded = foldForSearch(char).replace('ς', 'σ')
    foldedChars.set(char, folded)
  }
  return folded
}

/**
 * The text the full-text index holds: folded one character at a time, so every folded
 * character can be traced back to the character it came from (`sources[i]` is the
 * index in `text` of the character that produced `folded[i]`). That is how a match
 * found in folded text is highlighted in the text as the coach wrote it.
 */
export function foldForIndex(text: string): { folded: string; sources: number[] } {
  let folded = ''
  const sources: number[] = []
  let index = 0
  for (const char of text) {
    const part = foldChar(char)
    folded += part
    for (let i = 0; i < part.length; i++) sources.push(index)
    index += char.length
  }
  return { folded, sources }
}

/** The folded text alone, for the index's triggers and for what the coach types. */
export function foldedForIndex(text: string): string {
  let folded = ''
  for (const char of text) folded += foldChar(char)
  return folded
}

/**
 * A key that sorts names as people expect when compared byte by byte, as SQLite
 * compares text: case and accents are ignored ("émile" sits with "Emile", between
 * "Bo" and "lars"), and numbers sort by value ("Group 2" before "Group 10").
 *
 * Its limits, compared with a full locale-aware collation: scripts sort in Unicode
 * order (Latin, Greek, Cyrillic, Hebrew, Arabic, …, Chinese), which matches the usual
 * root order except for a few scripts (Hangul sorts after Chinese); within a script,
 * letters sort in Unicode order, so language rules such as Swedish "å after z" or
 * Chinese by pinyin are not applied, and the few letters Unicode placed out of
 * alphabetical order (Ukrainian і, ї, є) sort after я.
 */
export function nameSortKey(name: string): string {
  return foldForSearch(name)
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/\d+/g, (digits) => digits.padStart(20, '0'))
}
