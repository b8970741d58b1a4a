import '../../electron/preload/schemasWithoutEval'
import { menuCommandSchema, type DesktopApi } from '../../electron/shared/commands'
import { buildApi } from '../../electron/shared/contract'
import { firstRunAnswerSchema, practiceStateSchema } from '../../electron/shared/firstRun'
import { recordLinkSchema } from '../../electron/shared/links'
import type { Result } from '../../electron/shared/result'

/**
 * Stands in for the preload script when the renderer runs in a plain browser: the same
 * `window.coachbook` functions, carried over loopback HTTP to the same handlers.
 */
const token = new URLSearchParams(location.search).get('token') ?? ''

declare global {
  interface Window {
    coachbook: unknown
    coachbookDesktop?: DesktopApi
  }
}

window.coachbook = buildApi(async (channel, input): Promise<Result<unknown>> => {
  const response = await fetch(`/__bridge/call/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-coachbook-token': token },
    body: JSON.stringify({ input })
  })
  return (await response.json()) as Result<unknown>
})

/** A request to the bridge's stand-in for main's side of the first run; its answer as JSON. */
async function askBridge(path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', 'x-coachbook-token': token },
    ...(body === undefined ? {} : { body: JSON.stringify(body) })
  })
  if (!response.ok) throw new Error(await response.text())
  return response.status === 204 ? undefined : response.json()
}

let sending = Promise.resolve()

/** Each message of an event stream of the bridge that passes its schema, until the returned function closes it. */
function listenTo<T>(path: string, schema: { safeParse(data: unknown): { success: true; data: T } | { success: false } }, listener: (value: T) => void) {
  const events = new EventSource(`${path}?token=${encodeURIComponent(token)}`)
  events.onmessage = (event: MessageEvent<string>) => {
    const parsed = schema.safeParse(JSON.parse(event.data))
    if (parsed.success) listener(parsed.data)
  }
  return () => events.close()
}

/** The preload's desktop messages: chosen commands and opened links come as server-sent events, what can run goes back as a call. */
window.coachbookDesktop = {
  onCommand: (listener) => listenTo('/__bridge/menu/events', menuCommandSchema, listener),
  onOpenLink: (listener) => listenTo('/__bridge/menu/link-events', recordLinkSchema, listener),
  setEnabledCommands(commands) {
    // One after the other, so the last word the window says is the one the menu keeps.
    sending = sending.then(() =>
      fetch('/__bridge/menu/enabled', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-coachbook-token': token },
        body: JSON.stringify({ commands })
      }).then(
        () => undefined,
        () => undefined
      )
    )
  },
  practiceState: async () => practiceStateSchema.parse(await askBridge('/__bridge/practice/state')),
  chooseFirstRun: async (choice) => firstRunAnswerSchema.parse(await askBridge('/__bridge/practice/first-run', { choice })),
  leaveDemo: async () => void (await askBridge('/__bridge/practice/leave-demo', {}))
}
