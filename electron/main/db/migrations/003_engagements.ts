import type { Migration } from '../migrator'

const STATUSES = `('prospect', 'active', 'paused', 'completed', 'cancelled')`
const CADENCES = `('weekly', 'fortnightly', 'monthly', 'as_needed')`

export const migration003Engagements: Migration = {
  version: 3,
  name: 'engagements',
  up(sqlite) {
    sqlite.exec(`
      -- Kinds are rows, not an enum, so a coach can add their own ("Team coaching").
      -- The defaults only pre-fill a new engagement; each engagement keeps its own values.
      CREATE TABLE engagement_kinds (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) > 0),
        is_mentoring INTEGER NOT NULL CHECK (is_mentoring IN (0, 1)),
        built_in INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0, 1)),
        default_planned_sessions INTEGER CHECK (default_planned_sessions > 0),
        default_cadence TEXT NOT NULL CHECK (default_cadence IN ${CADENCES}),
        default_session_minutes INTEGER NOT NULL CHECK (default_session_minutes > 0)
      );
      CREATE UNIQUE INDEX engagement_kinds_name ON engagement_kinds (name COLLATE NOCASE);

      INSERT INTO engagement_kinds
        (name, is_mentoring, built_in, default_planned_sessions, default_cadence, default_session_minutes)
      VALUES
        ('Executive coaching', 0, 1, 8, 'fortnightly', 60),
        ('Leadership coaching', 0, 1, 8, 'fortnightly', 60),
        ('Career coaching', 0, 1, 6, 'fortnightly', 60),
        ('Professional coaching', 0, 1, 6, 'fortnightly', 60),
        ('Mentoring', 1, 1, NULL, 'as_needed', 60);

      CREATE TABLE engagements (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        kind_id INTEGER NOT NULL REFERENCES engagement_kinds (id) ON DELETE RESTRICT,
        title TEXT NOT NULL CHECK (length(title) > 0),
        -- A sponsor that is deleted leaves the engagement in place, unsponsored.
        sponsor_organisation_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
        sponsor_contact_id INTEGER REFERENCES organisation_contacts (id) ON DELETE SET NULL,
        start_date TEXT,
        planned_end_date TEXT,
        -- NULL: open-ended (mentoring).
        planned_sessions INTEGER CHECK (planned_sessions > 0),
        session_minutes INTEGER NOT NULL CHECK (session_minutes > 0),
        cadence TEXT NOT NULL CHECK (cadence IN ${CADENCES}),
        -- Money in the currency's minor unit (cents), with its ISO 4217 code.
        fee_amount_minor INTEGER CHECK (fee_amount_minor >= 0),
        fee_currency TEXT CHECK (length(fee_currency) = 3),
        fee_basis TEXT CHECK (fee_basis IN ('per_session', 'package')),
        cancellation_terms TEXT NOT NULL DEFAULT '',
        confidentiality_terms TEXT NOT NULL DEFAULT '',
        sponsor_reporting TEXT NOT NULL DEFAULT 'none' CHECK (sponsor_reporting IN ('none', 'progress', 'summary')),
        records_consent_on TEXT,
        disposal_on TEXT,
        -- The current status; its history is in engagement_status_changes.
        status TEXT NOT NULL CHECK (status IN ${STATUSES}),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        -- A fee is all three parts or none.
        CHECK ((fee_amount_minor IS NULL) = (fee_currency IS NULL) AND (fee_currency IS NULL) = (fee_basis IS NULL))
      );
      CREATE INDEX engagements_client ON engagements (client_id, start_date);
      CREATE INDEX engagements_kind ON engagements (kind_id);
      CREATE INDEX engagements_sponsor_organisation ON engagements (sponsor_organisation_id);
      CREATE INDEX engagements_sponsor_contact ON engagements (sponsor_contact_id);
      -- For the retention work to come: records due for disposal.
      CREATE INDEX engagements_disposal_on ON engagements (disposal_on) WHERE disposal_on IS NOT NULL;

      CREATE TABLE engagement_status_changes (
        id INTEGER PRIMARY KEY,
        engagement_id INTEGER NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN ${STATUSES}),
        -- The day it took effect, as the coach says; recorded_at is when it was entered.
        changed_on TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL
      );
      CREATE INDEX engagement_status_changes_engagement ON engagement_status_changes (engagement_id, id);
    `)
  }
}
