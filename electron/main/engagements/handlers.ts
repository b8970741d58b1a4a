import type { Kysely } from 'kysely'
import type { DB } from '../db/schema'
import type { DomainHandlers } from '../ipc/registry'
import {
  createEngagement,
  correctEngagementStatusChange,
  createKind,
  deleteEngagement,
  deleteKind,
  engagementDeleteImpact,
  getEngagement,
  listEngagementsForClient,
  listKinds,
  setEngagementStatus,
  updateEngagement,
  updateKind
} from './service'

export function engagementHandlers(db: Kysely<DB>): DomainHandlers<'engagements'> {
  return {
    'engagements:listForClient': ({ clientId }) => listEngagementsForClient(db, clientId),
    'engagements:get': ({ id }) => getEngagement(db, id),
    'engagements:create': (input) => createEngagement(db, input),
    'engagements:update': (input) => updateEngagement(db, input),
    'engagements:setStatus': (input) => setEngagementStatus(db, input),
    'engagements:correctStatusChange': (input) => correctEngagementStatusChange(db, input),
    'engagements:deleteImpact': ({ id }) => engagementDeleteImpact(db, id),
    'engagements:delete': ({ id }) => deleteEngagement(db, id),
    'engagements:listKinds': () => listKinds(db),
    'engagements:createKind': (input) => createKind(db, input),
    'engagements:updateKind': (input) => updateKind(db, input),
    'engagements:deleteKind': ({ id }) => deleteKind(db, id)
  }
}
