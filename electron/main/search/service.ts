import { sql, type RawBuilder } from 'kysely'
import { z } from 'zod'
import { SEARCH_TYPES, type SearchArgs, type SearchResult, type SearchType } from '../../shared/search'
import type { Reader } from '../db/door'
import { decodeCursor, encodeCursor } from '../db/paging'
import { DISPLAY } from './display'
import { joinedText } from './functions'
import { typedPhrases } from './query'
import { highlightedText, MATCH_CLOSE, MATCH_OPEN, snippetOf } from './snippet'
import { indexTableOf, overRow, sourceOf, type IndexedPart } from './sources'
import { hasTitle, rowMapOf, rowsOfDays, titleTableOf } from './layout'
import { typeExpressions } from './terms'

/**
 * The order of a type's results, the one a coach can follow without being told:
 *
 * 1. where the words are: records with every word in their title (a client's or a
 *    stakeholder's name, a goal, an action, a growth area…) before those with the words
 *    in their text; types without a title (sessions, notes, reviews) have the one group;
 * 2. then newest first: by the record's day, the one shown beside it (a session's day,
 *    an action's due date, the day a goal was written…), and on the same day the one
 *    written last first; records without a day (clients, sponsors, contacts) the one
 *    added last first.
 *
 * The index numbers its rows in that order of days (search/tables.ts), so each group is
 * FTS5's own walk of the matches from the highest row number down, stopped after a page:
 * a search reads about as much of the index as it shows, however large the practice and
 * however common the words. The result is exactly the page an exhaustive sort of every
 * match would give (testing/searchReference.ts, and `npm run bench`).
 */
const IN_TITLE = 0
const ELSEWHERE = 1
type Where = typeof IN_TITLE | typeof ELSEWHERE

/** A row of one type's index in the order shown: where its words are, then its number, highest first. */
interface OrderedRow {
  where: Where
  row: number
}

/** Where the next page continues: the last row shown of each type that has more. */
const searchPosition = z.partialRecord(z.enum(SEARCH_TYPES), z.tuple([z.union([z.literal(IN_TITLE), z.literal(ELSEWHERE)]), z.number().int().min(0)]))
type SearchPosition = z.infer<typeof searchPosition>

/** What the filters leave of one type's rows. */
interface TypeFilters {
  type: SearchType
  clientId: number | null
  rows: { lowest: number; highest: number }
  /** The last bit of the rows wanted (1: private text, 0: shareable), or null for both. */
  privateBit: 0 | 1 | null
}

/** One type's part of a search: its filters, and every phrase typed written for its index (search/terms.ts). */
interface TypeSearch extends TypeFilters {
  expression: string
}

/** Whether a part's privacy is the same for every record (a literal rather than a column). */
const isFixed = (flag: string) => flag === '0' || flag === '1'

/** The type's filters, or null when they leave none of its records. */
function typeFilters(type: SearchType, input: SearchArgs): TypeFilters | null {
  const source = sourceOf(type)
  if (input.clientId !== null && source.clientId === 'NULL') return null
  // A record without a day is outside any range of days.
  if ((input.from !== null || input.to !== null) && source.onDate === 'NULL') return null
  const privateBit = input.visibility === 'all' ? null : input.visibility === 'private' ? 1 : 0
  if (privateBit !== null && source.parts.every((part) => isFixed(part.private) && Number(part.private) !== privateBit)) return null
  return { type, clientId: input.clientId, rows: rowsOfDays(input.from, input.to), privateBit }
}

/** What a table of the type is asked: the typed words in these columns, of this client's records when one is chosen. */
function matchOf(search: TypeSearch, columns: string): string {
  const words = `{${columns}} : (${search.expression})`
  return search.clientId === null ? words : `client_id : "${search.clientId}" AND ${words}`
}

/** The rows the filters leave, up to the row numbered `highest`, as conditions on the row number (its day, its last bit). */
function rowConditions(search: TypeSearch, highest: number): RawBuilder<unknown> {
  const visibility = search.privateBit === null ? sql`` : sql`AND rowid % 2 = ${sql.lit(search.privateBit)}`
  return sql`rowid BETWEEN ${search.rows.lowest} AND ${highest} ${visibility}`
}

