import { CheckboxField } from '../../components/CheckboxField'
import { notify } from '../../components/Toasts'
import { messageOf } from '../../lib/api'
import { useScreenSharing, useSetScreenSharing } from './queries'

/** Settings › Privacy while sharing your screen: on by default, with what it can and cannot do on each system. */
export function ScreenSharingSettings() {
  const current = useScreenSharing()
  const save = useSetScreenSharing()
  const hidden = save.isPending ? save.variables.hideWhileSharing : (current.data?.hideWhileSharing ?? true)
  return (
    <section aria-labelledby="screen-sharing-title" aria-busy={current.isPending} className="screen-sharing-settings">
      <h2 id="screen-sharing-title">Privacy while sharing your screen</h2>
      {current.isError ? (
        <p className="form-error" role="alert">
          {messageOf(current.error)}
        </p>
      ) : (
        <CheckboxField
          label="Hide Coachbook from screen sharing and screenshots"
          isSelected={hidden}
          isDisabled={current.isPending}
          aria-describedby="screen-sharing-explained"
          onChange={(hideWhileSharing) =>
            save.mutate({ hideWhileSharing }, { onError: (error) => notify({ title: 'Not changed', description: messageOf(error) }) })
          }
        />
      )}
      <div id="screen-sharing-explained" className="muted settings-explained">
        <p>
          When you share your screen in a video call, others see a blank window where Coachbook is, and screenshots leave
          it out, so a client&apos;s notes are never shown by accident. You still see it as usual.
        </p>
        <p>
          This works on Windows 10 (May 2020 update) or later and on macOS, where a few sharing apps on the newest versions
          may still show it: try it once in a test call. Linux cannot keep a window out of a screen capture: close or
          minimise Coachbook before you share your screen there.
        </p>
      </div>
    </section>
  )
}
