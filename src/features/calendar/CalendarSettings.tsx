import { CLIENT_NAMING_LABELS, CLIENT_NAMINGS } from '../../../electron/shared/calendar'
import { CheckboxField } from '../../components/CheckboxField'
import { RadioField } from '../../components/RadioField'
import { useSettingChoices } from '../../components/useSettingChoices'
import { messageOf } from '../../lib/api'
import { useCalendarSettings, useUpdateCalendarSettings } from './queries'

const NAMING_OPTIONS = CLIENT_NAMINGS.map((value) => ({ value, label: CLIENT_NAMING_LABELS[value] }))

/** Settings › Calendar: what an exported session event says, since a calendar syncs to other people's servers. */
export function CalendarSettings() {
  const current = useCalendarSettings()
  const update = useUpdateCalendarSettings()
  const { settings, save } = useSettingChoices(current, update, 'Calendar settings')
  return (
    <section aria-labelledby="calendar-settings-title" aria-busy={current.isPending} className="calendar-settings">
      <h2 id="calendar-settings-title">Calendar</h2>
      <p className="muted settings-explained">
        What a session exported to your calendar says. Calendars are kept on other companies&apos; servers and often shared
        with assistants or colleagues, so only the client&apos;s initials and the session&apos;s format go in unless you
        choose more. Notes never do.
      </p>
      {current.isError ? (
        <p className="form-error" role="alert">
          {messageOf(current.error)}
        </p>
      ) : settings ? (
        <>
          <RadioField label="The client, in the event’s title" options={NAMING_OPTIONS} value={settings.clientName} onChange={(clientName) => save({ clientName })} />
          <CheckboxField label="Include the agenda" isSelected={settings.includeAgenda} onChange={(includeAgenda) => save({ includeAgenda })} />
          <CheckboxField
            label="Include a link that opens the session in Coachbook"
            isSelected={settings.includeLink}
            onChange={(includeLink) => save({ includeLink })}
          />
        </>
      ) : null}
    </section>
  )
}
