import {
  Button as AriaButton,
  Text,
  UNSTABLE_Toast as Toast,
  UNSTABLE_ToastContent as ToastContent,
  UNSTABLE_ToastQueue as ToastQueue,
  UNSTABLE_ToastRegion as ToastRegion
} from 'react-aria-components'

export interface ToastMessage {
  title: string
  description?: string
  action?: { label: string; onAction(): void }
}

/** At most two at a time, the newest first; older ones wait their turn. */
export const toasts = new ToastQueue<ToastMessage>({ maxVisibleToasts: 2 })

/** When each toast on show was shown, to tell the one of the change just made. */
const shownAt = new Map<string, number>()
const JUST_NOW_MS = 3_000

/** The toasts offering to undo a change: only the newest change can be undone, so an older offer goes when a newer change comes. */
const undoOffers = new Set<string>()

export function notify(message: ToastMessage): string {
  const key = toasts.add(message, {
    timeout: message.action ? 10_000 : 5_000,
    onClose: () => {
      shownAt.delete(key)
      undoOffers.delete(key)
    }
  })
  shownAt.set(key, Date.now())
  return key
}

/**
 * Offers to undo the change just made: on the toast its screen showed for it (shown
 * again with the action), in a toast of its own when the screen showed none, and not at
 * all when that toast already offers one of its own (an archive's Undo). An older
 * change's offer goes.
 */
export function offerOnLatest(message: ToastMessage & { action: NonNullable<ToastMessage['action']> }): void {
  const latest = toasts.visibleToasts[0]
  const shownJustNow = latest && Date.now() - (shownAt.get(latest.key) ?? 0) < JUST_NOW_MS && !undoOffers.has(latest.key)
  const recent = shownJustNow ? latest : null
  // An older change's Undo would now take back this newer one, not what its toast says.
  for (const key of [...undoOffers]) toasts.close(key)
  if (recent?.content.action) return
  if (recent) toasts.close(recent.key)
  undoOffers.add(notify(recent ? { ...recent.content, description: message.description, action: message.action } : message))
}

/** Every toast gone at once, shown or waiting: the app lock leaves no client's name on the screen. */
export function clearToasts(): void {
  toasts.clear()
  shownAt.clear()
  undoOffers.clear()
}

export function Toasts() {
  return (
    <ToastRegion queue={toasts} className="toast-region">
      {({ toast }) => (
        <Toast toast={toast} className="toast">
          <ToastContent className="toast-content">
            <Text slot="title">{toast.content.title}</Text>
            {toast.content.description ? <Text slot="description">{toast.content.description}</Text> : null}
          </ToastContent>
          {toast.content.action ? (
            <AriaButton
              className="button button-quiet toast-action"
              onPress={() => {
                toast.content.action?.onAction()
                toasts.close(toast.key)
              }}
            >
              {toast.content.action.label}
            </AriaButton>
          ) : null}
          <AriaButton slot="close" className="button button-quiet toast-close" aria-label="Dismiss">
            ×
          </AriaButton>
        </Toast>
      )}
    </ToastRegion>
  )
}
