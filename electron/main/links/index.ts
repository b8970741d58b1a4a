/** Links to a record from outside the app (a calendar event, a note), as the rest of main uses them. */
export { linkHandlers } from './handlers'
export { LinkInbox } from './inbox'
