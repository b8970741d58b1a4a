/** The sessions domain as the rest of the app uses it. */
export { previousHeldSessions, sessionsStartingBetween, type CalendarSession } from './calendar'
export { sessionHandlers } from './handlers'
export { engagementOfSession, requireSessionOfEngagement, sessionStatusOf } from './lookup'
export { listSessions, sessionCountsForEngagement, sessionsInFull } from './service'
