import type { Statement } from 'better-sqlite3'
import { SEARCH_TYPES } from '../electron/shared/search'
import { foldedForIndex } from '../electron/main/search/fold'
import { indexTableOf } from '../electron/main/search/sources'
import { SEARCH_TERMS } from './handlers'
import { inTurn, type Timing } from './measure'
import type { OpenPractice, Ran } from './practice'

/** The statements of a search that find and rank the matches, apart from those that show the chosen few. */
function findingStatements(ran: Ran[]): Ran[] {
  const finding = ran.filter((statement) => /ORDER BY rank/.test(statement.sql))
  if (finding.length === 0) throw new Error('No statement of search:query ranks its matches any more: update bench/search.ts.')
  return finding
}

export interface SearchFigures {
  /** Finding and ranking the matches of every type: what the index does instead of a scan. */
  find: Timing
  /** Everything the handler runs: finding, then the highlighted text and the records of the matches shown. */
  whole: Timing
  like: Timing
}

/**
 * The full-text search against what a search without an index must do: read every
 * record's text looking for each word (`LIKE '%word%'`), over the very same text (the
 * index's own stored copy), keeping the matching rows. Both sides are SQL run straight
 * through better-sqlite3, replaying exactly the statements the search:query handler runs
 * (its own overhead is in the handler comparison). The like side finds the matches and
 * nothing more, so it is set against the statements that find (and rank) them; the
 * handler's whole SQL, which also highlights and shows the matches, is measured beside it.
 */
export async function ftsAgainstLike(practice: OpenPractice): Promise<SearchFigures> {
  const { sqlite } = practice.database
  const scans = new Map<number, Statement>()
  const scanFor = (words: number) => {
    let statement = scans.get(words)
    if (!statement) {
      const each = Array.from({ length: words }, (_, i) => `(c2 LIKE @w${i} OR c3 LIKE @w${i})`).join(' AND ')
      statement = sqlite.prepare(
        SEARCH_TYPES.map((type) => `SELECT id FROM ${indexTableOf(type)}_content WHERE ${each}`).join(' UNION ALL ')
      )
      scans.set(words, statement)
    }
    return statement
  }
  const likePatterns = (text: string) => {
    // A quoted phrase is one pattern; other words are one pattern each, as typed (folded like the index).
    const phrase = /^"(.*)"$/.exec(text)
    const parts = phrase ? [phrase[1]!] : text.split(/\s+/)
    return parts.map((part) => `%${foldedForIndex(part).trim()}%`)
  }
  const recorded = new Map<string, Ran[]>()
  for (const text of SEARCH_TERMS) {
    recorded.set(text, await practice.statementsOf(() => practice.dispatch('search:query', { text })))
  }
  return inTurn(SEARCH_TERMS, 6, {
    find: (text) => practice.replay(findingStatements(recorded.get(text)!)),
    whole: (text) => practice.replay(recorded.get(text)!),
    like: (text) => {
      const patterns = likePatterns(text)
      return JSON.stringify(scanFor(patterns.length).all(Object.fromEntries(patterns.map((pattern, i) => [`w${i}`, pattern]))))
    }
  }, { byWay: true })
}
