/** The assessment phase as the rest of the app uses it. */
export { getGrowthArea, growthAreaTitles } from './growthAreas'
export { assessmentHandlers } from './handlers'
export { engagementOfResult } from './results'
export { assessmentCountsForEngagement, assessmentOverview } from './service'
