import { useState } from 'react'
import { Field } from '../../components/Field'
import { FormDialog } from '../../components/FormDialog'
import { ApiError, messageOf } from '../../lib/api'
import { LOSING_BOTH } from '../../../electron/shared/encryption'

export interface EnterRecoveryKeyDialogProps {
  isOpen: boolean
  /** What the key opens, in a sentence ("coachbook-backup-….sqlite was made with another key."). */
  about: string
  isPending?: boolean
  /** Main's answer to the key typed: a typo, a key that opens nothing here, or null once it opened. */
  onSubmit(recoveryKey: string): Promise<void>
  onCancel(): void
}

/** Asks for a recovery key; what is wrong with the one typed is said under the field, and nothing is changed. */
export function EnterRecoveryKeyDialog({ isOpen, about, isPending, onSubmit, onCancel }: EnterRecoveryKeyDialogProps) {
  const [typed, setTyped] = useState('')
  const [error, setError] = useState<{ field?: string; message: string } | null>(null)
  const submit = () => {
    setError(null)
    onSubmit(typed).then(
      () => setTyped(''),
      (failure: unknown) => setError({ field: failure instanceof ApiError ? failure.field : undefined, message: messageOf(failure) })
    )
  }
  const cancel = () => {
    setTyped('')
    setError(null)
    onCancel()
  }
  return (
    <FormDialog
      isOpen={isOpen}
      title="Enter the recovery key"
      submitLabel="Open with this key"
      isPending={isPending}
      error={error && error.field !== 'recoveryKey' ? error.message : null}
      onSubmit={submit}
      onCancel={cancel}
    >
      <p>{about}</p>
      <Field
        label="Recovery key"
        value={typed}
        onChange={setTyped}
        autoComplete="off"
        spellCheck="false"
        placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
        description="Nine groups of four letters and digits, as printed or written down when it was made."
        error={error?.field === 'recoveryKey' ? error.message : undefined}
      />
      <p className="muted">{LOSING_BOTH}</p>
    </FormDialog>
  )
}
