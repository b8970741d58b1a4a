import type { Migration } from '../migrator'

export const migration004Assessment: Migration = {
  version: 4,
  name: 'assessment',
  up(sqlite) {
    sqlite.exec(`
      -- Every note, interview and result is private to the coach (shareable = 0) until marked otherwise.
      CREATE TABLE intake_notes (
        id INTEGER PRIMARY KEY,
        engagement_id INTEGER NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        noted_on TEXT NOT NULL,
        what_brought TEXT NOT NULL DEFAULT '',
        context TEXT NOT NULL DEFAULT '',
        hopes TEXT NOT NULL DEFAULT '',
        shareable INTEGER NOT NULL DEFAULT 0 CHECK (shareable IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX intake_notes_engagement ON intake_notes (engagement_id, noted_on);

      CREATE TABLE stakeholder_interviews (
        id INTEGER PRIMARY KEY,
        engagement_id INTEGER NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        stakeholder_name TEXT NOT NULL CHECK (length(stakeholder_name) > 0),
        relationship TEXT,
        interviewed_on TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '',
        shareable INTEGER NOT NULL DEFAULT 0 CHECK (shareable IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX stakeholder_interviews_engagement ON stakeholder_interviews (engagement_id, interviewed_on);

      CREATE TABLE assessment_results (
        id INTEGER PRIMARY KEY,
        engagement_id INTEGER NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        instrument TEXT NOT NULL
          CHECK (instrument IN ('360_feedback', 'disc', 'mbti', 'strengthsfinder', 'eq_i', 'values', 'other')),
        instrument_name TEXT,
        taken_on TEXT NOT NULL,
        interpretation TEXT NOT NULL DEFAULT '',
        shareable INTEGER NOT NULL DEFAULT 0 CHECK (shareable IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX assessment_results_engagement ON assessment_results (engagement_id, taken_on);

      -- The score table: competency × rater group → a number. position keeps the order typed.
      CREATE TABLE assessment_scores (
        result_id INTEGER NOT NULL REFERENCES assessment_results (id) ON DELETE CASCADE,
        competency TEXT NOT NULL CHECK (length(competency) > 0),
        rater_group TEXT NOT NULL CHECK (rater_group IN ('self', 'manager', 'peers', 'direct_reports', 'others')),
        score REAL NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (result_id, competency, rater_group)
      ) WITHOUT ROWID;

      CREATE TABLE growth_areas (
        id INTEGER PRIMARY KEY,
        engagement_id INTEGER NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        title TEXT NOT NULL CHECK (length(title) > 0),
        description TEXT NOT NULL DEFAULT '',
        agreed_with_client INTEGER NOT NULL DEFAULT 0 CHECK (agreed_with_client IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX growth_areas_engagement ON growth_areas (engagement_id);

      -- Each row links a growth area to exactly one piece of evidence; deleting either removes the link.
      CREATE TABLE growth_area_evidence (
        id INTEGER PRIMARY KEY,
        growth_area_id INTEGER NOT NULL REFERENCES growth_areas (id) ON DELETE CASCADE,
        intake_note_id INTEGER REFERENCES intake_notes (id) ON DELETE CASCADE,
        interview_id INTEGER REFERENCES stakeholder_interviews (id) ON DELETE CASCADE,
        result_id INTEGER REFERENCES assessment_results (id) ON DELETE CASCADE,
        CHECK ((intake_note_id IS NOT NULL) + (interview_id IS NOT NULL) + (result_id IS NOT NULL) = 1)
      );
      CREATE INDEX growth_area_evidence_growth_area ON growth_area_evidence (growth_area_id);
      CREATE INDEX growth_area_evidence_intake_note ON growth_area_evidence (intake_note_id);
      CREATE INDEX growth_area_evidence_interview ON growth_area_evidence (interview_id);
      CREATE INDEX growth_area_evidence_result ON growth_area_evidence (result_id);
    `)
  }
}
