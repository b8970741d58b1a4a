import { NumberField } from '../../components/NumberField'
import { notify } from '../../components/Toasts'
import { messageOf } from '../../lib/api'
import { QUIET_WEEKS } from '../../../electron/shared/today'
import { useTodaySettings, useUpdateTodaySettings } from './queries'

/** Today's one choice: after how many weeks without a session a client is listed as not seen lately. */
export function TodaySettings() {
  const settings = useTodaySettings()
  const update = useUpdateTodaySettings()
  const save = (weeks: number) =>
    update.mutate(
      { weeks },
      {
        onSuccess: () => notify({ title: 'Today’s settings saved' }),
        onError: (error) => notify({ title: 'Today’s settings were not saved', description: messageOf(error) })
      }
    )
  return (
    <section aria-labelledby="today-settings-title">
      <h2 id="today-settings-title">Today</h2>
      {settings.isError ? (
        <p className="form-error" role="alert">
          {messageOf(settings.error)}
        </p>
      ) : settings.data ? (
        <NumberField
          label="Weeks without a session"
          value={settings.data.quietWeeks}
          minValue={QUIET_WEEKS.min}
          maxValue={QUIET_WEEKS.max}
          onChange={(weeks) => {
            // An emptied field goes back to the saved number.
            if (weeks !== null && weeks !== settings.data.quietWeeks) save(weeks)
          }}
          description="Today lists the clients of active engagements who have had no session for this long."
        />
      ) : null}
    </section>
  )
}
