/** Sessions in the coach's own calendar: .ics export and what goes into an event, as the rest of main uses them. */
export { calendarHandlers } from './handlers'
