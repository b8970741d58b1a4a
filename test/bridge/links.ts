import type { IncomingMessage, ServerResponse } from 'node:http'
import { LinkInbox } from '../../electron/main/links'
import type { MenuAnswer } from './menu'

/**
 * Record links clicked outside the app, where there is no OS to hand them over: a
 * journey "clicks" one through the bridge, and main's own inbox checks it and holds it
 * until the page listens, then sends it over a server-sent event stream, as main sends
 * it to the window over IPC.
 */
export class BridgeLinks {
  private readonly inbox = new LinkInbox()

  /** The page's `onOpenLink`: an event stream of the links opened, until the page goes. */
  listen(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' })
    response.write(': listening\n\n')
    this.inbox.listen((link) => response.write(`data: ${JSON.stringify(link)}\n\n`))
    request.once('close', () => this.inbox.stopListening())
  }

  /** A link clicked in another app: only a record link is taken. */
  open(body: unknown): MenuAnswer {
    const url = (body as { url?: unknown } | null)?.url
    return this.inbox.receiveUrl(url) ? { status: 204, body: '' } : { status: 400, body: 'That is not a Coachbook record link.' }
  }
}
