/** Desktop reminders of sessions and of the day's actions, and the list of those missed, as the rest of main uses them. */
export { reminderHandlers } from './handlers'
export { watchReminders, type ReminderWatch } from './watch'
