import { effect, type DomainHandlers } from '../db/door'
import { getPreferences, setLocale, setTheme, type PreferencesContext } from './service'

export function preferenceHandlers(context: PreferencesContext): DomainHandlers<'preferences'> {
  return {
    'preferences:get': (reader) => getPreferences(reader, context.facts),
    'preferences:setTheme': effect((door, { theme }) => setTheme(door, context, theme)),
    'preferences:setLocale': effect((door, { locale }) => setLocale(door, context, locale))
  }
}
