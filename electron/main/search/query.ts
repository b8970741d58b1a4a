import { foldedForIndex } from './fold'

/** What the index's tokenizer (unicode61) counts as part of a word: letters, digits and private-use characters. */
const WORD = /[\p{L}\p{N}\p{Co}]+/gu

function wordsOf(fragment: string): string[] {
  return foldedForIndex(fragment).match(WORD) ?? []
}

/**
 * Words that must appear together, in order: one typed word, words joined by punctuation
 * or written without spaces, or "words in quotes". When `unfinished`, the last word is
 * the start of a word ("coa" finds "coaching").
 */
export interface Phrase {
  words: string[]
  unfinished: boolean
}

function phraseOf(words: string[], mayBeUnfinished: boolean): Phrase {
  // A one-letter start of a word would match a large part of the index for nothing useful.
  return { words, unfinished: mayBeUnfinished && [...words.at(-1)!].length >= 2 }
}

/**
 * The phrases of what the coach typed, every one of which must appear (AND). Built from
 * the words alone, so quotes, asterisks, dashes, parentheses, colons, carets and the words
 * AND, OR, NOT and NEAR are searched for as text and can never make the query fail:
 *
 * - every word must appear; the end of each word may be unfinished;
 * - "words in quotes" must appear together, in that order, as typed;
 * - words joined by punctuation ("e-mail", "follow-up") or written without spaces
 *   (Chinese, Japanese) must appear together too.
 */
export function typedPhrases(text: string): Phrase[] {
  const phrases: Phrase[] = []
  for (const [, quoted, closing, bare] of text.matchAll(/"([^"]*)("?)|([^\s"]+)/g)) {
    const words = wordsOf(quoted ?? bare ?? '')
    // An unclosed quote is a phrase still being typed.
    if (words.length > 0) phrases.push(phraseOf(words, quoted === undefined || closing !== '"'))
  }
  return phrases
}

/** A phrase as an FTS5 string: only letters and digits remain, so nothing in it is FTS5 syntax. */
export function phraseExpression({ words, unfinished }: Phrase): string {
  return `"${words.join(' ')}"${unfinished ? '*' : ''}`
}

/** The FTS5 MATCH expression for what the coach typed, or null when it holds no word to look for. */
export function matchExpression(text: string): string | null {
  const phrases = typedPhrases(text)
  return phrases.length > 0 ? phrases.map(phraseExpression).join(' ') : null
}
