import type { Migration } from '../migrator'

/**
 * Indexes that let Today read what it shows rather than the practice:
 * - each engagement's sessions by status and start: how many it has held and when it last
 *   held one are read from the index alone (ending engagements, quiet clients), and the
 *   session held before another is one step back (what to prepare);
 * - each engagement's goals by status: its goals at risk without reading the others;
 * - reviews by follow-up day: the follow-ups due around this week without reading every review.
 */
export const migration016IndexesForToday: Migration = {
  version: 16,
  name: 'indexes for today',
  up(sqlite) {
    sqlite.exec(`
      CREATE INDEX sessions_engagement_status_starts_at ON sessions (engagement_id, status, starts_at);
      CREATE INDEX goals_engagement_status ON goals (engagement_id, status);
      CREATE INDEX reviews_follow_up_on ON reviews (follow_up_on) WHERE follow_up_on IS NOT NULL;
    `)
  }
}
