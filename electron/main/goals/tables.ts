import type { Generated } from 'kysely'
import type { GoalStatus, Measure } from '../../shared/goals'

export interface GoalsTable {
  id: Generated<number>
  engagementId: number
  statement: string
  whyItMatters: string
  successIndicator: string
  observableBehaviours: string
  measure: Measure
  unit: string | null
  /** The unit for a value of one ("hour a week"); added by migration 011. */
  unitOne: string | null
  baseline: number | null
  target: number | null
  deadline: string | null
  priority: 'high' | 'medium' | 'low'
  growthAreaId: number | null
  status: GoalStatus
  confidence: number | null
  sortOrder: number
  createdAt: string
  updatedAt: string
}

export interface GoalMeasurementsTable {
  id: Generated<number>
  goalId: number
  measuredOn: string
  value: number
  comment: string
  /** Added by migration 007 (sessions). */
  sessionId: number | null
  createdAt: string
}

export interface GoalTables {
  goals: GoalsTable
  goalMeasurements: GoalMeasurementsTable
}
