import { installChangeLogTriggers, type LoggedTable } from '../../changes'
import type { Migration } from '../migrator'
import { LOGGED_AS_OF_017 } from './017_tags_and_filters'

/** The tables the log records as they stand at schema 18, kept so later columns cannot change what this migration builds. */
export const LOGGED_AS_OF_018: readonly LoggedTable[] = [
  ...LOGGED_AS_OF_017,
  { name: 'coaching_log_clients', columns: ['client_id', 'named', 'opening_paid_minutes', 'opening_pro_bono_minutes', 'updated_at'] },
  { name: 'coaching_log_engagements', columns: ['engagement_id', 'included'] },
  { name: 'coaching_groups', columns: ['name', 'contact_name', 'contact_email', 'size', 'created_at', 'updated_at'] },
  { name: 'coaching_group_sessions', columns: ['group_id', 'starts_at', 'duration_minutes', 'billing', 'status', 'created_at'] }
]

/**
 * The ICF coaching log: per client, whether they consent to be named and their hours before
 * Coachbook; the mentoring engagements the coach includes; coaching groups and their
 * sessions. The change log records the new tables from the start.
 */
export const migration018CoachingLog: Migration = {
  version: 18,
  name: 'coaching log',
  up(sqlite) {
    sqlite.exec(`
      CREATE TABLE coaching_log_clients (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL DEFAULT '',
        client_id INTEGER NOT NULL UNIQUE REFERENCES clients (id) ON DELETE CASCADE,
        named INTEGER NOT NULL DEFAULT 1 CHECK (named IN (0, 1)),
        opening_paid_minutes INTEGER NOT NULL DEFAULT 0 CHECK (opening_paid_minutes >= 0),
        opening_pro_bono_minutes INTEGER NOT NULL DEFAULT 0 CHECK (opening_pro_bono_minutes >= 0),
        updated_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX coaching_log_clients_uid ON coaching_log_clients (uid);

      CREATE TABLE coaching_log_engagements (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL DEFAULT '',
        engagement_id INTEGER NOT NULL UNIQUE REFERENCES engagements (id) ON DELETE CASCADE,
        included INTEGER NOT NULL DEFAULT 0 CHECK (included IN (0, 1))
      );
      CREATE UNIQUE INDEX coaching_log_engagements_uid ON coaching_log_engagements (uid);

      CREATE TABLE coaching_groups (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL CHECK (length(name) > 0),
        contact_name TEXT NOT NULL CHECK (length(contact_name) > 0),
        contact_email TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 2),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX coaching_groups_uid ON coaching_groups (uid);

      CREATE TABLE coaching_group_sessions (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL DEFAULT '',
        group_id INTEGER NOT NULL REFERENCES coaching_groups (id) ON DELETE CASCADE,
        -- UTC ISO date-time, so sorting the text sorts the moments.
        starts_at TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
        billing TEXT NOT NULL CHECK (billing IN ('paid', 'pro_bono')),
        status TEXT NOT NULL CHECK (status IN ('scheduled', 'held', 'cancelled', 'no_show')),
        created_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX coaching_group_sessions_uid ON coaching_group_sessions (uid);
      CREATE INDEX coaching_group_sessions_group ON coaching_group_sessions (group_id, starts_at);
    `)
    installChangeLogTriggers(sqlite, LOGGED_AS_OF_018)
  }
}
