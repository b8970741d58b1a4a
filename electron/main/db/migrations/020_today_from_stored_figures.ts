import type { Migration } from '../migrator'

const UNDER_WAY = "('active', 'paused')"

/** An engagement's held sessions counted again from the index on (engagement, status, start). */
const recount = (engagement: string) => `
  UPDATE engagements SET (held_sessions, last_held_at) =
    (SELECT count(*), max(starts_at) FROM sessions WHERE engagement_id = engagements.id AND status = 'held')
  WHERE id = ${engagement};`

/**
 * Today reads what it shows, not the practice: every section is one range of an index
 * holding only what it could list, read in the order it lists, so a practice four times
 * larger (with as many more engagements finished) costs Today no more.
 * - Each engagement keeps how many sessions it has held and when it last held one
 *   (kept by triggers on sessions): engagements nearing their last planned session and
 *   clients not seen for weeks come from indexes on those figures.
 * - Actions and goals know whether their engagement is under way (kept by triggers on
 *   the engagement's status): open actions by due day and goals at risk by deadline come
 *   from partial indexes of those of engagements under way — a finished engagement's
 *   open actions, however many, are not walked past.
 * The figures are derived, so the change log does not record them (each computer keeps
 * its own from the records it has), and nothing exports them.
 */
export const migration020TodayFromStoredFigures: Migration = {
  version: 20,
  name: 'today from stored figures',
  up(sqlite) {
    sqlite.exec(`
      ALTER TABLE engagements ADD COLUMN held_sessions INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE engagements ADD COLUMN last_held_at TEXT;
      UPDATE engagements SET (held_sessions, last_held_at) =
        (SELECT count(*), max(starts_at) FROM sessions WHERE engagement_id = engagements.id AND status = 'held');
      CREATE TRIGGER engagement_figures_session_insert AFTER INSERT ON sessions WHEN NEW.status = 'held' BEGIN
        ${recount('NEW.engagement_id')}
      END;
      CREATE TRIGGER engagement_figures_session_delete AFTER DELETE ON sessions WHEN OLD.status = 'held' BEGIN
        ${recount('OLD.engagement_id')}
      END;
      CREATE TRIGGER engagement_figures_session_update AFTER UPDATE OF status, starts_at, engagement_id ON sessions
        WHEN OLD.status = 'held' OR NEW.status = 'held' BEGIN
        ${recount('OLD.engagement_id')}
        ${recount('NEW.engagement_id')}
      END;
      CREATE INDEX engagements_ending ON engagements (status, planned_end_date);
      CREATE INDEX engagements_sessions_left ON engagements (status, planned_sessions - held_sessions) WHERE planned_sessions IS NOT NULL;
      CREATE INDEX engagements_last_held ON engagements (status, last_held_at, client_id);

      ALTER TABLE actions ADD COLUMN under_way INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE goals ADD COLUMN under_way INTEGER NOT NULL DEFAULT 0;
      UPDATE actions SET under_way = 1 WHERE engagement_id IN (SELECT id FROM engagements WHERE status IN ${UNDER_WAY});
      UPDATE goals SET under_way = 1 WHERE engagement_id IN (SELECT id FROM engagements WHERE status IN ${UNDER_WAY});
      CREATE TRIGGER under_way_action_insert AFTER INSERT ON actions BEGIN
        UPDATE actions SET under_way = (SELECT status IN ${UNDER_WAY} FROM engagements WHERE id = NEW.engagement_id) WHERE id = NEW.id;
      END;
      CREATE TRIGGER under_way_goal_insert AFTER INSERT ON goals BEGIN
        UPDATE goals SET under_way = (SELECT status IN ${UNDER_WAY} FROM engagements WHERE id = NEW.engagement_id) WHERE id = NEW.id;
      END;
      CREATE TRIGGER under_way_engagement_status AFTER UPDATE OF status ON engagements
        WHEN (OLD.status IN ${UNDER_WAY}) <> (NEW.status IN ${UNDER_WAY}) BEGIN
        UPDATE actions SET under_way = NEW.status IN ${UNDER_WAY} WHERE engagement_id = NEW.id;
        UPDATE goals SET under_way = NEW.status IN ${UNDER_WAY} WHERE engagement_id = NEW.id;
      END;
      CREATE INDEX actions_open_under_way ON actions (status, under_way, due_on) WHERE status = 'open' AND under_way = 1;
      CREATE INDEX goals_at_risk_under_way ON goals (status, under_way, deadline IS NULL, deadline) WHERE status = 'at_risk' AND under_way = 1;
    `)
  }
}
