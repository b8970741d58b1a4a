import { useState } from 'react'
import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form'
import { ApiError, messageOf } from '../lib/api'

/**
 * Which of a form's fields a path names (a contract path such as `fee.amountMinor`, as
 * main's refusals and the contract's checks give it). A form's fields need not match the
 * contract's shape one to one (a fee typed as "150.00" becomes `fee.amountMinor`), so
 * `rename` maps a path, or any part of it from the start, to the field that holds it.
 */
export interface FieldMap<F extends string> {
  fields: readonly F[]
  rename?: Readonly<Record<string, F>>
}

/** The fields of a react-hook-form form, by their paths. */
export type FormFieldMap<V extends FieldValues> = FieldMap<FieldPath<V>>

/**
 * The field a path belongs to: the path itself, or the nearest part of it from the start
 * (`tags.2` is the tags field's), renamed or listed; null when the form has no such field,
 * so that the message is shown over the whole form, never lost.
 */
export function fieldFor<F extends string>(path: string, map: FieldMap<F>): F | null {
  const segments = path.split('.')
  for (let length = segments.length; length > 0; length--) {
    const prefix = segments.slice(0, length).join('.')
    const field = map.rename?.[prefix] ?? map.fields.find((candidate) => candidate === prefix)
    if (field) return field
  }
  return null
}

/** The field a failure is about: the one main's refusal names, when the form has it; else null. */
export function fieldOfError<F extends string>(error: unknown, map: FieldMap<F>): F | null {
  return error instanceof ApiError && error.field ? fieldFor(error.field, map) : null
}

/**
 * Shows a failed save of a react-hook-form form where the coach can act on it: next to
 * the field main named (focused), or above the form. What the coach typed stays as it was.
 */
export function showServerError<V extends FieldValues>(setError: UseFormSetError<V>, error: unknown, map: FormFieldMap<V>): void {
  const field = fieldOfError(error, map)
  if (field === null) setError('root', { message: messageOf(error) })
  else setError(field, { message: messageOf(error) }, { shouldFocus: true })
}

/** A failure shown by a form that keeps its values itself: on one of its fields, or over the whole form. */
export interface Refusal<F extends string> {
  /** The message for this field, while the failure is about it. */
  on(field: F): string | undefined
  /** The message of a failure about no field of the form, for above it (or a notification). */
  general: string | null
  /** Shows a failure on the field it names, or as general; gives that field, or null. */
  show(error: unknown): F | null
  /** Shows a message of the form's own check next to one of its fields. */
  showOn(field: F, message: string): void
  clear(): void
}

/** The one failure a form without react-hook-form shows, placed by the same rule as `showServerError`. */
export function useRefusal<F extends string>(map: FieldMap<F>): Refusal<F> {
  const [shown, setShown] = useState<{ field: F | null; message: string } | null>(null)
  return {
    on: (field) => (shown && shown.field === field ? shown.message : undefined),
    general: shown && shown.field === null ? shown.message : null,
    show: (error) => {
      const field = fieldOfError(error, map)
      setShown({ field, message: messageOf(error) })
      return field
    },
    showOn: (field, message) => setShown({ field, message }),
    clear: () => setShown(null)
  }
}
