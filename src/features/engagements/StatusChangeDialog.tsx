import { useState, type ReactNode } from 'react'
import { DateField } from '../../components/DateField'
import { Field } from '../../components/Field'
import { FormDialog } from '../../components/FormDialog'
import { useRefusal } from '../../components/formErrors'

export interface StatusChangeFields {
  date: string
  note: string
}

const FIELDS = { fields: ['date', 'note'] as const }

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
  const refusal = useRefusal(FIELDS)

  const save = async () => {
    try {
      await onSave(fields)
    } catch (failure) {
      refusal.show(failure)
    }
  }

  return (
    <FormDialog
      isOpen
      title={title}
      submitLabel={submitLabel}
      error={refusal.general}
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
        error={refusal.on('date')}
        isRequired
      />
      <Field
        label="Note"
        multiline
        rows={3}
        value={fields.note}
        onChange={(note) => setFields({ ...fields, note })}
        description="Private to you, e.g. why it paused."
        error={refusal.on('note')}
      />
      {more?.(fields.date)}
    </FormDialog>
  )
}
