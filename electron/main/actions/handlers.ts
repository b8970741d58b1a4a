import type { Kysely } from 'kysely'
import type { DB } from '../db/schema'
import type { DomainHandlers } from '../ipc/registry'
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

export function actionHandlers(db: Kysely<DB>): DomainHandlers<'actions'> {
  return {
    'actions:listForEngagement': (input) => listActionsForEngagement(db, input),
    'actions:listForGoal': (input) => listActionsForGoal(db, input),
    'actions:listOpenForClient': (input) => listOpenActionsForClient(db, input),
    'actions:create': (input) => createAction(db, input),
    'actions:update': (input) => updateAction(db, input),
    'actions:setStatus': (input) => setActionStatus(db, input),
    'actions:delete': ({ id }) => deleteAction(db, id),
    'actions:createMilestone': (input) => createMilestone(db, input),
    'actions:updateMilestone': (input) => updateMilestone(db, input),
    'actions:deleteMilestone': ({ id }) => deleteMilestone(db, id)
  }
}
