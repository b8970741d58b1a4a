import { foldedForIndex } from './fold'

/** What the index's tokenizer (unicode61) counts as part of a word: letters, digits and private-use characters. */
const WORD = /[\p{L}\p{N}\p{Co}]+/gu

function wordsOf(fragment: string): string[] {
  return foldedForIndex(fragment).match(WORD) ?? []
}

/** A phrase of FTS5 strings: only letters and digits remain, so nothing in it is FTS5 syntax. */
function phrase(words: string[], prefix: boolean): string {
  const last = words.at(-1) ?? ''
  // A one-letter prefix would match a large part of the index for nothing useful.
  const open = prefix && [...last].length >= 2
  return `"${words.join(' ')}"${open ? '*' : ''}`
}

/**
 * The FTS5 MATCH expression for what the coach typed, or null when it holds no word to
 * look for. The expression is built from the words alone, each quoted, so quotes,
 * asterisks, dashes, parentheses, colons, carets and the words AND, OR, NOT and NEAR
 * are searched for as text and can never make the query fail:
 *
 * - every word must appear (AND); the end of each word may be unfinished ("coa" finds "coaching");
 * - "words in quotes" must appear together, in that order, as typed;
 * - words joined by punctuation ("e-mail", "follow-up") or written without spaces
 *   (Chinese, Japanese) must appear together too.
 */
export function matchExpression(text: string): string | null {
  const terms: string[] = []
  for (const [, quoted, closing, bare] of text.matchAll(/"([^"]*)("?)|([^\s"]+)/g)) {
    if (quoted !== undefined) {
      const words = wordsOf(quoted)
      // An unclosed quote is a phrase still being typed.
      if (words.length > 0) terms.push(phrase(words, closing !== '"'))
    } else if (bare !== undefined) {
      const words = wordsOf(bare)
      if (words.length > 0) terms.push(phrase(words, true))
    }
  }
  return terms.length > 0 ? terms.join(' ') : null
}
