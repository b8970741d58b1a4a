import { isMac } from '../lib/shortcuts'

/** Fields whose Enter is their own (adding a tag) mark themselves so while it is. */
export const OWN_ENTER = 'data-own-enter'

/** A one-line field: a text or number box, or a segment of a date. */
function isOneLine(target: Element): boolean {
  if (target.getAttribute('role') === 'spinbutton') return true
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes(target.type)
}

/**
 * The app's one Enter rule for forms: Enter in a one-line field submits the form it is
 * in, and Ctrl/Cmd+Enter does from any field, a multi-line one included (where Enter
 * starts a new line). Listened for on the document before the fields themselves, because
 * most of them (a date's segments, a number) do not pass Enter on, and a form without a
 * submit button of its own would ignore it. Buttons, lists and check boxes keep Enter.
 */
export function submitOnEnter(event: KeyboardEvent): void {
  if (event.key !== 'Enter' || event.isComposing || event.altKey || event.shiftKey) return
  const field = event.target instanceof Element ? event.target : null
  const form = field?.closest('form')
  if (!field || !form || field.closest('button') || field.closest(`[${OWN_ENTER}]`)) return
  const [command, otherModifier] = isMac ? [event.metaKey, event.ctrlKey] : [event.ctrlKey, event.metaKey]
  if (otherModifier || !(isOneLine(field) || (command && field instanceof HTMLTextAreaElement))) return
  event.preventDefault()
  // After the field's own Enter (a number field commits what was typed), so the form reads the new value.
  setTimeout(() => form.requestSubmit())
}
