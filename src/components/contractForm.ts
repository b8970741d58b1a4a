import { toNestErrors } from '@hookform/resolvers'
import type { FieldError, FieldPath, FieldValues, Resolver } from 'react-hook-form'
import type { z } from 'zod'
import { fieldFor, type FormFieldMap } from './formErrors'

export interface ContractResolverOptions<V extends FieldValues> {
  /** The channel's input schema. */
  schema: z.ZodType
  /** Turns what is typed into what the channel takes. */
  toInput(values: V): unknown
  map: FormFieldMap<V>
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
      const field = fieldFor(issue.path.map(String).join('.'), map) ?? 'root'
      // The first problem with a field is the one to fix first; the form's own words win.
      if (Object.keys(errors).some((known) => known === field || known.startsWith(`${field}.`))) continue
      errors[field] = { type: issue.code, message: messages[field as FieldPath<V>] ?? issue.message }
    }
    if (Object.keys(errors).length === 0) return { values, errors: {} }
    return { values: {}, errors: toNestErrors(errors, options) }
  }
}
