import type { App, IpcMain, IpcMainEvent, WebContents } from 'electron'
import { DESKTOP_CHANNELS } from '../shared/commands'
import { LINK_SCHEME } from '../shared/links'
import type { LinkInbox } from './links'

/**
 * Makes Coachbook the app that opens record links (links.ts) and hands each clicked one
 * to the window. macOS sends a link as `open-url`, also when it starts the app, so this is
 * set up before the app is ready; Windows and Linux start a copy with the link among its
 * arguments (this copy's own here; a second copy's reach the first through
 * `second-instance`). The window says when it listens; a page it loads later says so again.
 */
export function receiveRecordLinks(options: {
  app: Pick<App, 'on' | 'setAsDefaultProtocolClient'>
  ipc: Pick<IpcMain, 'on'>
  argv: readonly string[]
  packaged: boolean
  isTrustedSender: (frameUrl: string) => boolean
  inbox: LinkInbox
}): void {
  const { app, ipc, inbox } = options
  app.on('open-url', (event, url) => {
    event.preventDefault()
    inbox.receiveUrl(url)
  })
  inbox.receiveArguments(options.argv)
  ipc.on(DESKTOP_CHANNELS.listenForLinks, (event: IpcMainEvent) => {
    if (!options.isTrustedSender(event.senderFrame?.url ?? '')) return
    whileThePageLives(event.sender, inbox, (link) => event.sender.send(DESKTOP_CHANNELS.openLink, link))
  })
  // An installed app registers itself (the installers also declare the scheme); a development run never takes links over.
  if (options.packaged) app.setAsDefaultProtocolClient(LINK_SCHEME)
}

/** The page that said it listens hears each item until it reloads or goes; then items wait again for the next page. */
export function whileThePageLives<T>(
  page: Pick<WebContents, 'once'>,
  inbox: { listen(deliver: (item: T) => void): void; stopListening(): void },
  deliver: (item: T) => void
): void {
  page.once('did-start-loading', () => inbox.stopListening())
  page.once('destroyed', () => inbox.stopListening())
  inbox.listen(deliver)
}
