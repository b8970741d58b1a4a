import type { Database } from 'better-sqlite3-multiple-ciphers'
import { SEARCH_TYPES, type SearchArgs, type SearchResult, type SearchType } from '../../shared/search'
import { matchExpression } from '../search/query'
import { indexTableOf } from '../search/sources'
import { hasTitle, rowMapOf } from '../search/layout'

/** A result as the comparison sees it: which record, and which of its parts. */
export interface FoundRecord {
  type: SearchType
  id: number
  private: boolean
}

/**
 * Every match of one type in the order search results are defined by, computed the plain
 * way: FTS5's own prefix queries (no word completed from the vocabulary), the title found
 * by a column filter on the type's table (not the table of titles), the filters read from
 * the stored values (client, day) rather than row numbers, and a full sort of every match
 * by where the words are, then the record's day, newest first, then the row number:
 * nothing stops early and nothing continues from a cursor.
 */
function referenceOfType(sqlite: Database, type: SearchType, input: SearchArgs, words: string): FoundRecord[] {
  const table = indexTableOf(type)
  const inTitleFirst = hasTitle(type) ? `${table}.rowid IN (SELECT rowid FROM ${table} WHERE ${table} MATCH @title) DESC,` : ''
  const rows = sqlite
    .prepare(
      `SELECT m.id AS id, ${table}.rowid % 2 AS private
       FROM ${table} JOIN ${rowMapOf(type)} AS m ON m.first_row = ${table}.rowid - ${table}.rowid % 2
       WHERE ${table} MATCH @all
         AND (@clientId IS NULL OR ${table}.client_id = @clientId)
         AND (@from IS NULL OR ${table}.on_date >= @from) AND (@to IS NULL OR ${table}.on_date <= @to)
         AND (@private IS NULL OR ${table}.rowid % 2 = @private)
       ORDER BY ${inTitleFirst} ${table}.on_date DESC, ${table}.rowid DESC`
    )
    .all({
      all: `{title body} : (${words})`,
      ...(hasTitle(type) ? { title: `{title} : (${words})` } : {}),
      clientId: input.clientId,
      from: input.from,
      to: input.to,
      private: input.visibility === 'all' ? null : input.visibility === 'private' ? 1 : 0
    }) as { id: number; private: number }[]
  return rows.map((row) => ({ type, id: row.id, private: row.private === 1 }))
}

/** Every match of every type the input asks for, each type in order (the reference a search must equal). */
export function referenceSearch(sqlite: Database, input: SearchArgs): Map<SearchType, FoundRecord[]> {
  const words = matchExpression(input.text)
  const types = input.types.length > 0 ? SEARCH_TYPES.filter((type) => input.types.includes(type)) : SEARCH_TYPES
  return new Map(types.map((type) => [type, words === null ? [] : referenceOfType(sqlite, type, input, words)]))
}

type Ask = (input: SearchArgs) => Promise<{ items: SearchResult[]; nextCursor: string | null }>

/** The results of each type over the search's first `pages` pages, following nextCursor. */
async function pagedSearch(ask: Ask, input: SearchArgs, pages: number): Promise<Map<SearchType, FoundRecord[]>> {
  const found = new Map<SearchType, FoundRecord[]>()
  let cursor: string | null = null
  for (let page = 0; page < pages; page++) {
    const answer = await ask({ ...input, cursor })
    for (const item of answer.items) {
      found.set(item.type, [...(found.get(item.type) ?? []), { type: item.type, id: item.id, private: item.private }])
    }
    cursor = answer.nextCursor
    if (cursor === null) break
  }
  return found
}

/**
 * Where the first `pages` pages of a search differ from the reference, type by type
 * (empty when they are the same): each type's results are the reference's first
 * `pages × limit`, in the same order, neither more nor fewer.
 */
export async function differencesFromReference(sqlite: Database, ask: Ask, input: SearchArgs, pages = Infinity): Promise<string[]> {
  const reference = referenceSearch(sqlite, input)
  const found = await pagedSearch(ask, input, pages)
  const differences: string[] = []
  for (const [type, all] of reference) {
    const expected = all.slice(0, pages * input.limit)
    const got = found.get(type) ?? []
    if (JSON.stringify(got) !== JSON.stringify(expected)) {
      const show = (records: FoundRecord[]) => `${JSON.stringify(records.slice(0, 6).map((record) => [record.id, record.private]))} (${records.length})`
      differences.push(`${type}: ${show(got)} instead of ${show(expected)}`)
    }
  }
  return differences
}
