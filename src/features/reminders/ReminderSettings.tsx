import { ACTION_TIMING_LABELS, ACTION_TIMINGS, SESSION_LEADS } from '../../../electron/shared/reminders'
import { CheckboxField } from '../../components/CheckboxField'
import { RadioField } from '../../components/RadioField'
import { SelectField } from '../../components/SelectField'
import { useSettingChoices } from '../../components/useSettingChoices'
import { messageOf } from '../../lib/api'
import { dateTimeFormat } from '../../lib/format'
import { useReminderSettings, useUpdateReminderSettings } from './queries'

const LEAD_OPTIONS = SESSION_LEADS.map((minutes) => ({
  value: minutes,
  label: minutes < 60 ? `${minutes} minutes before` : minutes === 60 ? '1 hour before' : `${minutes / 60} hours before`
}))

const TIMING_OPTIONS = ACTION_TIMINGS.map((value) => ({ value, label: ACTION_TIMING_LABELS[value] }))

/** Every half hour from 05:00 to 22:00, written as the coach's locale writes a time of day. */
const timeOptions = () =>
  Array.from({ length: 35 }, (_, step) => {
    const hour = 5 + Math.floor(step / 2)
    const minute = (step % 2) * 30
    const value = `${String(hour).padStart(2, '0')}:${minute === 0 ? '00' : '30'}`
    return { value, label: dateTimeFormat({ timeStyle: 'short', timeZone: 'UTC' }).format(Date.UTC(2000, 0, 1, hour, minute)) }
  })

/** Settings › Reminders: desktop notifications before sessions and for the day's actions, and what they may say. */
export function ReminderSettings() {
  const current = useReminderSettings()
  const update = useUpdateReminderSettings()
  const { settings, save } = useSettingChoices(current, update, 'Reminder settings')
  return (
    <section aria-labelledby="reminder-settings-title" aria-busy={current.isPending}>
      <h2 id="reminder-settings-title">Reminders</h2>
      <p className="muted settings-explained">
        While Coachbook is open, a desktop notification reminds you of your next session and of the actions due today.
        Notifications can show on a locked screen, so they give a client&apos;s initials and the time only unless you choose
        full names. Reminders due while Coachbook was closed or the computer asleep are listed on Today instead.
      </p>
      {current.isError ? (
        <p className="form-error" role="alert">
          {messageOf(current.error)}
        </p>
      ) : settings ? (
        <>
          <CheckboxField label="Show reminders" isSelected={settings.enabled} onChange={(enabled) => save({ enabled })} />
          <SelectField
            label="Remind me of a session"
            options={LEAD_OPTIONS}
            value={settings.sessionLeadMinutes}
            onChange={(sessionLeadMinutes) => save({ sessionLeadMinutes })}
          />
          <RadioField label="Remind me of the actions due today" options={TIMING_OPTIONS} value={settings.actionsTiming} onChange={(actionsTiming) => save({ actionsTiming })} />
          {settings.actionsTiming === 'time' ? (
            <SelectField label="Time of day" options={timeOptions()} value={settings.actionsTime} onChange={(actionsTime) => save({ actionsTime })} />
          ) : null}
          <CheckboxField label="Show clients’ full names in notifications" isSelected={settings.fullNames} onChange={(fullNames) => save({ fullNames })} />
        </>
      ) : null}
    </section>
  )
}
