/** The engagements domain as the rest of the app uses it. */
export { engagementHandlers } from './handlers'
export {
  endingEngagements,
  engagementsOfClient,
  engagementSummaries,
  quietClients,
  requireEngagement,
  type EndingEngagement,
  type EngagementRow,
  type EngagementSummary
} from './lookup'
export { deleteEngagement, getEngagement, listEngagementsForClient, listKinds } from './service'
export { changeStatus } from './status'
