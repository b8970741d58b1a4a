import type { GOALS, GOAL_MEASUREMENTS } from '../../shared/columns/goals'
import type { StoredRow } from '../db/stored'

// Each table's row, from its column list (electron/shared/columns/goals.ts).
export type GoalsTable = StoredRow<typeof GOALS>
export type GoalMeasurementsTable = StoredRow<typeof GOAL_MEASUREMENTS>

export interface GoalTables {
  goals: GoalsTable
  goalMeasurements: GoalMeasurementsTable
}
