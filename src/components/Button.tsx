import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components'

export interface ButtonProps extends Omit<AriaButtonProps, 'isPending'> {
  variant?: 'primary' | 'secondary' | 'danger' | 'quiet'
  /** While its work runs: it keeps focus, says it is unavailable and ignores presses. */
  isPending?: boolean
}

/**
 * The app's button. Pending is handled here rather than by React Aria's own isPending:
 * that one announces the button through a live region that points at the button by id,
 * and once the button is gone (a dialog closed on success) the announcement is left
 * pointing at nothing for seconds: an image without a name to assistive technology.
 */
export function Button({ variant = 'secondary', className, isPending = false, onPress, type, ...props }: ButtonProps) {
  return (
    <AriaButton
      {...props}
      // A pending submit button must not submit the form again.
      type={isPending && type === 'submit' ? 'button' : type}
      onPress={isPending ? undefined : onPress}
      aria-disabled={isPending || undefined}
      data-pending={isPending || undefined}
      className={`button button-${variant}${className ? ` ${String(className)}` : ''}`}
    />
  )
}
