import { useState, type ReactNode } from 'react'
import { DateField } from '../../components/DateField'
import { Field } from '../../components/Field'
import { FormDialog } from '../../components/FormDialog'
import { ApiError, messageOf } from '../../lib/api'

export interface StatusChangeFields {
  date: string
  note: string
}

export interface StatusChangeDialogProps {
  title: string
  submitLabel: string
  destructive?: boolean
  /** What the dialog opens with. */
  initial: StatusChangeFields
  /** Said under the day, e.g. that it is also the start date. */
  dateDescription?: string
  isPending: boolean
  /** Saves; a refusal (ApiError) is shown next to the field it names. */
  onSave(fields: StatusChangeFields): Promise<void>
  onCancel(): void
  /** More to ask, after the note; given the day chosen. */
  more?(date: string): ReactNode
}

/**
 * The day a status change took effect and its private note, for a new change or a
 * correction of one in the history. Main's refusal (a day out of order with the other
 * changes) sits next to the day, its dates in the coach's format.
 */
export function StatusChangeDialog({ title, submitLabel, destructive, initial, dateDescription, isPending, onSave, onCancel, more }: StatusChangeDialogProps) {
  const [fields, setFields] = useState(initial)
  const [error, setError] = useState<ApiError | null>(null)
  const fieldError = (field: keyof StatusChangeFields) => (error?.field === field ? error.message : undefined)

  const save = async () => {
    try {
      await onSave(fields)
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError({ code: 'internal', message: messageOf(failure) }))
    }
  }

  return (
    <FormDialog
      isOpen
      title={title}
      submitLabel={submitLabel}
      error={error && error.field !== 'date' && error.field !== 'note' ? error.message : null}
      isPending={isPending}
      destructive={destructive}
      onSubmit={() => void save()}
      onCancel={onCancel}
    >
      <DateField
        label="Effective from"
        value={fields.date}
        onChange={(date) => setFields({ ...fields, date })}
        description={dateDescription}
        error={fieldError('date')}
        isRequired
      />
      <Field
        label="Note"
        multiline
        rows={3}
        value={fields.note}
        onChange={(note) => setFields({ ...fields, note })}
        description="Private to you, e.g. why it paused."
        error={fieldError('note')}
      />
      {more?.(fields.date)}
    </FormDialog>
  )
}
