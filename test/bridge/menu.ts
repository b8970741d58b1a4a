import type { IncomingMessage, ServerResponse } from 'node:http'
import type { MenuItemConstructorOptions } from 'electron'
import { menuTemplate } from '../../electron/main/menu'
import { enabledCommandsSchema, type MenuCommand } from '../../electron/shared/commands'

/**
 * The application menu where there is no Electron: main's own menu template, built as
 * main builds it from what the window says it can do, "clicked" by a journey through
 * the bridge. A click runs the item's own handler, which sends the command to the page
 * over a server-sent event stream, as main sends it to the window over IPC.
 */
export interface MenuItemState {
  menu: string
  item: string
  enabled: boolean
}

export type MenuAnswer = { status: number; body: string }

export class BridgeMenu {
  constructor(private readonly openLogFolder: () => void) {}

  private enabled: ReadonlySet<MenuCommand> = new Set()
  private readonly streams = new Set<ServerResponse>()

  /** The page's `setEnabledCommands`: a list in the contract's shape, or a refusal. */
  setEnabled(body: unknown): MenuAnswer {
    const parsed = enabledCommandsSchema.safeParse((body as { commands?: unknown } | null)?.commands)
    if (!parsed.success) return { status: 400, body: 'Name the commands the window can run.' }
    this.enabled = new Set(parsed.data)
    return { status: 204, body: '' }
  }

  /** The page's `onCommand`: an event stream of the commands chosen, until the page goes. */
  listen(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' })
    response.write(': listening\n\n')
    this.streams.add(response)
    request.once('close', () => this.streams.delete(response))
  }

  /** Every command item of every menu, and whether it can be chosen now. */
  items(): MenuItemState[] {
    return this.labelled().map(({ menu, item, options }) => ({ menu, item, enabled: options.enabled !== false }))
  }

  /** Chooses the item labelled so in the menu labelled so, as a click in the menu bar would; a greyed-out one cannot be. */
  choose(body: unknown): MenuAnswer {
    const { menu, item } = (body ?? {}) as { menu?: unknown; item?: unknown }
    const found = this.labelled().find((entry) => entry.menu === menu && entry.item === item)
    if (!found) return { status: 404, body: 'There is no such menu item.' }
    if (found.options.enabled === false) return { status: 409, body: 'This menu item is greyed out.' }
    if (this.streams.size === 0) return { status: 409, body: 'The window is not listening yet.' }
    // Main's handler ignores what Electron passes it (the item, the window, the event).
    ;(found.options.click as (() => void) | undefined)?.()
    return { status: 204, body: '' }
  }

  private labelled(): { menu: string; item: string; options: MenuItemConstructorOptions }[] {
    const template = menuTemplate({
      platform: process.platform,
      packaged: false,
      enabled: this.enabled,
      send: (command) => this.broadcast(command),
      openLogFolder: this.openLogFolder
    })
    return template.flatMap((menu) => {
      const submenu = Array.isArray(menu.submenu) ? menu.submenu : []
      const menuLabel = menu.label ?? String(menu.role)
      return submenu.filter((item) => item.label).map((item) => ({ menu: menuLabel, item: item.label ?? '', options: item }))
    })
  }

  private broadcast(command: MenuCommand): void {
    for (const stream of this.streams) stream.write(`data: ${JSON.stringify(command)}\n\n`)
  }
}
