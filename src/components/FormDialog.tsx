import type { FormEvent, ReactNode } from 'react'
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components'
import { Button } from './Button'
import { useFocusFirstField } from './focusFirstField'
import { CancelButton } from './CancelButton'
import { FormError } from './FormError'

export interface FormDialogProps {
  isOpen: boolean
  title: string
  submitLabel: string
  children: ReactNode
  /** A failure not tied to one field, shown above the buttons. */
  error?: string | null
  isPending?: boolean
  /** False while there is nothing the form could do (the error says why). */
  canSubmit?: boolean
  destructive?: boolean
  onSubmit(): void
  onCancel(): void
}

/** A small form in a modal window: it opens in its first field; Enter submits, Esc or Cancel closes without saving. */
export function FormDialog({ isOpen, title, submitLabel, children, error, isPending, canSubmit = true, destructive, onSubmit, onCancel }: FormDialogProps) {
  const formRef = useFocusFirstField<HTMLFormElement>(isOpen)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (canSubmit) onSubmit()
  }
  return (
    <ModalOverlay isOpen={isOpen} onOpenChange={(open) => !open && onCancel()} isDismissable className="modal-overlay">
      <Modal className="modal modal-form">
        <Dialog className="dialog">
          <form ref={formRef} onSubmit={submit} noValidate>
            <Heading slot="title">{title}</Heading>
            <div className="dialog-fields">{children}</div>
            <FormError message={error} />
            <div className="dialog-actions">
              <CancelButton onPress={onCancel} />
              <Button type="submit" variant={destructive ? 'danger' : 'primary'} isPending={isPending} isDisabled={!canSubmit}>
                {submitLabel}
              </Button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  )
}
