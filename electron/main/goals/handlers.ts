import { write, type DomainHandlers } from '../db/door'
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

export const goalHandlers: DomainHandlers<'goals'> = {
  'goals:listForEngagement': (reader, { engagementId }) => listGoals(reader, engagementId),
  'goals:get': (reader, { id }) => getGoal(reader, id),
  'goals:create': write((writer, input) => createGoal(writer, input)),
  'goals:update': write((writer, input) => updateGoal(writer, input)),
  'goals:delete': write((writer, { id }) => deleteGoal(writer, id)),
  'goals:reorder': write((writer, input) => reorderGoals(writer, input)),
  'goals:createMeasurement': write((writer, input) => createMeasurement(writer, input)),
  'goals:updateMeasurement': write((writer, input) => updateMeasurement(writer, input)),
  'goals:deleteMeasurement': write((writer, { id }) => deleteMeasurement(writer, id))
}
