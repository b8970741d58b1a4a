/** The action plan (actions and milestones) as the rest of the app uses it. */
export { actionHandlers } from './handlers'
export {
  actionCountsForEngagement,
  actionRowsOfEngagement,
  actionsOfEngagement,
  closeOpenActions,
  milestonesOfGoals,
  type ActionRow
} from './service'
