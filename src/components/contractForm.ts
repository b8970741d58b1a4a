import { toNestErrors } from '@hookform/resolvers'
import type { FieldError, FieldPath, FieldValues, Resolver, UseFormSetError } from 'react-hook-form'
import type { z } from 'zod'
import { ApiError, messageOf } from '../lib/api'

/**
 * Which form field a contract path belongs to. A form's fields need not match the
 * contract's shape one to one (a fee typed as "150.00" becomes `fee.amountMinor`), so
 * `rename` maps whole paths or their first segment; anything unknown goes on `root`.
 */
export interface FieldMap<V extends FieldValues> {
  fields: readonly FieldPath<V>[]
  rename?: Readonly<Record<string, FieldPath<V>>>
}

export function fieldFor<V extends FieldValues>(path: string, map: FieldMap<V>): FieldPath<V> | 'root' {
  const first = path.split('.')[0] ?? ''
  const renamed = map.rename?.[path] ?? map.rename?.[first]
  if (renamed) return renamed
  return map.fields.find((field) => field === path || field === first) ?? 'root'
}

export interface ContractResolverOptions<V extends FieldValues> {
  /** The channel's input schema. */
  schema: z.ZodType
  /** Turns what is typed into what the channel takes. */
  toInput(values: V): unknown
  map: FieldMap<V>
  /** Words that say more than the contract's generic ones, by form field. */
  messages?: Partial<Record<FieldPath<V>, string>>
  /** Rules of the form itself that the contract cannot see, as messages by field path. */
  check?(values: V): Partial<Record<FieldPath<V>, string>>
}

/**
 * A resolver that checks the form with the contract's own schema, so the form and
 * main can never disagree on a rule; each issue is shown on the field it came from.
 * The form keeps its own values: the submit handler converts them with `toInput` again.
 */
export function contractResolver<V extends FieldValues>({
  schema,
  toInput,
  map,
  messages = {},
  check
}: ContractResolverOptions<V>): Resolver<V> {
  return (values, _context, options) => {
    const errors: Record<string, FieldError> = {}
    for (const [field, message] of Object.entries<string | undefined>(check?.(values) ?? {})) {
      if (message) errors[field] = { type: 'form', message }
    }
    const parsed = schema.safeParse(toInput(values))
    for (const issue of parsed.success ? [] : parsed.error.issues) {
      const field = fieldFor(issue.path.map(String).join('.'), map)
      // The first problem with a field is the one to fix first; the form's own words win.
      if (Object.keys(errors).some((known) => known === field || known.startsWith(`${field}.`))) continue
      errors[field] = { type: issue.code, message: messages[field as FieldPath<V>] ?? issue.message }
    }
    if (Object.keys(errors).length === 0) return { values, errors: {} }
    return { values: {}, errors: toNestErrors(errors, options) }
  }
}

/**
 * Shows a failed save where the coach can act on it: next to the field main named,
 * or above the form. What the coach typed stays as it was.
 */
export function showServerError<V extends FieldValues>(setError: UseFormSetError<V>, error: unknown, map: FieldMap<V>): void {
  const field = error instanceof ApiError && error.field ? fieldFor(error.field, map) : 'root'
  if (field === 'root') setError('root', { message: messageOf(error) })
  else setError(field, { message: messageOf(error) }, { shouldFocus: true })
}
