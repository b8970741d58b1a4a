import { z } from 'zod'
import { isKnownLocale } from './locale'
import { choice } from './text'

/**
 * How Coachbook looks and writes on this computer: light, dark or as the system is, and
 * the locale of every date, time, number and amount.
 */
export const THEMES = ['system', 'light', 'dark'] as const
export type Theme = (typeof THEMES)[number]
export const THEME_LABELS: Record<Theme, string> = { system: 'As the system is', light: 'Light', dark: 'Dark' }

/** The locales offered in Settings: each writes dates, numbers and amounts its own way. */
export const LOCALES = [
  'en-US',
  'en-GB',
  'en-AU',
  'en-CA',
  'en-IN',
  'de-DE',
  'de-CH',
  'fr-FR',
  'fr-CA',
  'es-ES',
  'es-MX',
  'it-IT',
  'nl-NL',
  'pt-BR',
  'pt-PT',
  'sv-SE',
  'da-DK',
  'nb-NO',
  'pl-PL',
  'ja-JP',
  'hi-IN'
] as const

export const themeSchema = choice(THEMES, 'Choose light, dark, or as the system is.')

/** A language tag Intl knows; null is this computer's own locale. */
export const localeSchema = z
  .string({ error: 'Choose a locale from the list, or this computer’s own.' })
  .max(35, 'Choose a locale from the list, or this computer’s own.')
  .refine(isKnownLocale, 'Coachbook does not know that locale: choose one from the list, or this computer’s own.')
  .nullable()

export const preferencesSchema = z.object({
  theme: themeSchema,
  /** The chosen locale, or null for this computer's own. */
  locale: z.string().nullable()
})
export type Preferences = z.output<typeof preferencesSchema>

export const preferencesContract = {
  'preferences:get': { input: z.strictObject({}), output: preferencesSchema },
  /** Applies the theme at once to the window and to what the system draws (menus, dialogs, title bar). */
  'preferences:setTheme': { input: z.strictObject({ theme: themeSchema }), output: preferencesSchema },
  /** The locale of every date and number the app shows and its PDFs print; null: this computer's. */
  'preferences:setLocale': { input: z.strictObject({ locale: localeSchema }), output: preferencesSchema }
} as const
