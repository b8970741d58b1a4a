import { useId, type FormEvent, type ReactNode } from 'react'
import { shortcutLabel } from '../lib/shortcuts'
import { useCommands } from '../app/commands/registry'
import { Button } from './Button'
import { CancelButton } from './CancelButton'
import { cancelOnEscape } from './cancelOnEscape'
import { useFocusFirstField } from './focusFirstField'
import { FormError } from './FormError'

export interface SaveButtonProps {
  children: ReactNode
  isPending: boolean
  variant?: 'primary' | 'secondary'
  /** For a Save outside the forms it saves (a record whose fields sit in several); otherwise it submits its form. */
  onPress?(): void
}

/** A form's Save; it says that Cmd/Ctrl+S saves too (the form it belongs to listens for it). */
export function SaveButton({ children, isPending, variant = 'primary', onPress }: SaveButtonProps) {
  return (
    <Button type={onPress ? 'button' : 'submit'} variant={variant} isPending={isPending} onPress={onPress} aria-keyshortcuts={shortcutLabel('s')}>
      {children}
    </Button>
  )
}

type Commands =
  | {
      /** Save's words, e.g. "Save goal"; Cancel stands before it. */
      submitLabel: string
      isSubmitting: boolean
      commands?: undefined
    }
  | {
      /** The header's own buttons, in place of Cancel and Save (a SaveButton among them). */
      commands: ReactNode
      submitLabel?: undefined
      isSubmitting?: undefined
    }

export type FormPaneProps = Commands & {
  title: string
  /** A line under the title, e.g. who the contract is with. */
  subtitle?: ReactNode
  /** The class of the pane around the form. */
  className?: string
  formClassName?: string
  headerClassName?: string
  /** A failure not tied to one field (main's refusal of the whole form), under the header. */
  error: string | undefined
  /** Saves: on Save, Enter in a one-line field, or Cmd/Ctrl+S. */
  onSave(event?: FormEvent): unknown
  /** Leaves without saving: Cancel or Esc. */
  onCancel(): void
  /** False for a record shown to be read first: it opens without taking focus. */
  focusOnOpen?: boolean
  /** What belongs to the pane but not the form (its dialogs, the unsaved-changes question), so their Esc does not cancel it. */
  outside?: ReactNode
  children: ReactNode
}

/**
 * A form that fills a pane: a header with its title, Cancel and Save, the form's own
 * error under it, then its fields. It opens in its first field; Esc cancels, Cmd/Ctrl+S
 * saves from anywhere in the window.
 */
export function FormPane({
  title,
  subtitle,
  className,
  formClassName = 'form',
  headerClassName,
  error,
  onSave,
  onCancel,
  focusOnOpen = true,
  outside,
  children,
  ...commands
}: FormPaneProps) {
  const titleId = useId()
  const formRef = useFocusFirstField<HTMLFormElement>(focusOnOpen)
  useCommands({ 'record.save': () => void onSave() })
  const heading = <h2 id={titleId}>{title}</h2>
  return (
    <section className={className} aria-labelledby={titleId}>
      <form ref={formRef} className={formClassName} noValidate onSubmit={(event) => void onSave(event)} onKeyDown={cancelOnEscape(onCancel)}>
        <header className={headerClassName ? `pane-header ${headerClassName}` : 'pane-header'}>
          {subtitle ? (
            <div>
              {heading}
              <p className="muted">{subtitle}</p>
            </div>
          ) : (
            heading
          )}
          <div className="toolbar">
            {commands.submitLabel === undefined ? (
              commands.commands
            ) : (
              <>
                <CancelButton onPress={onCancel} />
                <SaveButton isPending={commands.isSubmitting}>{commands.submitLabel}</SaveButton>
              </>
            )}
          </div>
        </header>
        <FormError message={error} />
        {children}
      </form>
      {outside}
    </section>
  )
}
