import { isChannel } from '../../shared/contract'
import type { Logger } from '../logging/logger'
import type { Dispatch, DispatcherOptions } from './registry'

/** Calls slower than this are logged with their duration, to find what makes the app feel slow. */
const SLOW_CALL_MS = 500

/** A channel name from the renderer is logged only if it is one of ours: anything else could be any text. */
function channelName(channel: string): string {
  return isChannel(channel) ? channel : 'unknown'
}

/**
 * Logs what happened to each call — refused (code and field), slow (duration) — and
 * never its input or the data it answered.
 */
export function loggedDispatch(dispatch: Dispatch, log: Logger, slowMs = SLOW_CALL_MS): Dispatch {
  return async (channel, input) => {
    const started = performance.now()
    const result = await dispatch(channel, input)
    const ms = Math.round(performance.now() - started)
    if (!result.ok) {
      log.info('ipc.refused', { channel: channelName(channel), code: result.error.code, field: result.error.field ?? null, ms })
    } else if (ms >= slowMs) {
      log.info('ipc.slow', { channel: channelName(channel), ms })
    }
    return result
  }
}

/** The dispatcher's hook for failures nobody planned for: the channel and what kind of error, never the input. */
export function logUnexpectedErrors(log: Logger): NonNullable<DispatcherOptions['onUnexpectedError']> {
  return (channel, error) => log.error('ipc.unexpected', error, { channel: channelName(channel) })
}
