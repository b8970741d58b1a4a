import { NumberField } from '../../components/NumberField'
import { RadioField } from '../../components/RadioField'
import { notify } from '../../components/Toasts'
import { messageOf } from '../../lib/api'
import { QUIET_WEEKS, START_SCREEN_LABELS, START_SCREENS } from '../../../electron/shared/today'
import { useSetStartScreen, useStartScreen, useTodaySettings, useUpdateTodaySettings } from './queries'

const START_OPTIONS = START_SCREENS.map((value) => ({ value, label: START_SCREEN_LABELS[value] }))

/** Today's choices: where the window opens, and after how many weeks without a session a client is listed as not seen lately. */
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
      <StartScreenChoice />
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

/** Today, or the last screen: the window opens there on the next launch. */
function StartScreenChoice() {
  const start = useStartScreen()
  const save = useSetStartScreen()
  if (start.isError) {
    return (
      <p className="form-error" role="alert">
        {messageOf(start.error)}
      </p>
    )
  }
  if (!start.data) return null
  const openOn = save.isPending ? save.variables.openOn : start.data.openOn
  return (
    <RadioField
      label="When Coachbook opens, show"
      options={START_OPTIONS}
      value={openOn}
      onChange={(chosen) =>
        save.mutate(
          { openOn: chosen },
          {
            onSuccess: () => notify({ title: 'Today’s settings saved' }),
            onError: (error) => notify({ title: 'Today’s settings were not saved', description: messageOf(error) })
          }
        )
      }
      description="A screen whose record has since been deleted opens Today instead."
    />
  )
}
