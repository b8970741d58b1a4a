/** The sessions domain as the rest of the app uses it. */
export {
  heldSessionsOf,
  previousHeldSessions,
  sessionsStartingBetween,
  type CalendarSession,
  type HeldBefore,
  type HeldSessions
} from './calendar'
export { sessionHandlers } from './handlers'
export { requireSessionOfEngagement } from './lookup'
export { heldSessionCounts, listSessions, sessionCountsForEngagement, sessionsInFull } from './service'
