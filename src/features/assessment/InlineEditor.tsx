import { useId, type ReactNode } from 'react'
import { Button } from '../../components/Button'
import { useDiscardGuard } from '../../components/useDiscardGuard'
import { shortcutLabel, useModShortcut } from '../../lib/shortcuts'

/** Which item of a section is open in an editor; one editor on the tab at a time. */
export interface EditorSlot {
  /** An item's id, 'new' while adding, or null. */
  open: number | 'new' | null
  /** True while any editor on the tab is open, so Ctrl+S and Esc are never ambiguous. */
  busy: boolean
  edit(id: number | 'new'): void
  close(): void
}

export interface InlineEditorProps {
  title: string
  submitLabel: string
  isDirty: boolean
  isSubmitting: boolean
  /** A failure not tied to one field. */
  error?: string
  onSave(): void
  onClose(): void
  children: ReactNode
}

/**
 * A form in place of the card it edits: Enter in a single-line field or Ctrl/Cmd+S
 * saves, Esc or Cancel closes, and unsaved typing is never dropped without asking.
 */
export function InlineEditor({ title, submitLabel, isDirty, isSubmitting, error, onSave, onClose, children }: InlineEditorProps) {
  const titleId = useId()
  const guard = useDiscardGuard(isDirty)
  const cancel = () => guard.confirmDiscard(onClose)

  useModShortcut('s', onSave)

  return (
    <>
      <form
        className="card inline-editor"
        aria-labelledby={titleId}
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          onSave()
        }}
        onKeyDown={(event) => {
          const target = event.target as HTMLElement
          if (event.key === 'Escape' && target.getAttribute('aria-expanded') !== 'true') {
            event.stopPropagation()
            cancel()
          }
        }}
      >
        <h4 id={titleId} className="editor-title">
          {title}
        </h4>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="editor-fields">{children}</div>
        <div className="editor-actions">
          <Button onPress={cancel}>Cancel</Button>
          <Button type="submit" variant="primary" isPending={isSubmitting} aria-keyshortcuts={shortcutLabel('s')}>
            {submitLabel}
          </Button>
        </div>
      </form>
      {guard.dialog}
    </>
  )
}
