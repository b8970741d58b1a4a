import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { SearchType } from '../../../shared/search'
import { INDEXED_SOURCES, indexTableOf } from '../../search/sources'
import { createTables, DAY_SHIFT, dayNumber, hasTitle, optimizeSearchIndex, rowMapOf, titleTableOf, triggersOf } from '../../search/layout'
import type { Migration } from '../migrator'

/** Records of one type a day can hold (search/tables.ts): a place is numbered 1 to this. */
const PLACES_IN_A_DAY = 2 ** (DAY_SHIFT - 1) - 1

/**
 * Numbers each record's place on its day, in the order the records were written (their
 * ids), from the rows of migration 010's table, whose numbers were id × 2 + private.
 */
function placeRecords(sqlite: Database, type: SearchType, before: string): void {
  sqlite.exec(`
    INSERT INTO ${rowMapOf(type)} (id, first_row)
      SELECT id, (day << ${DAY_SHIFT}) + 2 * row_number() OVER (PARTITION BY day ORDER BY id)
      FROM (SELECT row >> 1 AS id, ${dayNumber('max(on_date)')} AS day FROM ${before} GROUP BY row >> 1)`)
  const crowded = sqlite
    .prepare(`SELECT count(*) AS records FROM ${rowMapOf(type)} GROUP BY first_row >> ${DAY_SHIFT} ORDER BY records DESC LIMIT 1`)
    .pluck()
    .get() as number | undefined
  if ((crowded ?? 0) > PLACES_IN_A_DAY) {
    throw new Error(`More than ${PLACES_IN_A_DAY} records of one kind (${type}) on one day: the search index cannot order them.`)
  }
}

/**
 * Moves one type's index to the ordered layout: the text is copied as it was indexed (no
 * record is read or folded again), each row renumbered by its record's place. The old
 * table goes before the new one is written, so the update reuses its space and needs
 * little more room on the disk than the index already takes.
 */
function reorder(sqlite: Database, type: SearchType): void {
  const table = indexTableOf(type)
  const before = `temp.${table}_before_014`
  sqlite.exec(`
    CREATE TABLE ${before} AS SELECT rowid AS row, client_id, on_date, title, body FROM ${table};
    DROP TABLE ${table};`)
  createTables(sqlite, type)
  placeRecords(sqlite, type, before)
  sqlite.exec(`
    INSERT INTO ${table} (rowid, client_id, on_date, title, body)
      SELECT m.first_row + (b.row & 1), b.client_id, b.on_date, b.title, b.body
      FROM ${before} AS b JOIN ${rowMapOf(type)} AS m ON m.id = b.row >> 1
      ORDER BY 1;
    DROP TABLE ${before};`)
  if (hasTitle(type)) {
    sqlite.exec(`INSERT INTO ${titleTableOf(type)} (rowid, client_id, title) SELECT rowid, client_id, title FROM ${table} WHERE title <> ''`)
  }
}

/**
 * Search shows each type's matches with the ones whose title holds every word first, then
 * newest first, and reads no more of the index than it shows (search/service.ts): the
 * index is renumbered in date order, with a table of titles, a record → row map and a
 * list of its words beside each type's (search/tables.ts). It replaces bm25 relevance
 * among each type's newest matches, whose cost grew with how common the words were.
 * The old triggers are found in the schema rather than listed, so none is left behind.
 */
export const migration014SearchNewestFirst: Migration = {
  version: 14,
  name: 'search newest first',
  up(sqlite) {
    const triggers = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search\\_%' ESCAPE '\\' ORDER BY name")
      .pluck()
      .all() as string[]
    for (const trigger of triggers) sqlite.exec(`DROP TRIGGER "${trigger}"`)
    for (const { type } of INDEXED_SOURCES) reorder(sqlite, type)
    for (const source of INDEXED_SOURCES) sqlite.exec(triggersOf(source))
    // Each table written in one go is merged into one segment, as a search reads it fastest.
    optimizeSearchIndex(sqlite)
  }
}
