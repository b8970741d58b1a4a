/** The ICF coaching log as the rest of the app uses it. */
export { logCsv } from './csv'
export { coachingLogHandlers, type CoachingLogExports } from './handlers'
export { clientLogDetails, coachingLogOverview, engagementLogDetails } from './service'
