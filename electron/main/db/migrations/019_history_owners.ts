import type { Migration } from '../migrator'

/**
 * The change log entries that link a part to the record it belongs to (a measurement to
 * its goal, a tag to its client…), found by the owner's uid: a record's history lists the
 * parts it ever had, those deleted by themselves included, without reading the whole log.
 * Only these link columns are indexed, so every other change costs the log nothing more.
 * The list is the one the history reads (changes/history.ts PARTS), written out here as
 * it was when this migration landed: the history's query repeats it word for word, which
 * is how SQLite knows the index serves it.
 */
const OWNER_COLUMNS_AS_OF_019 = ['client_id', 'engagement_id', 'goal_id', 'session_id'] as const

export const migration019HistoryOwners: Migration = {
  version: 19,
  name: 'history owners',
  up(sqlite) {
    sqlite.exec(`
      CREATE INDEX change_log_owners ON change_log (value, column_name)
        WHERE column_name IN (${OWNER_COLUMNS_AS_OF_019.map((name) => `'${name}'`).join(', ')});
    `)
  }
}
