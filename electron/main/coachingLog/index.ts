/** The ICF coaching log as the rest of the app uses it. */
export { LOG_COLUMNS, logCsv, logTable } from './csv'
export { coachingLogHandlers, type CoachingLogExports } from './handlers'
export { coachingLogOverview } from './service'
