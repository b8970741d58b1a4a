/** The sessions domain as the rest of the app uses it. */
export {
  lastHeldSessions,
  previousHeldSessions,
  sessionsStartingBetween,
  type CalendarSession,
  type HeldBefore
} from './calendar'
export { sessionHandlers } from './handlers'
export { requireSessionOfEngagement } from './lookup'
export { heldSessionCounts, listSessions, sessionCountsForEngagement, sessionsInFull } from './service'
