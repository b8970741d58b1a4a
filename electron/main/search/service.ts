import { sql, type RawBuilder } from 'kysely'
import { z } from 'zod'
import { SEARCH_TYPES, type SearchArgs, type SearchResult, type SearchType } from '../../shared/search'
import type { Reader } from '../db/door'
import { decodeCursor, encodeCursor } from '../db/paging'
import { DISPLAY } from './display'
import { joinedText } from './functions'
import { matchExpression } from './query'
import { highlightedText, MATCH_CLOSE, MATCH_OPEN, snippetOf } from './snippet'
import { indexTableOf, overRow, recordOf, sourceOf, type IndexedPart } from './sources'

/**
 * How many of a type's matches are ranked: its newest ones (highest ids). Ranking reads
 * each candidate's statistics, so a word found in tens of thousands of records would
 * otherwise cost a noticeable moment on every keystroke; a distinctive word is found
 * in fewer and is ranked among all its matches. Looking through one type (a page of
 * sessions) ranks more of them than the palette's few of every type.
 */
export const CANDIDATES = { oneType: 1_000, eachOfSeveral: 100 } as const

/**
 * bm25's weight of each column of a type's table (client_id, on_date, title, body): a
 * match in a title (a name, a goal, an action) counts twice a match in the text.
 */
const RELEVANCE_WEIGHTS = [0, 0, 2, 1] as const

/** A matching row and its relevance (bm25: lower is better). */
interface Ranked {
  rowid: number
  rank: number
}

/** One row of the index that matched, with highlight()'s marked copies of its title and text. */
interface Hit extends Ranked {
  onDate: string | null
  markedTitle: string
  markedBody: string
}

interface Found {
  type: SearchType
  id: number
  isPrivate: boolean
  hit: Hit
}

/** The filters other than type, as conditions on the index row (visibility is the row number's last bit). */
function filters(input: SearchArgs): RawBuilder<unknown>[] {
  const conditions: RawBuilder<unknown>[] = []
  if (input.visibility !== 'all') conditions.push(sql`rowid % 2 = ${sql.lit(input.visibility === 'private' ? 1 : 0)}`)
  if (input.clientId !== null) conditions.push(sql`client_id = ${input.clientId}`)
  if (input.from !== null) conditions.push(sql`on_date >= ${input.from}`)
  if (input.to !== null) conditions.push(sql`on_date <= ${input.to}`)
  return conditions
}

/**
 * A page of one type's best matches, and whether there are more. FTS5 walks the type's
 * table newest first and stops at the candidates; only those are ranked.
 */
async function bestOfType(db: Reader, match: string, type: SearchType, input: SearchArgs, offset: number, candidates: number) {
  const table = sql.table(indexTableOf(type))
  const where = [sql`${table} MATCH ${match}`, ...filters(input)]
  // bm25 named here rather than through the table's rank setting, which FTS5 would parse again for every query.
  const { rows } = await sql<Ranked>`
    SELECT rowid, rank FROM (
      SELECT rowid, bm25(${table}, ${sql.join(RELEVANCE_WEIGHTS.map((weight) => sql.lit(weight)))}) AS rank FROM ${table}
      WHERE ${sql.join(where, sql` AND `)}
      ORDER BY rowid DESC
      LIMIT ${candidates}
    )
    ORDER BY rank, rowid DESC
    LIMIT ${input.limit + 1} OFFSET ${offset}`.execute(db)
  return { ranked: rows.slice(0, input.limit), more: rows.length > input.limit && offset + input.limit < candidates }
}

/**
 * highlight() of the chosen rows of one type, computed for them alone. The rows are
 * picked within one pass over their range: FTS5 would otherwise start the query again
 * for each row, rebuilding the matches of an unfinished word every time.
 */
async function highlighted(db: Reader, match: string, type: SearchType, ranked: Ranked[]): Promise<Hit[]> {
  const table = sql.table(indexTableOf(type))
  const rowids = ranked.map((row) => row.rowid)
  const { rows } = await sql<Omit<Hit, 'rank'>>`
    SELECT rowid, on_date AS "onDate",
      highlight(${table}, 2, ${MATCH_OPEN}, ${MATCH_CLOSE}) AS "markedTitle",
      highlight(${table}, 3, ${MATCH_OPEN}, ${MATCH_CLOSE}) AS "markedBody"
    FROM ${table}
    WHERE ${table} MATCH ${match}
      AND rowid BETWEEN ${Math.min(...rowids)} AND ${Math.max(...rowids)}
      AND +rowid IN (${sql.join(rowids)})`.execute(db)
  const byRow = new Map(rows.map((row) => [row.rowid, row]))
  return ranked.flatMap((row) => {
    const hit = byRow.get(row.rowid)
    return hit ? [{ ...hit, rank: row.rank }] : []
  })
}

