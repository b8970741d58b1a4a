import type { Migration } from '../migrator'

/**
 * The full-text index without FTS5's secure-delete, rebuilt from its text. With
 * secure-delete, this SQLite (3.53) leaves an index out of step with its text when a
 * long record, rewritten in one transaction, is deleted in a later one: search still
 * finds the deleted record, and SQLite's full check, which every restore runs on the
 * backup, fails, so such a practice's backups could not be restored. Deleted words are
 * now purged when a client or engagement is erased (privacy/scrub.ts merges the index).
 * The tables are found in the schema rather than listed, so this step stays the same
 * whatever later versions index.
 */
export const migration011SearchIndexInStep: Migration = {
  version: 11,
  name: 'search index in step',
  up(sqlite) {
    const tables = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE % USING fts5(%' ORDER BY name")
      .pluck()
      .all() as string[]
    for (const table of tables) {
      sqlite.exec(`
        INSERT INTO "${table}"("${table}", rank) VALUES ('secure-delete', 0);
        INSERT INTO "${table}"("${table}") VALUES ('rebuild');`)
    }
  }
}
