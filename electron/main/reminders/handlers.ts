import { write, type DomainHandlers } from '../db/door'
import { dismissMissedReminders, missedReminders } from './missed'
import { readReminderSettings, writeReminderSettings } from './settings'

export const reminderHandlers: DomainHandlers<'reminders'> = {
  'reminders:settings': (reader) => readReminderSettings(reader),
  'reminders:updateSettings': write((writer, settings) => writeReminderSettings(writer, settings)),
  'reminders:missed': (reader) => missedReminders(reader),
  'reminders:dismissMissed': write((writer, { keys }) => dismissMissedReminders(writer, keys, new Date()))
}
