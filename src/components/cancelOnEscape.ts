import type { KeyboardEvent } from 'react'

/**
 * The keydown handler of a form (or a record's page) that Esc cancels: not when Esc is
 * closing something open in it (a list, a menu), nor when it comes from a popover or
 * dialog shown outside it on screen (a calendar, a confirmation). An Esc it uses goes
 * no further, so an editor inside a page never also closes the page.
 */
export function cancelOnEscape(cancel: () => void) {
  return (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement
    if (event.key !== 'Escape' || !event.currentTarget.contains(target) || target.getAttribute('aria-expanded') === 'true') return
    event.stopPropagation()
    cancel()
  }
}
