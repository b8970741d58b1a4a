/** The engagements domain as the rest of the app uses it. */
export { engagementHandlers } from './handlers'
export { engagementsOfClient, requireEngagement, type EngagementRow } from './lookup'
export { deleteEngagement, getEngagement, listEngagementsForClient, listKinds } from './service'
export { changeStatus } from './status'
