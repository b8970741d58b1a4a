import type { z } from 'zod'
import { nowIso } from '../clock'
import type { Reader, Writer } from '../db/door'

/**
 * A typed setting: a key owned by one domain (branding belongs to reports, the backup
 * folder to backup) and the zod schema its value must satisfy, with its default.
 */
export interface Setting<S extends z.ZodType> {
  key: string
  schema: S
  defaultValue: z.output<S>
}

export function defineSetting<S extends z.ZodType>(key: string, schema: S, defaultValue: z.output<S>): Setting<S> {
  return { key, schema, defaultValue }
}

/**
 * Reads a setting. A stored value that no longer fits its schema (written by a build
 * whose schema has since changed) falls back to the default rather than breaking the app.
 */
export async function readSetting<S extends z.ZodType>(db: Reader, setting: Setting<S>): Promise<z.output<S>> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', setting.key).executeTakeFirst()
  return settingFromStored(setting, row?.value)
}

/** The value of a setting from its stored JSON (undefined: never written), falling back to the default. */
export function settingFromStored<S extends z.ZodType>(setting: Setting<S>, json: string | undefined): z.output<S> {
  if (json === undefined) return setting.defaultValue
  let stored: unknown
  try {
    stored = JSON.parse(json)
  } catch {
    return setting.defaultValue
  }
  const parsed = setting.schema.safeParse(stored)
  return parsed.success ? parsed.data : setting.defaultValue
}

export async function writeSetting<S extends z.ZodType>(db: Writer, setting: Setting<S>, value: z.output<S>): Promise<z.output<S>> {
  const valid = setting.schema.parse(value)
  const json = JSON.stringify(valid)
  const updatedAt = nowIso()
  await db
    .insertInto('settings')
    .values({ key: setting.key, value: json, updatedAt })
    .onConflict((conflict) => conflict.column('key').doUpdateSet({ value: json, updatedAt }))
    .execute()
  return valid
}
