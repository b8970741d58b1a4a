import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { SearchType } from '../../shared/search'
import { columnsRead, indexTableOf, INDEXED_SOURCES, overRow, sourceOf, type IndexedSource } from './sources'

/**
 * The full-text index as migration 014 makes it: ordered, so that a search reads no more
 * of it than it shows.
 *
 * A search shows each type's matches by where the words are (all of them in the title
 * first, then the rest) and, within that, newest first (search/service.ts). FTS5 hands
 * out matches in row-number order and can stop after a page, so the row numbers carry
 * the order:
 *
 *     row number = day << DAY_SHIFT | place << 1 | private
 *
 * `day` is the record's day (its julian day number, 0 for records without one), `place`
 * counts the records of that type put on that day (the one put there last has the
 * highest), and the last bit says whether the row holds private text (a session has a
 * shareable row and a private one). Walking the rows from the highest number down is
 * newest first. Each type has:
 *
 * - `search_<type>`: a row per record part with its folded title and text (see
 *   sources.ts); client_id is indexed as a word of its own column, so a search of one
 *   client's records reads only theirs; on_date is kept for showing it.
 * - `search_<type>_title` (types with a title): the titles alone, so the matches in a
 *   title are found without walking past every match in the text. It keeps no copy of
 *   the text: it is only ever asked which rows match.
 * - `search_<type>_rows`: each record's first row number, since it cannot be computed
 *   back from the record once its day has changed.
 * - `search_<type>_terms`: FTS5's list of the words in the index (search/terms.ts).
 *
 * Triggers keep all of them in step with the records inside the writing transaction.
 */

/**
 * Bits of a row number below the day. Consecutive matches on different days differ by
 * about 2^20, which FTS5 stores in 3 bytes; each more bit would cost a byte sooner.
 * A type can hold 2^19 - 1 records on one day (or, for the types without days, in all).
 */
export const DAY_SHIFT = 20
const PLACES = 2 ** DAY_SHIFT

/**
 * The lengths of the words' starts that FTS5 keeps an index of: a search-as-you-type
 * answer for "co" or "coa" reads one list. Longer starts are completed from the
 * vocabulary (search/terms.ts).
 */
export const PREFIX_LENGTHS = [2, 3] as const

const TOKENIZER = `tokenize = "unicode61 remove_diacritics 2", prefix = '${PREFIX_LENGTHS.join(' ')}'`

/** The index's number for a day ('YYYY-MM-DD', as SQL), 0 for none: its julian day number. */
export function dayNumber(date: string): string {
  return `coalesce(CAST(julianday(${date}) AS INTEGER), 0)`
}

const JULIAN_DAY_AT_1970 = 2_440_587.5
const DAY_MS = 86_400_000

/** The row numbers of the records dated from `from` to `to` ('YYYY-MM-DD', either open), as dayNumber numbers them. */
export function rowsOfDays(from: string | null, to: string | null): { lowest: number; highest: number } {
  const day = (date: string) => Math.trunc(Date.parse(`${date}T00:00:00Z`) / DAY_MS + JULIAN_DAY_AT_1970)
  return {
    lowest: from === null ? 0 : day(from) * PLACES,
    highest: to === null ? Number.MAX_SAFE_INTEGER : (day(to) + 1) * PLACES - 1
  }
}

export function titleTableOf(type: SearchType): string {
  return `${indexTableOf(type)}_title`
}

export function rowMapOf(type: SearchType): string {
  return `${indexTableOf(type)}_rows`
}

export function termsTableOf(type: SearchType): string {
  return `${indexTableOf(type)}_terms`
}

/** Whether the type's records have a title (a name, a goal, an action…) to find first. */
export function hasTitle(type: SearchType): boolean {
  return sourceOf(type).parts.some((part) => part.title.length > 0)
}

/** Every FTS5 table of the index: each type's own, and its titles' where it has them. */
export function fullTextTables(): string[] {
  return INDEXED_SOURCES.flatMap(({ type }) => (hasTitle(type) ? [indexTableOf(type), titleTableOf(type)] : [indexTableOf(type)]))
}

/**
 * Creates a type's tables, empty. No copy of bm25's statistics is kept (columnsize=0):
 * nothing ranks by them. FTS5's secure-delete stays off (see migration 011): erasing a
 * client merges the index, which drops the erased words (privacy/scrub.ts).
 */
export function createTables(sqlite: Database, type: SearchType): void {
  const table = indexTableOf(type)
  sqlite.exec(`
    CREATE VIRTUAL TABLE ${table} USING fts5(client_id, on_date UNINDEXED, title, body, ${TOKENIZER}, columnsize = 0);
    CREATE TABLE ${rowMapOf(type)} (id INTEGER PRIMARY KEY, first_row INTEGER NOT NULL UNIQUE);
    CREATE VIRTUAL TABLE ${termsTableOf(type)} USING fts5vocab(${table}, instance);
  `)
  if (hasTitle(type)) {
    sqlite.exec(`CREATE VIRTUAL TABLE ${titleTableOf(type)} USING fts5(client_id, title, content = '', contentless_delete = 1, ${TOKENIZER});`)
  }
}

/** The indexed text of a title or a body: the values joined and folded (search/functions.ts), as SQL over the record `r`. */
export function searchText(expressions: string[]): string {
  return expressions.length === 0 ? "''" : `coachbook_search_text(${expressions.map((e) => overRow(e, 'r')).join(', ')})`
}

/** The record's day, as SQL over the record whose id is `id` (NULL once it is gone). */
function dayOfRecord(source: IndexedSource, id: string): string {
  return `(SELECT ${dayNumber(overRow(source.onDate, 'r'))} FROM ${source.table} AS r WHERE r.id = ${id})`
}

