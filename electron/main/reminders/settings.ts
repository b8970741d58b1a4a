import { z } from 'zod'
import { DEFAULT_REMINDER_SETTINGS, reminderSettingsSchema, type ReminderSettings } from '../../shared/reminders'
import { nowIso } from '../clock'
import type { Reader, Writer } from '../db/door'
import { defineSetting, readSetting, writeSetting } from '../settings'
import { NO_REMINDERS_YET, type ReminderState } from './schedule'

/** The coach's choices: on, minutes before a session, when the day's actions are announced, initials or full names. */
const reminderSetting = defineSetting('reminders.choices', reminderSettingsSchema, DEFAULT_REMINDER_SETTINGS)

const missedRecord = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('session'), sessionUid: z.string() }),
  z.object({ kind: z.literal('actions'), day: z.string() })
])

/**
 * What was shown and what was missed, kept in the practice so that a restart (or a
 * restored copy) never shows a reminder twice. Only keys, times and record ids: no names.
 */
const stateSetting = defineSetting(
  'reminders.delivered',
  z.object({
    since: z.string().nullable(),
    done: z.array(z.object({ key: z.string(), at: z.string() })),
    missed: z.array(z.object({ key: z.string(), remindAt: z.string(), record: missedRecord }))
  }),
  NO_REMINDERS_YET
)

export function readReminderSettings(db: Reader): Promise<ReminderSettings> {
  return readSetting(db, reminderSetting)
}

/** Switching reminders on starts afresh: what came due while they were off is neither shown nor listed. */
export async function writeReminderSettings(db: Writer, settings: ReminderSettings): Promise<ReminderSettings> {
  const before = await readReminderSettings(db)
  if (settings.enabled && !before.enabled) await writeReminderState(db, { ...(await readReminderState(db)), since: nowIso() })
  return writeSetting(db, reminderSetting, settings)
}

export function readReminderState(db: Reader): Promise<ReminderState> {
  return readSetting(db, stateSetting)
}

export async function writeReminderState(db: Writer, state: ReminderState): Promise<void> {
  await writeSetting(db, stateSetting, state)
}
