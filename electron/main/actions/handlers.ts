import { write, type DomainHandlers } from '../db/door'
import {
  createAction,
  createMilestone,
  deleteAction,
  deleteMilestone,
  listActionsForEngagement,
  listActionsForGoal,
  listOpenActionsForClient,
  setActionStatus,
  updateAction,
  updateMilestone
} from './service'

export const actionHandlers: DomainHandlers<'actions'> = {
  'actions:listForEngagement': (reader, input) => listActionsForEngagement(reader, input),
  'actions:listForGoal': (reader, input) => listActionsForGoal(reader, input),
  'actions:listOpenForClient': (reader, input) => listOpenActionsForClient(reader, input),
  'actions:create': write((writer, input) => createAction(writer, input)),
  'actions:update': write((writer, input) => updateAction(writer, input)),
  'actions:setStatus': write((writer, input) => setActionStatus(writer, input)),
  'actions:delete': write((writer, { id }) => deleteAction(writer, id)),
  'actions:createMilestone': write((writer, input) => createMilestone(writer, input)),
  'actions:updateMilestone': write((writer, input) => updateMilestone(writer, input)),
  'actions:deleteMilestone': write((writer, { id }) => deleteMilestone(writer, id))
}
