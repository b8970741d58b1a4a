import { useState } from 'react'
import type { EngagementKind } from '../../../electron/shared/engagements'
import { CheckboxField } from '../../components/CheckboxField'
import { Field } from '../../components/Field'
import { FormDialog } from '../../components/FormDialog'
import { notify } from '../../components/Toasts'
import { ApiError, messageOf } from '../../lib/api'
import { useCreateKind } from './queries'

/** Adds the coach's own kind of engagement, such as "Team coaching". Mount it to open it. */
export function KindDialog({ onSaved, onCancel }: { onSaved(kind: EngagementKind): void; onCancel(): void }) {
  const create = useCreateKind()
  const [name, setName] = useState('')
  const [isMentoring, setIsMentoring] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const nameError = error instanceof ApiError && error.field === 'name' ? error.message : undefined

  const save = () =>
    create.mutate(
      { name, isMentoring },
      {
        onSuccess: (kind) => {
          notify({ title: `${kind.name} added to the kinds` })
          onSaved(kind)
        },
        onError: setError
      }
    )

  return (
    <FormDialog
      isOpen
      title="New kind of engagement"
      submitLabel="Add kind"
      error={error && !nameError ? messageOf(error) : null}
      isPending={create.isPending}
      onSubmit={save}
      onCancel={onCancel}
    >
      <Field label="Name" isRequired autoFocus value={name} onChange={setName} error={nameError} placeholder="e.g. Team coaching" />
      <div className="field">
        <CheckboxField label="Mentoring relationship" isSelected={isMentoring} onChange={setIsMentoring} />
        <span className="field-description">
          Mentoring is open-ended: meetings as needed, no set number of sessions. Coaching follows a plan of sessions
          on a cadence.
        </span>
      </div>
    </FormDialog>
  )
}
