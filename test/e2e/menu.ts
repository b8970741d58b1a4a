import { expect, request, type ElectronApplication } from '@playwright/test'
import type { MenuItemState } from '../bridge/menu'

/** The application menu as a journey uses it: what it offers now, and choosing an item of it; and links clicked in other apps. */
export interface AppMenu {
  items(): Promise<MenuItemState[]>
  /** Chooses an item, as a click in the menu bar; fails if it is greyed out. */
  choose(menu: string, item: string): Promise<void>
  /** Opens a link as a click on it in another app would (macOS's open-url); says whether the app took it. */
  openLink(link: string): Promise<boolean>
}

/** The menu the test bridge builds from main's template (test/bridge/menu.ts). */
export function bridgeMenu(appUrl: string): AppMenu {
  const url = new URL(appUrl)
  const headers = { 'x-coachbook-token': url.searchParams.get('token') ?? '' }
  const items = async () => {
    const context = await request.newContext()
    const answer = await context.get(`${url.origin}/__bridge/menu`, { headers })
    const found = (await answer.json()) as MenuItemState[]
    await context.dispose()
    return found
  }
  const choose = async (menu: string, item: string) => {
    const context = await request.newContext()
    // The page may still be connecting its listener: the bridge says so, and the click is tried again.
    await expect
      .poll(async () => (await context.post(`${url.origin}/__bridge/menu/choose`, { headers, data: { menu, item } })).status(), {
        message: `${menu} › ${item} could be chosen`
      })
      .toBe(204)
    await context.dispose()
  }
  const openLink = async (link: string) => {
    const context = await request.newContext()
    const answer = await context.post(`${url.origin}/__bridge/menu/open-link`, { headers, data: { url: link } })
    await context.dispose()
    return answer.status() === 204
  }
  return { items, choose, openLink }
}

/** The real application menu, where the Electron binary exists. */
export function electronMenu(electron: ElectronApplication): AppMenu {
  const items = () =>
    electron.evaluate(({ Menu }) =>
      (Menu.getApplicationMenu()?.items ?? []).flatMap((menu) =>
        (menu.submenu?.items ?? []).filter((item) => item.label).map((item) => ({ menu: menu.label, item: item.label, enabled: item.enabled }))
      )
    )
  const choose = async (menu: string, item: string) => {
    const found = (await items()).find((entry) => entry.menu === menu && entry.item === item)
    expect(found?.enabled, `${menu} › ${item} can be chosen`).toBe(true)
    await electron.evaluate(
      ({ BrowserWindow, Menu }, [menuLabel, itemLabel]) => {
        const entry = Menu.getApplicationMenu()
          ?.items.find((candidate) => candidate.label === menuLabel)
          ?.submenu?.items.find((candidate) => candidate.label === itemLabel)
        entry?.click(undefined, BrowserWindow.getAllWindows()[0], undefined)
      },
      [menu, item] as const
    )
  }
  const openLink = (link: string) =>
    electron.evaluate(({ app }, url) => app.emit('open-url', { preventDefault: () => undefined }, url), link).then(() => link.startsWith('coachbook://open/'))
  return { items, choose, openLink }
}
