import { useId, type ReactNode } from 'react'
import type { FieldValues, UseFormReturn } from 'react-hook-form'
import { showServerError, type FormFieldMap } from '../../components/formErrors'
import { FormError } from '../../components/FormError'
import { SaveButton } from '../../components/FormPane'
import { notify } from '../../components/Toasts'
import { useDiscardGuard } from '../../components/useDiscardGuard'
import { cancelOnEscape } from '../../components/cancelOnEscape'
import { useFocusFirstField } from '../../components/focusFirstField'
import { useCommands } from '../../app/commands/registry'
import { CancelButton } from '../../components/CancelButton'

/** Which item of a section is open in an editor; one editor on the tab at a time. */
export interface EditorSlot {
  /** An item's id, 'new' while adding, or null. */
  open: number | 'new' | null
  /** True while any editor on the tab is open, so Ctrl+S and Esc are never ambiguous. */
  busy: boolean
  edit(id: number | 'new'): void
  close(): void
}

export interface InlineEditorProps<V extends FieldValues, Checked> {
  title: string
  submitLabel: string
  form: UseFormReturn<V, unknown, Checked>
  /** Stores the checked values: the record edited, or a new one. */
  persist(values: Checked): Promise<unknown>
  /** The toast once stored, such as "Interview saved". */
  saved: string
  /** Where a refusal from main is shown: next to the field it names, or above the form. */
  fields: FormFieldMap<V>
  onClose(): void
  children: ReactNode
}

/**
 * A form in place of the card it edits, opened with focus in its first field: Enter in a single-line field or Ctrl/Cmd+S
 * saves, Esc or Cancel closes, and unsaved typing is never dropped without asking.
 * Saved, it says so and closes; refused, it keeps what the coach typed.
 */
export function InlineEditor<V extends FieldValues, Checked>({
  title,
  submitLabel,
  form,
  persist,
  saved,
  fields,
  onClose,
  children
}: InlineEditorProps<V, Checked>) {
  const titleId = useId()
  const formRef = useFocusFirstField<HTMLFormElement>()
  const { formState } = form
  const guard = useDiscardGuard(formState.isDirty)
  const cancel = () => guard.confirmDiscard(onClose)
  const onSave = () =>
    void form.handleSubmit(async (values) => {
      try {
        await persist(values)
        notify({ title: saved })
        onClose()
      } catch (error) {
        showServerError(form.setError, error, fields)
      }
    })()

  useCommands({ 'record.save': onSave })

  return (
    <>
      <form
        ref={formRef}
        className="card inline-editor"
        aria-labelledby={titleId}
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          onSave()
        }}
        onKeyDown={cancelOnEscape(cancel)}
      >
        <h4 id={titleId} className="editor-title">
          {title}
        </h4>
        <FormError message={formState.errors.root?.message} />
        <div className="editor-fields">{children}</div>
        <div className="editor-actions">
          <CancelButton onPress={cancel} />
          <SaveButton isPending={formState.isSubmitting}>{submitLabel}</SaveButton>
        </div>
      </form>
      {guard.dialog}
    </>
  )
}
