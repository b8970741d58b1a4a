import type { Migration } from '../migrator'

/**
 * A goal's unit in the singular as well ("hour a week" beside "hours a week"), so a
 * value of 1 reads "1 hour a week". Empty for the goals already kept: they read as before
 * until the coach gives the singular.
 */
export const migration012GoalUnitOne: Migration = {
  version: 12,
  name: 'goal unit for one',
  up(sqlite) {
    sqlite.exec(`ALTER TABLE goals ADD COLUMN unit_one TEXT;`)
  }
}
