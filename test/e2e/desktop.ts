import { request } from '@playwright/test'
import type { DesktopNotification } from '../../electron/main/platform'

/**
 * The desktop around the window, as the test bridge stands in for it: the notifications
 * main showed (and a click on one), and the computer going to sleep and waking up.
 */
export interface Desktop {
  notifications(): Promise<DesktopNotification[]>
  /** Clicks the notification shown at that place, as the coach would on the real one. */
  click(index: number): Promise<void>
  /** The computer sleeps for some minutes, then wakes: what came due meanwhile is missed. */
  sleep(minutes: number): Promise<void>
}

export function bridgeDesktop(appUrl: string): Desktop {
  const url = new URL(appUrl)
  const headers = { 'x-coachbook-token': url.searchParams.get('token') ?? '' }
  const post = async (path: string, data: unknown) => {
    const context = await request.newContext()
    const answer = await context.post(`${url.origin}${path}`, { headers, data })
    const status = answer.status()
    await context.dispose()
    if (status !== 204) throw new Error(`${path} answered ${status}`)
  }
  return {
    notifications: async () => {
      const context = await request.newContext()
      const shown = (await (await context.get(`${url.origin}/__bridge/notifications`, { headers })).json()) as DesktopNotification[]
      await context.dispose()
      return shown
    },
    click: (index) => post('/__bridge/notifications/click', { index }),
    sleep: async (minutes) => {
      await post('/__bridge/power', { event: 'suspend' })
      await post('/__bridge/power', { event: 'resume', asleepMinutes: minutes })
    }
  }
}
