import { RadioField } from '../../components/RadioField'
import { SelectField, type Option } from '../../components/SelectField'
import { notify } from '../../components/Toasts'
import { formatDay } from '../../../electron/shared/dates'
import { formatMoney } from '../../../electron/shared/money'
import { LOCALES, THEME_LABELS, THEMES, type Preferences } from '../../../electron/shared/preferences'
import { messageOf } from '../../lib/api'
import { usePreferences, useSetLocale, useSetTheme } from './queries'

const THEME_OPTIONS = THEMES.map((value) => ({ value, label: THEME_LABELS[value] }))
const SYSTEM = 'system'
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', languageDisplay: 'standard' })

/** "German (Germany) — 31.12.2026, 1.234,50 €": the locale by name, with how it writes a day and an amount. */
function localeLabel(locale: string): string {
  return `${languageNames.of(locale) ?? locale} — ${formatDay('2026-12-31', locale)}, ${formatMoney(123450, 'EUR', locale)}`
}

function localeOptions({ locale }: Preferences): Option<string>[] {
  // A locale chosen before the list was (for the reports, say) stays in it.
  const offered = locale && !(LOCALES as readonly string[]).includes(locale) ? [...LOCALES, locale] : LOCALES
  return [{ value: SYSTEM, label: `This computer’s (${localeLabel(navigator.language)})` }, ...offered.map((value) => ({ value, label: localeLabel(value) }))]
}

const saved = (title: string) => ({
  onSuccess: () => notify({ title: `${title} saved` }),
  onError: (error: Error) => notify({ title: `${title} not saved`, description: messageOf(error) })
})

/** Settings › Appearance and formats: the theme on this computer, and the locale of every date and number (and the PDFs'). */
export function AppearanceSettings() {
  const preferences = usePreferences()
  const setTheme = useSetTheme()
  const setLocale = useSetLocale()
  const current = preferences.data
  return (
    <section aria-labelledby="appearance-title" aria-busy={preferences.isPending}>
      <h2 id="appearance-title">Appearance and formats</h2>
      {preferences.isError ? (
        <p className="form-error" role="alert">
          {messageOf(preferences.error)}
        </p>
      ) : current ? (
        <>
          <RadioField
            label="Theme"
            options={THEME_OPTIONS}
            value={setTheme.isPending ? setTheme.variables.theme : current.theme}
            onChange={(theme) => setTheme.mutate({ theme }, saved('Theme'))}
            description="For this computer only: Coachbook on another computer keeps its own."
          />
          <SelectField
            label="Locale for dates, times and numbers"
            options={localeOptions(current)}
            value={current.locale ?? SYSTEM}
            onChange={(chosen) => setLocale.mutate({ locale: chosen === SYSTEM ? null : chosen }, saved('Locale'))}
            description="How every date, time, number and amount is written and typed, and the first day of the week on Today. The PDF reports are written in it too."
          />
        </>
      ) : null}
    </section>
  )
}
