import { describe, expect, it } from 'vitest'
import { foldForIndex, nameSortKey } from './fold'
import { matchExpression } from './query'
import { highlightedText, MATCH_CLOSE, MATCH_OPEN, snippetOf } from './snippet'

describe('the MATCH expression built from what the coach types', () => {
  it('quotes every word, so nothing typed is FTS5 syntax', () => {
    expect(matchExpression('board AND NOT (budget)')).toBe('"board"* "and"* "not"* "budget"*')
    expect(matchExpression('title:x NEAR(ab cd) ^ef *')).toBe('"title x" "near ab"* "cd"* "ef"*')
    expect(matchExpression('"difficult conversation" follow-up')).toBe('"difficult conversation" "follow up"*')
    expect(matchExpression('"still typing')).toBe('"still typing"*')
    expect(matchExpression('Zoë ØDEGÅRD 王芳')).toBe('"zoe"* "odegard"* "王 芳"')
    expect(matchExpression('" * - ( ) : ^')).toBeNull()
  })
})

describe('folding for the index', () => {
  it('traces every folded character back to the one it came from', () => {
    const text = 'Straße Æsa e\u0301 王'
    const { folded, sources } = foldForIndex(text)
    expect(folded).toBe('strasse aesa e  王 ')
    expect(sources).toHaveLength(folded.length)
    expect(text[sources[folded.indexOf('ss')]!]).toBe('ß')
    expect(text.slice(sources[folded.indexOf('王')]!)).toBe('王')
  })

  it('turns control characters into spaces, so they can never be taken for highlight markers', () => {
    expect(foldForIndex(`a${MATCH_OPEN}b${MATCH_CLOSE}c\td\ne`).folded).toBe('a b c\td\ne')
  })

  it('sorts names by value of their numbers and without case or accents', () => {
    const names = ['Group 10', 'group 2', 'Émile', 'emile', 'Zed']
    expect([...names].sort((a, b) => (nameSortKey(a) < nameSortKey(b) ? -1 : nameSortKey(a) > nameSortKey(b) ? 1 : 0))).toEqual([
      'Émile',
      'emile',
      'group 2',
      'Group 10',
      'Zed'
    ])
  })
})

describe('highlights', () => {
  const mark = (folded: string, word: string) => folded.replace(word, `${MATCH_OPEN}${word}${MATCH_CLOSE}`)

  it('mark the words as written, accents and all', () => {
    const text = 'Met Zoë Ødegård'
    const parts = highlightedText(text, mark(foldForIndex(text).folded, 'odegard'))
    expect(parts).toEqual([
      { text: 'Met Zoë ', match: false },
      { text: 'Ødegård', match: true }
    ])
  })

  it('mark nothing rather than the wrong words when the text changed since it was indexed', () => {
    expect(snippetOf('New wording', `old ${MATCH_OPEN}wording${MATCH_CLOSE}`)).toEqual([])
  })
})
