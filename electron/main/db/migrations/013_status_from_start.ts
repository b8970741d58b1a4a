import { dayOf } from '../../../shared/dates'
import type { Migration } from '../migrator'

interface FirstChange {
  engagementId: number
  id: number
  status: string
  changedOn: string
  recordedAt: string
  startDate: string | null
}

/**
 * Until now an engagement made active was stamped active on the day it was entered: the
 * contract form never sent a day. One entered after it began could then not be paused,
 * reviewed or closed on any earlier day. Its first status is now its start date
 * (engagements/status.ts); this dates the ones stamped that way on their start date.
 * A first change dated on purpose (any day but the day it was recorded) is left as the
 * coach gave it, and so is one stamped before a start date still to come. An engagement
 * that became active without a start date gets the day it became active as its start date.
 */
export const migration013StatusFromStart: Migration = {
  version: 13,
  name: 'status from start date',
  up(sqlite) {
    const firsts = sqlite
      .prepare(
        `SELECT c.engagement_id AS engagementId, c.id, c.status, c.changed_on AS changedOn, c.recorded_at AS recordedAt,
                e.start_date AS startDate
           FROM engagement_status_changes c JOIN engagements e ON e.id = c.engagement_id
          WHERE c.id = (SELECT f.id FROM engagement_status_changes f WHERE f.engagement_id = c.engagement_id
                         ORDER BY f.changed_on, f.id LIMIT 1)`
      )
      .all() as FirstChange[]
    const moveChange = sqlite.prepare('UPDATE engagement_status_changes SET changed_on = ? WHERE id = ?')
    for (const first of firsts) {
      const stampedOnEntry = first.status === 'active' && first.changedOn === dayOf(first.recordedAt)
      // Only ever earlier: the history after it stays in order.
      if (stampedOnEntry && first.startDate !== null && first.startDate < first.changedOn) moveChange.run(first.startDate, first.id)
    }
    sqlite.exec(`
      UPDATE engagements SET start_date = (
        SELECT c.changed_on FROM engagement_status_changes c
         WHERE c.engagement_id = engagements.id AND c.status = 'active'
         ORDER BY c.changed_on, c.id LIMIT 1)
       WHERE start_date IS NULL
         AND EXISTS (SELECT 1 FROM engagement_status_changes c WHERE c.engagement_id = engagements.id AND c.status = 'active');
    `)
  }
}
