import { installChangeLogTriggers, type LoggedTable } from '../../changes'
import type { Migration } from '../migrator'
import { LOGGED_AS_OF_015 } from './015_logged_as_of'

/** The tables the log records as they stand at schema 17, kept so later columns cannot change what this migration builds. */
export const LOGGED_AS_OF_017: readonly LoggedTable[] = [
  ...LOGGED_AS_OF_015,
  { name: 'engagement_tags', columns: ['engagement_id', 'tag'] },
  { name: 'saved_filters', columns: ['name', 'list', 'filter', 'created_at', 'updated_at'] }
]

/**
 * Engagements get tags from the practice's one vocabulary (client_tags holds clients'),
 * and the coach can save a filter of the client or engagement list. The lists filter in
 * SQL: by tag through each tag table's index on the tag, and by the time since the last
 * held session through a partial index that gives an engagement's last one at once.
 */
export const migration017TagsAndFilters: Migration = {
  version: 17,
  name: 'tags and saved filters',
  up(sqlite) {
    sqlite.exec(`
      CREATE TABLE engagement_tags (
        engagement_id INTEGER NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        uid TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (engagement_id, tag)
      ) WITHOUT ROWID;
      CREATE INDEX engagement_tags_tag ON engagement_tags (tag, engagement_id);
      CREATE UNIQUE INDEX engagement_tags_uid ON engagement_tags (uid);

      CREATE TABLE saved_filters (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL,
        list TEXT NOT NULL CHECK (list IN ('clients', 'engagements')),
        filter TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX saved_filters_uid ON saved_filters (uid);
      CREATE UNIQUE INDEX saved_filters_name ON saved_filters (name COLLATE NOCASE);

      CREATE INDEX sessions_held_by_engagement ON sessions (engagement_id, starts_at) WHERE status = 'held';
    `)
    installChangeLogTriggers(sqlite, LOGGED_AS_OF_017)
  }
}
