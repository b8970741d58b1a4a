import { z } from 'zod'
import { localeSchema, type Preferences, type Theme } from '../../shared/preferences'
import type { DoorFor, Reader } from '../db/door'
import type { AppFacts, Platform } from '../platform'
import { defineSetting, readSetting, writeSetting } from '../settings'
import { readTheme, writeTheme } from './theme'

export interface PreferencesContext {
  platform: Platform
  facts: AppFacts
}

/**
 * The locale lives in the practice: it is how the coach writes dates and amounts, on the
 * screen and on the PDFs the practice sends out, the same on every computer they use.
 * Never written (undefined): the locale chosen for the reports before it became the app's.
 */
const localeSetting = defineSetting('preferences.locale', localeSchema.optional(), undefined)
/** Where practices kept the reports' locale before: read only, so a choice made there is not lost. */
const reportsLocaleSetting = defineSetting('reports.branding', z.object({ locale: localeSchema.optional() }), {})

/** The practice's locale: the one chosen, or null for this computer's own. */
export async function readLocale(reader: Reader): Promise<string | null> {
  const chosen = await readSetting(reader, localeSetting)
  return chosen !== undefined ? chosen : ((await readSetting(reader, reportsLocaleSetting)).locale ?? null)
}

/** Where the coach is: the language tag for dates and numbers, and the time zone for moments. */
export interface Locality {
  locale: string
  timeZone: string
}

/** The computer's own locale and time zone. */
export function systemLocality(): Locality {
  const { locale, timeZone } = new Intl.DateTimeFormat().resolvedOptions()
  return { locale, timeZone }
}

export async function getPreferences(reader: Reader, facts: AppFacts): Promise<Preferences> {
  return { theme: readTheme(facts.dataDir), locale: await readLocale(reader) }
}

/** Keeps the theme on this computer, then draws everything in it at once. */
export async function setTheme(door: DoorFor, context: PreferencesContext, theme: Theme): Promise<Preferences> {
  writeTheme(context.facts.dataDir, theme)
  context.platform.applyTheme(theme)
  return getPreferences(door.reader, context.facts)
}

export async function setLocale(door: DoorFor, context: PreferencesContext, locale: string | null): Promise<Preferences> {
  await door.write((writer) => writeSetting(writer, localeSetting, locale))
  return getPreferences(door.reader, context.facts)
}
