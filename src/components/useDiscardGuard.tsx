import { useEffect, useState, type ReactNode } from 'react'
import { useBlocker } from 'react-router'
import { ConfirmDialog } from './ConfirmDialog'

/**
 * Keeps unsaved typing from being lost: leaving for another screen, closing the
 * window, or cancelling an inline editor asks first while `isDirty`. Render `dialog`
 * outside the form, so its Esc does not also cancel the form.
 */
export function useDiscardGuard(isDirty: boolean): { confirmDiscard(discard: () => void): void; dialog: ReactNode } {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => isDirty && currentLocation.pathname !== nextLocation.pathname
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
      <p>What you typed in this form has not been saved.</p>
    </ConfirmDialog>
  )
  return { confirmDiscard, dialog }
}