/** One group's rows from the row numbered `highest` down, as FTS5 walks them, stopped after `count`. */
function walk(search: TypeSearch, where: Where, highest: number, count: number): RawBuilder<unknown> {
  const table = sql.table(indexTableOf(search.type))
  const titles = sql.table(titleTableOf(search.type))
  const inTitles = sql`SELECT rowid FROM ${titles} WHERE ${titles} MATCH ${matchOf(search, 'title')} AND ${rowConditions(search, highest)}`
  const rows =
    where === IN_TITLE
      ? inTitles
      : sql`SELECT rowid FROM ${table} WHERE ${table} MATCH ${matchOf(search, 'title body')} AND ${rowConditions(search, highest)}
          ${hasTitle(search.type) ? sql`AND rowid NOT IN (${inTitles})` : sql``}`
  return sql`SELECT ${sql.lit(where)} AS found, rowid AS "row" FROM (${rows} ORDER BY rowid DESC LIMIT ${count})`
}

/**
 * One type's page after `after` (from the start when null), and one row more to tell
 * whether there are more: its groups walked in turn, the next only once the one before
 * has run out.
 */
function pageOf(search: TypeSearch, index: number, after: OrderedRow | null, limit: number): RawBuilder<unknown> {
  const groups: Where[] = hasTitle(search.type) ? [IN_TITLE, ELSEWHERE] : [ELSEWHERE]
  const walks = groups
    .filter((where) => after === null || where >= after.where)
    .map((where) => walk(search, where, after !== null && where === after.where ? after.row - 1 : search.rows.highest, limit + 1))
  return sql`SELECT ${sql.lit(index)} AS type, found, "row" FROM (${sql.join(walks, sql` UNION ALL `)} LIMIT ${limit + 1})`
}

/** Each type's page of rows in the order shown, and whether it has more: one statement for every type. */
async function pagesOf(db: Reader, searches: TypeSearch[], position: SearchPosition | null, limit: number) {
  const pages = searches.map((search, index) => {
    const after = position?.[search.type]
    return pageOf(search, index, after ? { where: after[0], row: after[1] } : null, limit)
  })
  const { rows } = await sql<{ type: number; found: Where; row: number }>`${sql.join(pages, sql` UNION ALL `)}`.execute(db)
  return searches.map((search, index) => {
    const ordered = rows
      .filter((row) => row.type === index)
      .map((row) => ({ where: row.found, row: row.row }))
      .sort((a, b) => a.where - b.where || b.row - a.row)
    return { search, ordered: ordered.slice(0, limit), more: ordered.length > limit }
  })
}

/**
 * A found row shown: its record, day, highlight()'s marked copies of its title and text,
 * and how the record is shown and opened (its label, whose it is, where it opens, its
 * text as written: t<part>n<n> (title) and b<part>n<n> (text), named without underscores
 * the camel-case plugin would rename).
 */
interface Hit {
  row: number
  id: number
  onDate: string | null
  markedTitle: string
  markedBody: string
  label: string
  context: string | null
  clientId: number | null
  organisationId: number | null
  engagementId: number | null
  sessionId: number | null
  [value: `${'t' | 'b'}${number}n${number}`]: unknown
}

function valueColumns(parts: readonly IndexedPart[]): RawBuilder<unknown>[] {
  return parts.flatMap((part, p) => [
    ...part.title.map((expression, n) => sql.raw(`${overRow(expression, 'r')} AS t${p}n${n}`)),
    ...part.body.map((expression, n) => sql.raw(`${overRow(expression, 'r')} AS b${p}n${n}`))
  ])
}

/**
 * The chosen rows of one type with their records, in one statement. Each row is looked up
 * by its number: the walk that found it is not done again, and highlight() marks the
 * words of that row alone.
 */
