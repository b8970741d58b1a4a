/** The goals domain as the rest of the app uses it. */
export { goalHandlers } from './handlers'
export { goalIdsOfEngagement, goalsAtRiskIn, goalsAtRiskUnderWay, goalStatements, requireGoal, requireGoalOfEngagement, type GoalRow } from './lookup'
export { goalCountsForEngagement, listGoals, setGoalStatuses } from './service'
