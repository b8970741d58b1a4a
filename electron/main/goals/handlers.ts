import type { Kysely } from 'kysely'
import type { DB } from '../db/schema'
import type { DomainHandlers } from '../ipc/registry'
import {
  createGoal,
  createMeasurement,
  deleteGoal,
  deleteMeasurement,
  getGoal,
  listGoals,
  reorderGoals,
  updateGoal,
  updateMeasurement
} from './service'

export function goalHandlers(db: Kysely<DB>): DomainHandlers<'goals'> {
  return {
    'goals:listForEngagement': ({ engagementId }) => listGoals(db, engagementId),
    'goals:get': ({ id }) => getGoal(db, id),
    'goals:create': (input) => createGoal(db, input),
    'goals:update': (input) => updateGoal(db, input),
    'goals:delete': ({ id }) => deleteGoal(db, id),
    'goals:reorder': (input) => reorderGoals(db, input),
    'goals:createMeasurement': (input) => createMeasurement(db, input),
    'goals:updateMeasurement': (input) => updateMeasurement(db, input),
    'goals:deleteMeasurement': ({ id }) => deleteMeasurement(db, id)
  }
}
