import type { Migration } from '../migrator'

export const migration008Reviews: Migration = {
  version: 8,
  name: 'reviews',
  up(sqlite) {
    sqlite.exec(`
      CREATE TABLE reviews (
        id INTEGER PRIMARY KEY,
        engagement_id INTEGER NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('midpoint', 'final')),
        held_on TEXT NOT NULL,
        key_learnings TEXT NOT NULL DEFAULT '',
        sustain_plan TEXT NOT NULL DEFAULT '',
        client_feedback TEXT NOT NULL DEFAULT '',
        client_feedback_shareable INTEGER NOT NULL DEFAULT 0 CHECK (client_feedback_shareable IN (0, 1)),
        client_rating INTEGER CHECK (client_rating BETWEEN 1 AND 10),
        follow_up_on TEXT,
        completed_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX reviews_engagement ON reviews (engagement_id, held_on);
      -- An engagement closes once.
      CREATE UNIQUE INDEX reviews_one_final ON reviews (engagement_id) WHERE kind = 'final';

      CREATE TABLE review_outcomes (
        review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
        goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
        value REAL,
        achieved TEXT CHECK (achieved IN ('yes', 'partly', 'no')),
        PRIMARY KEY (review_id, goal_id)
      ) WITHOUT ROWID;
      CREATE INDEX review_outcomes_goal ON review_outcomes (goal_id);
    `)
  }
}
