import { buildApi } from '../../electron/shared/contract'
import type { Result } from '../../electron/shared/result'

/**
 * Stands in for the preload script when the renderer runs in a plain browser: the same
 * `window.coachbook` functions, carried over loopback HTTP to the same handlers.
 */
const token = new URLSearchParams(location.search).get('token') ?? ''

declare global {
  interface Window {
    coachbook: unknown
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
