import type { Migration } from '../migrator'

export const migration005Goals: Migration = {
  version: 5,
  name: 'goals',
  up(sqlite) {
    sqlite.exec(`
      CREATE TABLE goals (
        id INTEGER PRIMARY KEY,
        engagement_id INTEGER NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        statement TEXT NOT NULL CHECK (length(statement) > 0),
        why_it_matters TEXT NOT NULL DEFAULT '',
        success_indicator TEXT NOT NULL DEFAULT '',
        observable_behaviours TEXT NOT NULL DEFAULT '',
        -- 'rating': baseline, target and measurements are whole numbers 0–10; 'number': any number in unit.
        measure TEXT NOT NULL CHECK (measure IN ('number', 'rating')),
        unit TEXT,
        baseline REAL,
        target REAL,
        deadline TEXT,
        priority TEXT NOT NULL CHECK (priority IN ('high', 'medium', 'low')),
        growth_area_id INTEGER REFERENCES growth_areas (id) ON DELETE SET NULL,
        status TEXT NOT NULL CHECK (status IN ('not_started', 'on_track', 'at_risk', 'achieved', 'dropped')),
        confidence INTEGER CHECK (confidence BETWEEN 0 AND 10),
        sort_order INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        -- Lets an action name its goal and engagement together, so they cannot disagree.
        UNIQUE (id, engagement_id)
      );
      CREATE INDEX goals_engagement ON goals (engagement_id, sort_order);
      CREATE INDEX goals_growth_area ON goals (growth_area_id);

      CREATE TABLE goal_measurements (
        id INTEGER PRIMARY KEY,
        goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
        measured_on TEXT NOT NULL,
        value REAL NOT NULL,
        comment TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      );
      CREATE INDEX goal_measurements_goal ON goal_measurements (goal_id, measured_on);
    `)
  }
}
