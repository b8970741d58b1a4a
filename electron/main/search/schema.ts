import type { Database } from 'better-sqlite3-multiple-ciphers'
import { columnsRead, indexTableOf, INDEXED_SOURCES, overRow, type IndexedSource } from './sources'
import { searchText } from './layout'

/*
 * The full-text index as migration 010 made it, kept as it was for that migration alone:
 * migration 014 replaces it with the ordered index of search/tables.ts.
 */

/**
 * Rows are numbered from the record: id × 2 + private (a session has a shareable row
 * and a private one), so the private bit needs no stored column and a record's rows
 * are found without a lookup when it changes or goes.
 */
function firstRowOf(id: string): string {
  return `${id} * 2`
}

/**
 * A type's full-text table: one row per record part (see sources.ts), holding folded
 * text. client_id and on_date are kept for filtering and are not searched. unicode61
 * with remove_diacritics 2 folds what the text's own folding left (the text is folded
 * in JS first, because unicode61 leaves ł, ø, ß, Greek accents and ё as they are).
 * Prefix indexes of 2 and 3 characters keep a search-as-you-type answer quick.
 */
function createTable(sqlite: Database, table: string): void {
  sqlite.exec(`
    CREATE VIRTUAL TABLE ${table} USING fts5(
      client_id UNINDEXED,
      on_date UNINDEXED,
      title,
      body,
      tokenize = "unicode61 remove_diacritics 2",
      prefix = '2 3'
    );
    -- A deleted record's words are removed from the index itself, not only hidden.
    -- (Turned off again by migration 011, which says why: erasure purges them instead.)
    INSERT INTO ${table}(${table}, rank) VALUES ('secure-delete', 1);
    -- Relevance: a match in a title (a name, a goal, an action) counts twice a match in the text.
    INSERT INTO ${table}(${table}, rank) VALUES ('rank', 'bm25(0, 0, 2, 1)');
  `)
}

/** Inserts the index rows of the source's records: all of them, or the one whose id is `id`. */
function insertRows(source: IndexedSource, id?: string): string {
  return source.parts
    .map(
      (part) => `
      INSERT INTO ${indexTableOf(source.type)} (rowid, client_id, on_date, title, body)
      SELECT * FROM (
        SELECT ${firstRowOf('r.id')} + ${overRow(part.private, 'r')} AS rowid,
          ${overRow(source.clientId, 'r')} AS client_id,
          ${overRow(source.onDate, 'r')} AS on_date,
          ${searchText(part.title)} AS title,
          ${searchText(part.body)} AS body
        FROM ${source.table} AS r${id === undefined ? '' : ` WHERE r.id = ${id}`}
      ) WHERE title <> '' OR body <> '';`
    )
    .join('\n')
}

/** Deletes the index rows (private and shareable) of the record whose id is `id`. */
function deleteRows(source: IndexedSource, id: string): string {
  const first = firstRowOf(id)
  return `DELETE FROM ${indexTableOf(source.type)} WHERE rowid BETWEEN ${first} AND ${first} + 1;`
}

function triggersFor(source: IndexedSource): string {
  const name = `search_${source.table}`
  const statements = [
    `CREATE TRIGGER ${name}_insert AFTER INSERT ON ${source.table} BEGIN ${insertRows(source, 'new.id')} END;`,
    `CREATE TRIGGER ${name}_update AFTER UPDATE OF ${columnsRead(source).join(', ')} ON ${source.table} BEGIN
      ${deleteRows(source, 'old.id')} ${insertRows(source, 'new.id')} END;`,
    // Also fired by foreign-key cascades, so erasing a client empties the index of them.
    `CREATE TRIGGER ${name}_delete AFTER DELETE ON ${source.table} BEGIN ${deleteRows(source, 'old.id')} END;`
  ]
  for (const child of source.children ?? []) {
    const childName = `search_${child.table}`
    const rewrite = (id: string) => `${deleteRows(source, id)} ${insertRows(source, id)}`
    statements.push(
      `CREATE TRIGGER ${childName}_insert AFTER INSERT ON ${child.table} BEGIN ${rewrite(`new.${child.key}`)} END;`,
      `CREATE TRIGGER ${childName}_update AFTER UPDATE ON ${child.table} BEGIN
        ${rewrite(`old.${child.key}`)} ${rewrite(`new.${child.key}`)} END;`,
      `CREATE TRIGGER ${childName}_delete AFTER DELETE ON ${child.table} BEGIN ${rewrite(`old.${child.key}`)} END;`
    )
  }
  return statements.join('\n')
}

/**
 * Creates the index, the triggers that keep it in step with every indexed table inside
 * the writing transaction, and fills it from the records already there. Needs the
 * search functions registered on the connection (search/functions.ts).
 */
export function installSearchIndex(sqlite: Database): void {
  for (const source of INDEXED_SOURCES) {
    createTable(sqlite, indexTableOf(source.type))
    sqlite.exec(triggersFor(source))
    sqlite.exec(insertRows(source))
  }
}
