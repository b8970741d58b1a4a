import { write, type DomainHandlers } from '../db/door'
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

export const engagementHandlers: DomainHandlers<'engagements'> = {
  'engagements:listForClient': (reader, { clientId }) => listEngagementsForClient(reader, clientId),
  'engagements:get': (reader, { id }) => getEngagement(reader, id),
  'engagements:create': write((writer, input) => createEngagement(writer, input)),
  'engagements:update': write((writer, input) => updateEngagement(writer, input)),
  'engagements:setStatus': write((writer, input) => setEngagementStatus(writer, input)),
  'engagements:correctStatusChange': write((writer, input) => correctEngagementStatusChange(writer, input)),
  'engagements:deleteImpact': (reader, { id }) => engagementDeleteImpact(reader, id),
  'engagements:delete': write((writer, { id }) => deleteEngagement(writer, id)),
  'engagements:listKinds': (reader) => listKinds(reader),
  'engagements:createKind': write((writer, input) => createKind(writer, input)),
  'engagements:updateKind': write((writer, input) => updateKind(writer, input)),
  'engagements:deleteKind': write((writer, { id }) => deleteKind(writer, id))
}
