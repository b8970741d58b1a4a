import { registerSearchFunctions } from '../../search/functions'
import { installSearchIndex } from '../../search/schema'
import type { Migration } from '../migrator'

/**
 * Scale: the full-text index (search/schema.ts) and the keys and indexes that let the
 * long lists page from SQL instead of sorting everything in JS.
 */
export const migration010Search: Migration = {
  version: 10,
  name: 'search',
  up(sqlite) {
    // The triggers and the backfill below call them; openDatabase registers them too.
    registerSearchFunctions(sqlite)
    sqlite.exec(`
      -- The client list's order, as people read names (search/fold.ts nameSortKey), kept by
      -- triggers so every way of writing a client (the form, an import) keeps it right.
      ALTER TABLE clients ADD COLUMN name_sort TEXT NOT NULL DEFAULT '';
      UPDATE clients SET name_sort = coachbook_name_sort(name);
      CREATE TRIGGER clients_name_sort_insert AFTER INSERT ON clients BEGIN
        UPDATE clients SET name_sort = coachbook_name_sort(new.name) WHERE id = new.id;
      END;
      CREATE TRIGGER clients_name_sort_update AFTER UPDATE OF name ON clients BEGIN
        UPDATE clients SET name_sort = coachbook_name_sort(new.name) WHERE id = new.id;
      END;
      -- A page of the list walks one of these in order, and the filter as you type reads the
      -- folded text from it too, never the client's notes. Equal names are ordered by that
      -- text (organisation, email), then as entered. They replace the index on archived_at,
      -- which led SQLite to sort every active client for each page.
      DROP INDEX clients_archived_at;
      CREATE INDEX clients_active_by_name ON clients (name_sort, search_text) WHERE archived_at IS NULL;
      CREATE INDEX clients_archived_by_name ON clients (name_sort, search_text) WHERE archived_at IS NOT NULL;
      CREATE INDEX clients_by_name ON clients (name_sort, search_text);

      -- The accountability list in its order (due date, undated last, then as entered) without a sort step.
      CREATE INDEX actions_engagement_open_order ON actions (engagement_id, status, due_on IS NULL, due_on);

      -- Practice-wide counts (overdue actions, sessions this month, active engagements).
      CREATE INDEX actions_status_due ON actions (status, due_on);
      CREATE INDEX sessions_status_starts_at ON sessions (status, starts_at);
      CREATE INDEX engagements_status ON engagements (status);
    `)
    installSearchIndex(sqlite)
  }
}
