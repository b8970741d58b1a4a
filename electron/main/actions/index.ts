/** The action plan (actions and milestones) as the rest of the app uses it. */
export { actionHandlers } from './handlers'
export { actionsAgreedIn, openActionsDueIn, type DueAction, type DueWindow } from './due'
export {
  actionCountsForEngagement,
  actionRowsOfEngagement,
  actionsOfEngagement,
  closeOpenActions,
  milestonesOfGoals,
  type ActionRow
} from './service'
