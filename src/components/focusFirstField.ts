import { useEffect, useRef } from 'react'

/** What a coach fills in: a text box, a list's button, a date's first segment, a check box. */
const FIELDS = 'input:not([type="hidden"]), textarea, select, [role="spinbutton"], button[aria-haspopup="listbox"]'

/** Puts focus in the first field of `container` that can take it; nothing when it has none. */
export function focusFirstField(container: HTMLElement | null): void {
  const fields = container ? [...container.querySelectorAll<HTMLElement>(FIELDS)] : []
  const first = fields.find((field) => field.tabIndex >= 0 && !field.matches(':disabled') && !field.closest('[aria-hidden="true"], [inert], [hidden]'))
  first?.focus()
}

/**
 * A form or dialog opens with focus in its first field, so the coach can type at once.
 * Give the returned ref to the element holding the fields; `enabled` false leaves focus
 * where it is (a record shown for reading, not opened to be filled in).
 */
export function useFocusFirstField<T extends HTMLElement>(enabled = true) {
  const ref = useRef<T>(null)
  // Only as it opens (or is enabled): later renders leave focus where the coach put it.
  useEffect(() => {
    if (enabled) focusFirstField(ref.current)
  }, [enabled])
  return ref
}