/**
 * Gives the record whose id is `id` its first row number, unless it has one on its day
 * already: the next place on that day. A record that moves to another day (a session
 * rescheduled) takes the next place there; one that is gone loses its number.
 */
function placeRecord(source: IndexedSource, id: string): string {
  const rows = rowMapOf(source.type)
  return `
    DELETE FROM ${rows} WHERE id = ${id} AND first_row >> ${DAY_SHIFT} IS NOT ${dayOfRecord(source, id)};
    INSERT INTO ${rows} (id, first_row)
      SELECT ${id}, coalesce((SELECT max(first_row) FROM ${rows} WHERE first_row BETWEEN first AND first + ${PLACES - 1}), first) + 2
      FROM (SELECT ${dayOfRecord(source, id)} << ${DAY_SHIFT} AS first)
      WHERE first IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${rows} WHERE id = ${id});
    SELECT RAISE(ABORT, 'The search index holds no more records of this kind on this day.')
      FROM ${rows} WHERE id = ${id} AND first_row % ${PLACES} = 0;`
}

/** The record's rows, as a range of row numbers (empty when it has none). */
function rowsOfRecord(source: IndexedSource, id: string): string {
  const first = `(SELECT first_row FROM ${rowMapOf(source.type)} WHERE id = ${id})`
  return `rowid BETWEEN ${first} AND ${first} + 1`
}

function deleteRows(source: IndexedSource, id: string): string {
  const title = hasTitle(source.type) ? `DELETE FROM ${titleTableOf(source.type)} WHERE ${rowsOfRecord(source, id)};` : ''
  return `DELETE FROM ${indexTableOf(source.type)} WHERE ${rowsOfRecord(source, id)}; ${title}`
}

/** Inserts the rows of the record whose id is `id`, at its place, and its titles beside them. */
function insertRows(source: IndexedSource, id: string): string {
  const table = indexTableOf(source.type)
  const parts = source.parts.map(
    (part) => `
      INSERT INTO ${table} (rowid, client_id, on_date, title, body)
      SELECT * FROM (
        SELECT m.first_row + ${overRow(part.private, 'r')} AS rowid,
          ${overRow(source.clientId, 'r')} AS client_id,
          ${overRow(source.onDate, 'r')} AS on_date,
          ${searchText(part.title)} AS title,
          ${searchText(part.body)} AS body
        FROM ${source.table} AS r JOIN ${rowMapOf(source.type)} AS m ON m.id = r.id
        WHERE r.id = ${id}
      ) WHERE title <> '' OR body <> '';`
  )
  const titles = hasTitle(source.type)
    ? `INSERT INTO ${titleTableOf(source.type)} (rowid, client_id, title)
        SELECT rowid, client_id, title FROM ${table} WHERE ${rowsOfRecord(source, id)} AND title <> '';`
    : ''
  return [...parts, titles].join('\n')
}

function rewrite(source: IndexedSource, id: string): string {
  return `${deleteRows(source, id)} ${placeRecord(source, id)} ${insertRows(source, id)}`
}

function forgetRecord(source: IndexedSource, id: string): string {
  return `${deleteRows(source, id)} DELETE FROM ${rowMapOf(source.type)} WHERE id = ${id};`
}

/** The triggers that keep a type's tables in step with its records and the tables their text comes from. */
export function triggersOf(source: IndexedSource): string {
  const name = `search_${source.table}`
  const statements = [
    `CREATE TRIGGER ${name}_insert AFTER INSERT ON ${source.table} BEGIN ${placeRecord(source, 'new.id')} ${insertRows(source, 'new.id')} END;`,
    // Placing old.id again moves the record to its new day, or forgets it if its id changed.
    `CREATE TRIGGER ${name}_update AFTER UPDATE OF ${columnsRead(source).join(', ')} ON ${source.table} BEGIN
      ${deleteRows(source, 'old.id')} ${placeRecord(source, 'old.id')} ${placeRecord(source, 'new.id')} ${insertRows(source, 'new.id')} END;`,
    // Also fired by foreign-key cascades, so erasing a client empties the index of them.
    `CREATE TRIGGER ${name}_delete AFTER DELETE ON ${source.table} BEGIN ${forgetRecord(source, 'old.id')} END;`
  ]
  for (const child of source.children ?? []) {
    const childName = `search_${child.table}`
    statements.push(
      `CREATE TRIGGER ${childName}_insert AFTER INSERT ON ${child.table} BEGIN ${rewrite(source, `new.${child.key}`)} END;`,
      `CREATE TRIGGER ${childName}_update AFTER UPDATE ON ${child.table} BEGIN
        ${rewrite(source, `old.${child.key}`)} ${rewrite(source, `new.${child.key}`)} END;`,
      `CREATE TRIGGER ${childName}_delete AFTER DELETE ON ${child.table} BEGIN ${rewrite(source, `old.${child.key}`)} END;`
    )
  }
  return statements.join('\n')
}

/**
 * Merges each table's segments into one, as FTS5 does over time: for a practice written
 * in one go, and after an erasure, as merging drops the deleted records' words.
 */
export function optimizeSearchIndex(sqlite: Database): void {
  for (const table of fullTextTables()) sqlite.exec(`INSERT INTO ${table}(${table}) VALUES ('optimize')`)
}

/** How many rows of the index, in any of its tables, match an FTS5 query: to prove words are gone. */
export function indexRowsMatching(sqlite: Database, query: string): number {
  return fullTextTables().reduce(
    (sum, table) => sum + (sqlite.prepare(`SELECT count(*) FROM ${table} WHERE ${table} MATCH ?`).pluck().get(query) as number),
    0
  )
}
