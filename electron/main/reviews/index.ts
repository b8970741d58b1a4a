/** Mid-point and final reviews, and the end-of-engagement summary, as the rest of the app uses them. */
export { reviewHandlers } from './handlers'
export { finalOutcomesOfGoals, followUpsBetween } from './lookup'
export { listReviews, reviewCountsForEngagement } from './service'
export { buildSummary } from './summary'
