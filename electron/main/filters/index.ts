/** The list filters and saved filters, as the rest of the app uses them. */
export { filterHandlers } from './handlers'
export { countMatching, listEngagements } from './service'
