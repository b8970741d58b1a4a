import type { Statement } from 'better-sqlite3-multiple-ciphers'
import type { ChannelInput, ChannelOutput } from '../electron/shared/contract'
import { SEARCH_TYPES, searchInput, type SearchArgs } from '../electron/shared/search'
import { differencesFromReference } from '../electron/main/testing/searchReference'
import { foldedForIndex } from '../electron/main/search/fold'
import { indexTableOf } from '../electron/main/search/sources'
import { SEARCH_TERMS } from './handlers'
import { inTurn, type Timing } from './measure'
import type { OpenPractice, Ran } from './practice'

/**
 * The statements of a search that find the matches and put them in order (the words
 * completed from the index's vocabulary, FTS5's walks, and the read transaction they
 * run in), apart from those that highlight and show the chosen few.
 */
function findingStatements(ran: Ran[]): Ran[] {
  return ran.filter((statement) => !/highlight\(/.test(statement.sql))
}

export interface SearchFigures {
  /** Finding the matches of every type and putting them in order: what the index does instead of a scan. */
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
 * Searches are replayed type of search by type of search (byWay), as a coach's own
 * searches follow one another, not interleaved with LIKE scans that empty the caches.
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
  if (![...recorded.values()].flat().some((statement) => /ORDER BY rowid DESC/.test(statement.sql))) {
    throw new Error('No statement of search:query walks the index in order any more: update bench/search.ts.')
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

/** A search's input as the contract gives it to the service. */
const asked = (input: ChannelInput<'search:query'>): SearchArgs => searchInput.parse(input)

/**
 * The searches compared with the reference: every bench search as the palette asks it
 * (5 of each type) and as "More sessions…" and "More actions…" page on (30 at a time,
 * 3 pages), and a few with each filter.
 */
function referenceSearches(clientId: number, from: string, to: string): { input: SearchArgs; pages: number }[] {
  const filtered = SEARCH_TERMS.slice(0, 6).flatMap((text) => [
    { input: asked({ text, clientId }), pages: 2 },
    { input: asked({ text, from, to, types: ['session', 'action'], limit: 30 }), pages: 2 },
    { input: asked({ text, visibility: 'private' }), pages: 2 },
    { input: asked({ text, visibility: 'shareable', types: ['session'], limit: 30 }), pages: 2 }
  ])
  return [
    ...SEARCH_TERMS.flatMap((text) => [
      { input: asked({ text }), pages: 1 },
      { input: asked({ text, types: ['session'], limit: 30 }), pages: 3 },
      { input: asked({ text, types: ['action'], limit: 30 }), pages: 3 }
    ]),
    ...filtered
  ]
}

export interface ReferenceCheck {
  searches: number
  pages: number
  differences: string[]
}

/**
 * The search handler's pages against the reference query (testing/searchReference.ts):
 * every match of each type found and sorted in full, with no early stop.
 */
export async function checkAgainstReference(practice: OpenPractice): Promise<ReferenceCheck> {
  const { sqlite } = practice.database
  // The client with the most sessions, and the last year of the practice's days.
  const clientId = sqlite
    .prepare('SELECT e.client_id FROM sessions s JOIN engagements e ON e.id = s.engagement_id GROUP BY e.client_id ORDER BY count(*) DESC LIMIT 1')
    .pluck()
    .get() as number
  const to = sqlite.prepare('SELECT max(date(starts_at)) FROM sessions').pluck().get() as string
  const from = `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`
  const ask = async (input: SearchArgs) => {
    const answer = await practice.dispatch('search:query', input)
    if (!answer.ok) throw new Error(answer.error.message)
    return answer.data as ChannelOutput<'search:query'>
  }
  const checks = referenceSearches(clientId, from, to)
  const differences: string[] = []
  for (const { input, pages } of checks) {
    const found = await differencesFromReference(sqlite, ask, input, pages)
    differences.push(...found.map((difference) => `${JSON.stringify({ ...input, cursor: undefined })}: ${difference}`))
  }
  return { searches: checks.length, pages: checks.reduce((sum, check) => sum + check.pages, 0), differences }
}
