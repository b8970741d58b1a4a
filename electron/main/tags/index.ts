/** The tags domain as the rest of the app uses it. */
export { tagHandlers } from './handlers'
export { engagementTags } from './service'