async function hitsOf(db: Reader, search: TypeSearch, ordered: OrderedRow[]): Promise<Hit[]> {
  const table = sql.table(indexTableOf(search.type))
  const show = DISPLAY[search.type]
  const { rows } = await sql<Hit>`
    SELECT ${table}.rowid AS "row", m.id AS id, ${table}.on_date AS "onDate",
      highlight(${table}, 2, ${MATCH_OPEN}, ${MATCH_CLOSE}) AS "markedTitle",
      highlight(${table}, 3, ${MATCH_OPEN}, ${MATCH_CLOSE}) AS "markedBody",
      ${sql.raw(show.label)} AS label, ${sql.raw(show.context)} AS context,
      ${sql.raw(show.clientId)} AS "clientId", ${sql.raw(show.organisationId)} AS "organisationId",
      ${sql.raw(show.engagementId)} AS "engagementId", ${sql.raw(show.sessionId)} AS "sessionId",
      ${sql.join(valueColumns(sourceOf(search.type).parts))}
    FROM ${table} CROSS JOIN ${sql.table(rowMapOf(search.type))} AS m ON m.first_row = ${table}.rowid - ${table}.rowid % 2
      CROSS JOIN ${sql.raw(show.from)}
    WHERE ${table} MATCH ${`{title body} : (${search.expression})`}
      AND ${table}.rowid IN (${sql.join(ordered.map((row) => row.row))}) AND r.id = m.id`.execute(db)
  const byRow = new Map(rows.map((hit) => [hit.row, hit]))
  return ordered.flatMap((row) => byRow.get(row.row) ?? [])
}

/** The part of the record the hit is: a session has a shareable part and a private one. */
function partOf(type: SearchType, isPrivate: boolean): { part: IndexedPart; index: number } {
  const { parts } = sourceOf(type)
  const index = parts.length > 1 ? parts.findIndex((part) => part.private === (isPrivate ? '1' : '0')) : 0
  return { part: parts[Math.max(index, 0)]!, index: Math.max(index, 0) }
}

function toResult(type: SearchType, hit: Hit): SearchResult {
  const isPrivate = hit.row % 2 === 1
  const { part, index } = partOf(type, isPrivate)
  const title = joinedText(part.title.map((_, n) => hit[`t${index}n${n}`]))
  const body = joinedText(part.body.map((_, n) => hit[`b${index}n${n}`]))
  return {
    type,
    id: hit.id,
    title: title ? highlightedText(title, hit.markedTitle) : [{ text: hit.label, match: false }],
    context: hit.context,
    date: hit.onDate,
    private: isPrivate,
    snippet: snippetOf(body, hit.markedBody),
    route: {
      clientId: hit.clientId,
      organisationId: hit.organisationId,
      engagementId: hit.engagementId,
      sessionId: hit.sessionId
    }
  }
}

/**
 * One search across the practice: up to `limit` results of each type, type by type in
 * the order of SEARCH_TYPES, each type in the order described above. The next page
 * continues every type that has more. Its statements must see one practice: it is
 * registered to read in one snapshot (search/handlers.ts).
 */
export async function search(db: Reader, input: SearchArgs): Promise<{ items: SearchResult[]; nextCursor: string | null }> {
  const phrases = typedPhrases(input.text)
  if (phrases.length === 0) return { items: [], nextCursor: null }
  const position: SearchPosition | null = input.cursor === null ? null : decodeCursor(input.cursor, searchPosition)
  const chosen = input.types.length > 0 ? SEARCH_TYPES.filter((type) => input.types.includes(type)) : SEARCH_TYPES
  // A later page continues only the types that had more.
  const filtered = chosen.filter((type) => position === null || position[type] !== undefined).map((type) => typeFilters(type, input))
  const filters = filtered.filter((typeFilter) => typeFilter !== null)
  const expressions = await typeExpressions(db, filters.map((typeFilter) => typeFilter.type), phrases)
  const searches = filters.flatMap((typeFilter) => {
    const expression = expressions.get(typeFilter.type)
    return expression === undefined ? [] : [{ ...typeFilter, expression }]
  })
  if (searches.length === 0) return { items: [], nextCursor: null }
  const items: SearchResult[] = []
  const next: SearchPosition = {}
  for (const { search, ordered, more } of await pagesOf(db, searches, position, input.limit)) {
    if (ordered.length === 0) continue
    items.push(...(await hitsOf(db, search, ordered)).map((hit) => toResult(search.type, hit)))
    const last = ordered.at(-1)!
    if (more) next[search.type] = [last.where, last.row]
  }
  return { items, nextCursor: Object.keys(next).length > 0 ? encodeCursor(next) : null }
}
