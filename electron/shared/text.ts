import { z } from 'zod'

/**
 * Text limits are explicit per kind of field, so nothing is ever silently cut:
 * a value over the limit is refused with a message that says so.
 */
export const LIMITS = {
  name: 200,
  shortText: 200,
  tag: 50,
  tagsPerRecord: 50,
  notes: 1_000_000
} as const

/** Text kept exactly as typed, apart from surrounding spaces; lone surrogates cannot be stored faithfully. */
export function text(label: string, max: number) {
  return z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, `${label} is too long: keep it under ${max.toLocaleString('en')} characters.`)
    .refine((value) => value.isWellFormed(), `${label} contains a character that cannot be saved.`)
}

/** Optional text: empty or missing becomes null, so "no value" has one spelling. */
export function optionalText(label: string, max: number) {
  return text(label, max)
    .nullish()
    .transform((value) => (value ? value : null))
}

export const recordId = z
  .number({ error: 'A record id must be a number.' })
  .int('A record id must be a whole number.')
  .positive('A record id must be positive.')
