import type { Migration } from '../migrator'

export const migration007Sessions: Migration = {
  version: 7,
  name: 'sessions',
  up(sqlite) {
    sqlite.exec(`
      CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        engagement_id INTEGER NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        -- UTC ISO date-time, so sorting the text sorts the moments.
        starts_at TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
        format TEXT NOT NULL CHECK (format IN ('in_person', 'video', 'phone')),
        billing TEXT NOT NULL CHECK (billing IN ('paid', 'pro_bono')),
        -- Cancelled and no-show sessions are kept with that status (coaching log, invoicing).
        status TEXT NOT NULL CHECK (status IN ('scheduled', 'held', 'cancelled', 'no_show')),
        agenda TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        notes_shareable INTEGER NOT NULL DEFAULT 0 CHECK (notes_shareable IN (0, 1)),
        -- Always private to the coach.
        private_observations TEXT NOT NULL DEFAULT '',
        next_focus TEXT NOT NULL DEFAULT '',
        topics_discussed TEXT NOT NULL DEFAULT '',
        advice_given TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX sessions_engagement_starts_at ON sessions (engagement_id, starts_at);

      CREATE TABLE session_introductions (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        introduced_to TEXT NOT NULL CHECK (length(introduced_to) > 0),
        reason TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX session_introductions_session ON session_introductions (session_id, position);

      -- Actions agreed in a session (commitments) and progress ratings taken in it point back
      -- to it. Deleting the session keeps them, unlinked. Added here because sessions come
      -- after goals and actions in the schema's history.
      ALTER TABLE actions ADD COLUMN session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL;
      CREATE INDEX actions_session ON actions (session_id);
      ALTER TABLE goal_measurements ADD COLUMN session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL;
      CREATE INDEX goal_measurements_session ON goal_measurements (session_id);
    `)
  }
}
