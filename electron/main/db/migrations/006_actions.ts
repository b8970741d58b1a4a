import type { Migration } from '../migrator'

export const migration006Actions: Migration = {
  version: 6,
  name: 'actions',
  up(sqlite) {
    sqlite.exec(`
      -- An action belongs to its engagement, and to one of its goals or to none (mentoring
      -- commitments often serve no goal). The pair (goal_id, engagement_id) must name a real
      -- goal of that engagement; the check is skipped when goal_id is NULL.
      CREATE TABLE actions (
        id INTEGER PRIMARY KEY,
        engagement_id INTEGER NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        goal_id INTEGER,
        description TEXT NOT NULL CHECK (length(description) > 0),
        owner TEXT NOT NULL CHECK (owner IN ('client', 'coach', 'sponsor')),
        due_on TEXT,
        resources TEXT NOT NULL DEFAULT '',
        obstacles TEXT NOT NULL DEFAULT '',
        overcome TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
        done_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        FOREIGN KEY (goal_id, engagement_id) REFERENCES goals (id, engagement_id) ON DELETE CASCADE,
        CHECK ((status = 'done') = (done_on IS NOT NULL))
      );
      -- The accountability list: an engagement's open actions by due date.
      CREATE INDEX actions_engagement_status ON actions (engagement_id, status, due_on);
      CREATE INDEX actions_goal ON actions (goal_id, engagement_id);

      CREATE TABLE milestones (
        id INTEGER PRIMARY KEY,
        goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
        title TEXT NOT NULL CHECK (length(title) > 0),
        due_on TEXT NOT NULL,
        reached INTEGER NOT NULL DEFAULT 0 CHECK (reached IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX milestones_goal ON milestones (goal_id, due_on);
    `)
  }
}
