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

export function notify(message: ToastMessage): void {
  toasts.add(message, { timeout: message.action ? 10_000 : 5_000 })
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
