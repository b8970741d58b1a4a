import type { GoalStatus, Measure } from '../../../electron/shared/goals'
import type { Goal } from '../../../electron/shared/goals'

export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  not_started: 'Not started',
  on_track: 'On track',
  at_risk: 'At risk',
  achieved: 'Achieved',
  dropped: 'Dropped'
}

export const PRIORITY_LABELS: Record<Goal['priority'], string> = { high: 'High', medium: 'Medium', low: 'Low' }

export const MEASURE_LABELS: Record<Measure, string> = { rating: 'A 0–10 rating', number: 'A number' }
