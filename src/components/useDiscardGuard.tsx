import { useEffect, useState, type ReactNode } from 'react'
import { useBlocker } from 'react-router'
import { ConfirmDialog } from './ConfirmDialog'

export interface DiscardGuardOptions {
  /** What the coach was typing in, for the question: "What you typed in this goal…". */
  subject?: string
  /** Also ask when only the address's query changes: editors opened by one (?goal=12) close when it does. */
  includeQuery?: boolean
}

/**
 * Keeps unsaved typing from being lost: leaving for another screen, closing the
 * window, or cancelling an inline editor asks first while `isDirty`. Render `dialog`
 * outside the form, so its Esc does not also cancel the form.
 */
export function useDiscardGuard(
  isDirty: boolean,
  { subject = 'this form', includeQuery = false }: DiscardGuardOptions = {}
): { confirmDiscard(discard: () => void): void; dialog: ReactNode } {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      isDirty &&
      (currentLocation.pathname !== nextLocation.pathname || (includeQuery && currentLocation.search !== nextLocation.search))
  )
  const [pendingDiscard, setPendingDiscard] = useState<(() => void) | null>(null)

  useEffect(() => {
    if (!isDirty) return
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [isDirty])

  const confirmDiscard = (discard: () => void) => {
    if (isDirty) setPendingDiscard(() => discard)
    else discard()
  }

  const isOpen = blocker.state === 'blocked' || pendingDiscard !== null
  const dialog = (
    <ConfirmDialog
      isOpen={isOpen}
      title="Discard unsaved changes?"
      confirmLabel="Discard changes"
      cancelLabel="Keep editing"
      destructive
      onConfirm={() => {
        if (blocker.state === 'blocked') blocker.proceed()
        pendingDiscard?.()
        setPendingDiscard(null)
      }}
      onCancel={() => {
        if (blocker.state === 'blocked') blocker.reset()
        setPendingDiscard(null)
      }}
    >
      <p>What you typed in {subject} has not been saved.</p>
    </ConfirmDialog>
  )
  return { confirmDiscard, dialog }
}
