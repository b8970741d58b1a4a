import { parseRecordLink, recordLinkInArguments, type RecordLink } from '../../shared/links'

/**
 * Where links clicked outside the app arrive: on macOS as `open-url` (even before the
 * app is ready, when a link started it), on Windows and Linux in the arguments of the
 * copy the OS started (the first copy's own, or a second copy's, handed over). Each is
 * checked, and only a record link goes on; it waits until the window listens, so a link
 * that started the app is not lost while the practice opens. Only the latest waits: a
 * coach who clicked two links before the window came wants the second.
 */
export class LinkInbox {
  private waiting: RecordLink | null = null
  private deliver: ((link: RecordLink) => void) | null = null

  /** A URL handed to the app; anything but a record link is ignored. Says whether it was one. */
  receiveUrl(url: unknown): boolean {
    return this.receive(parseRecordLink(url))
  }

  /** A started copy's arguments; the first record link among them, if any. */
  receiveArguments(argv: readonly string[]): boolean {
    return this.receive(recordLinkInArguments(argv))
  }

  /** The window is listening: what waited goes to it now, and each later link at once. */
  listen(deliver: (link: RecordLink) => void): void {
    this.deliver = deliver
    const waiting = this.waiting
    this.waiting = null
    if (waiting) deliver(waiting)
  }

  /** The window stopped listening (it reloads or closes): links wait again. */
  stopListening(): void {
    this.deliver = null
  }

  private receive(link: RecordLink | null): boolean {
    if (!link) return false
    if (this.deliver) this.deliver(link)
    else this.waiting = link
    return true
  }
}