interface Shown {
  label: string
  context: string | null
  clientId: number | null
  organisationId: number | null
  engagementId: number | null
  sessionId: number | null
  /** The indexed values of each part, as written: t<part>n<n> (title) and b<part>n<n> (text), without underscores the camel-case plugin would rename. */
  [value: `${'t' | 'b'}${number}n${number}`]: unknown
}

function valueColumns(parts: readonly IndexedPart[]): RawBuilder<unknown>[] {
  return parts.flatMap((part, p) => [
    ...part.title.map((expression, n) => sql.raw(`${overRow(expression, 'r')} AS t${p}n${n}`)),
    ...part.body.map((expression, n) => sql.raw(`${overRow(expression, 'r')} AS b${p}n${n}`))
  ])
}

/** How the found records of one type are shown: their label, whose they are, where they open, and their text as written. */
async function shownRecords(db: Reader, type: SearchType, ids: number[]): Promise<Map<number, Shown>> {
  const show = DISPLAY[type]
  const { rows } = await sql<Shown & { id: number }>`
    SELECT r.id AS id, ${sql.raw(show.label)} AS label, ${sql.raw(show.context)} AS context,
      ${sql.raw(show.clientId)} AS "clientId", ${sql.raw(show.organisationId)} AS "organisationId",
      ${sql.raw(show.engagementId)} AS "engagementId", ${sql.raw(show.sessionId)} AS "sessionId",
      ${sql.join(valueColumns(sourceOf(type).parts))}
    FROM ${sql.raw(show.from)}
    WHERE r.id IN (${sql.join(ids)})`.execute(db)
  return new Map(rows.map((row) => [row.id, row]))
}

/** The part of the record the hit is: a session has a shareable part and a private one. */
function partOf(item: Found): { part: IndexedPart; index: number } {
  const { parts } = sourceOf(item.type)
  const index = parts.length > 1 ? parts.findIndex((part) => part.private === (item.isPrivate ? '1' : '0')) : 0
  return { part: parts[Math.max(index, 0)]!, index: Math.max(index, 0) }
}

function toResult(item: Found, shown: Shown): SearchResult {
  const { part, index } = partOf(item)
  const title = joinedText(part.title.map((_, n) => shown[`t${index}n${n}`]))
  const body = joinedText(part.body.map((_, n) => shown[`b${index}n${n}`]))
  return {
    type: item.type,
    id: item.id,
    title: title ? highlightedText(title, item.hit.markedTitle) : [{ text: shown.label, match: false }],
    context: shown.context,
    date: item.hit.onDate,
    private: item.isPrivate,
    snippet: snippetOf(body, item.hit.markedBody),
    route: {
      clientId: shown.clientId,
      organisationId: shown.organisationId,
      engagementId: shown.engagementId,
      sessionId: shown.sessionId
    },
    score: -item.hit.rank
  }
}

const searchPosition = z.number().int().min(0)

/**
 * One search across the practice: each type's best matches (up to `limit` of each),
 * type by type. The next page continues every type that has more.
 */
export async function search(db: Reader, input: SearchArgs): Promise<{ items: SearchResult[]; nextCursor: string | null }> {
  const match = matchExpression(input.text)
  if (match === null) return { items: [], nextCursor: null }
  const offset = input.cursor === null ? 0 : decodeCursor(input.cursor, searchPosition)
  const types = input.types.length > 0 ? SEARCH_TYPES.filter((type) => input.types.includes(type)) : SEARCH_TYPES
  const candidates = types.length === 1 ? CANDIDATES.oneType : CANDIDATES.eachOfSeveral
  const pages = []
  for (const type of types) pages.push({ type, ...(await bestOfType(db, match, type, input, offset, candidates)) })
  // Groups keep one order, so the coach knows where to look; relevance orders each group.
  const groups = pages.filter((page) => page.ranked.length > 0)
  const items: Found[] = []
  for (const { type, ranked } of groups) {
    for (const hit of await highlighted(db, match, type, ranked)) items.push({ type, ...recordOf(hit.rowid), hit })
  }
  const shownByType = new Map(
    await Promise.all(
      groups.map(async ({ type }) => {
        const ids = items.filter((item) => item.type === type).map((item) => item.id)
        return [type, await shownRecords(db, type, ids)] as const
      })
    )
  )
  const results = items.flatMap((item) => {
    const shown = shownByType.get(item.type)?.get(item.id)
    return shown ? [toResult(item, shown)] : []
  })
  const more = pages.some((page) => page.more)
  return { items: results, nextCursor: more ? encodeCursor(offset + input.limit) : null }
}
