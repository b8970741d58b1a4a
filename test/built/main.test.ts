import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, sep } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import type { IpcMainEvent, IpcMainInvokeEvent, MenuItemConstructorOptions } from 'electron'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { SCHEDULE_CHECK_MS } from '../../electron/main/backup/schedule'
import { THEME_FILE } from '../../electron/main/preferences/theme'
import { LOOK_EVERY_MS } from '../../electron/main/reminders/watch'
import { secureWebPreferences } from '../../electron/main/security'
import { DESKTOP_CHANNELS } from '../../electron/shared/commands'
import { CHANNELS } from '../../electron/shared/contract'
import { becomeReady, conditions, emitAppEvent, powerMonitor, recorded, type StandInWindow } from './electron'
import { builtFile, OUT } from './out'

/**
 * The built main process (out/main/index.js, as packaged) run under Node against the
 * stand-in `electron` module: what it wires up, checked from what it asked Electron for.
 */
vi.mock('electron', () => import('./electron'))

const APP_PAGE = 'coachbook://app/index.html'
const FOREIGN_PAGE = 'https://example.com/'
const frame = (url: string) => ({ senderFrame: { url } })

let dataDir: string
let window: StandInWindow
const intervals = new Map<unknown, number>()
const cleared = new Set<unknown>()

beforeAll(async () => {
  builtFile('main/index.js')
  dataDir = mkdtempSync(join(tmpdir(), 'coachbook-main-'))
  conditions.dataDir = dataDir
  vi.stubEnv('COACHBOOK_DATA_DIR', dataDir)
  // The coach chose dark on this computer in an earlier run.
  writeFileSync(join(dataDir, THEME_FILE), JSON.stringify({ theme: 'dark' }))
  // The backup schedule's timer, seen as it is set and cleared.
  const setInterval = globalThis.setInterval
  const clearInterval = globalThis.clearInterval
  vi.spyOn(globalThis, 'setInterval').mockImplementation(((run: () => void, ms: number) => {
    const timer = setInterval(run, ms)
    intervals.set(timer, ms)
    return timer
  }) as typeof globalThis.setInterval)
  vi.spyOn(globalThis, 'clearInterval').mockImplementation(((timer: NodeJS.Timeout) => {
    cleared.add(timer)
    clearInterval(timer)
  }) as typeof globalThis.clearInterval)
  await import(join(OUT, 'main/index.js'))
  becomeReady()
  await vi.waitFor(() => expect(recorded.windows).toHaveLength(1), { timeout: 20_000 })
  window = recorded.windows[0]!
})

afterAll(() => {
  vi.restoreAllMocks()
  vi.unstubAllEnvs()
  rmSync(dataDir, { recursive: true, force: true })
})

/** The invoke handler of a channel, called as a frame showing `url` would. */
function invoke(channel: string, url: string, input: unknown): Promise<unknown> {
  const handler = recorded.invokeHandlers.get(channel)
  if (!handler) throw new Error(`${channel} is not registered`)
  return Promise.resolve(handler(frame(url) as unknown as IpcMainInvokeEvent, input))
}

function tellEnabled(url: string, commands: unknown): void {
  recorded.messageListeners.get(DESKTOP_CHANNELS.enabledCommands)?.(frame(url) as unknown as IpcMainEvent, commands)
}

function menuItem(menuLabel: string, itemLabel: string): MenuItemConstructorOptions | undefined {
  const menu = recorded.applicationMenus.at(-1)?.find((candidate) => candidate.label === menuLabel)
  return (menu?.submenu as MenuItemConstructorOptions[] | undefined)?.find((item) => item.label === itemLabel)
}

/** A question the window asks main beside the contract (which practice is open, the first run's choice). */
function ask(channel: string, url: string, ...args: unknown[]): Promise<unknown> {
  const handler = recorded.invokeHandlers.get(channel)
  if (!handler) throw new Error(`${channel} is not answered`)
  return Promise.resolve().then(() => handler(frame(url) as unknown as IpcMainInvokeEvent, ...args))
}

const practiceFiles = () => readdirSync(dataDir).filter((name) => name.includes('.sqlite'))
const DESKTOP_QUESTIONS = [DESKTOP_CHANNELS.practiceState, DESKTOP_CHANNELS.firstRun, DESKTOP_CHANNELS.leaveDemo]

describe('the built main process, under a stand-in Electron', () => {
  it('takes the single-instance lock and opens one window on the app’s own page', () => {
    expect(recorded.singleInstanceLockRequests).toBe(1)
    expect(window.loadedUrl).toBe(APP_PAGE)
  })

  it('shows the first run on an empty data folder, and makes no practice until the coach chooses how to begin', async () => {
    // The window is open on the app's page, which asks which practice is open: none yet, so it shows the choices.
    expect(await ask(DESKTOP_CHANNELS.practiceState, APP_PAGE)).toEqual({ state: 'none' })
    await delay(300)
    expect(practiceFiles()).toEqual([])
    expect([...recorded.invokeHandlers.keys()].sort()).toEqual([...DESKTOP_QUESTIONS].sort())
    // Another page may not ask or choose; a choice the first run does not offer is refused; none of it makes a practice.
    await expect(ask(DESKTOP_CHANNELS.practiceState, FOREIGN_PAGE)).rejects.toThrow()
    await expect(ask(DESKTOP_CHANNELS.firstRun, FOREIGN_PAGE, 'empty')).rejects.toThrow()
    expect(await ask(DESKTOP_CHANNELS.firstRun, APP_PAGE, 'join')).toEqual({ status: 'failed', message: 'Coachbook does not offer that way to begin.' })
    expect(practiceFiles()).toEqual([])

    // The coach starts an empty practice: it is made, the app is wired on it, then the window hears it is open.
    expect(await ask(DESKTOP_CHANNELS.firstRun, APP_PAGE, 'empty')).toEqual({ status: 'opened', next: null })
    expect(existsSync(join(dataDir, 'coachbook.sqlite'))).toBe(true)
    expect(recorded.invokeHandlers.has('clients:list')).toBe(true)
    expect(await ask(DESKTOP_CHANNELS.practiceState, APP_PAGE)).toEqual({ state: 'open', demo: false })
    expect(await ask(DESKTOP_CHANNELS.firstRun, APP_PAGE, 'demo')).toEqual({ status: 'failed', message: 'A practice is already open.' })
    // The same window, reloaded by the page itself onto the practice.
    expect(recorded.windows).toHaveLength(1)
    expect(JSON.parse(readFileSync(join(dataDir, 'practice.json'), 'utf8'))).toEqual({ current: null, pending: null })
  })

  it('opens every window with the hardened settings and the built preload script', () => {
    for (const opened of recorded.windows) {
      // Exactly the settings security.test.ts holds to, with the preload script the build wrote.
      expect(opened.options.webPreferences).toEqual(secureWebPreferences(join(OUT, 'preload/index.cjs')))
      expect(existsSync(opened.options.webPreferences!.preload!)).toBe(true)
    }
  })

  it('hides the window from screen capture from its first frame, then as the practice says', async () => {
    expect(window.contentProtection[0]).toBe(true)
    expect(await invoke('privacy:setScreenSharing', APP_PAGE, { hideWhileSharing: false })).toMatchObject({ ok: true })
    expect(window.contentProtection.at(-1)).toBe(false)
    // A reload (after a restore, say) applies the practice's choice again.
    window.contentProtection.length = 0
    window.webContents.fire('did-finish-load')
    await vi.waitFor(() => expect(window.contentProtection).toEqual([false]))
  })

  it('draws the system’s parts in the theme chosen on this computer from the start, and in a new one at once', async () => {
    // Before the first window, so it is drawn dark from its first frame.
    expect(recorded.themeSources[0]).toBe('dark')
    expect(recorded.windows[0]!.options.backgroundColor).toBe('#1c1c1e')
    expect(await invoke('preferences:setTheme', APP_PAGE, { theme: 'light' })).toMatchObject({ ok: true, data: { theme: 'light' } })
    expect(recorded.themeSources.at(-1)).toBe('light')
    expect(await invoke('preferences:setTheme', APP_PAGE, { theme: 'system' })).toMatchObject({ ok: true })
    expect(recorded.themeSources.at(-1)).toBe('system')
    expect(JSON.parse(readFileSync(join(dataDir, THEME_FILE), 'utf8'))).toEqual({ theme: 'system' })
  })

  it('guards every page it makes: no navigation, no new window, no permission', () => {
    const contents = window.webContents
    const navigation = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true } }
    contents.fire('will-navigate', navigation, 'https://example.com/')
    expect(navigation.defaultPrevented).toBe(true)
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' } as never)).toEqual({ action: 'deny' })
    expect(recorded.opened).toContain('https://example.com/')
    const answers: boolean[] = []
    contents.session.permissionRequest?.(contents as never, 'media', (granted) => answers.push(granted), {} as never)
    expect(answers).toEqual([false])
  })

  it('registers every contract channel, each refusing any page but the app’s own', async () => {
    expect([...recorded.invokeHandlers.keys()].sort()).toEqual([...CHANNELS, ...DESKTOP_QUESTIONS].sort())
    for (const channel of CHANNELS) {
      expect(await invoke(channel, FOREIGN_PAGE, {}), channel).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
    expect(await invoke('diagnostics:about', APP_PAGE, {})).toMatchObject({ ok: true })
  })

  it('serves the app scheme from out/renderer only', async () => {
    const handler = recorded.protocolHandlers.get('coachbook')!
    expect(recorded.privilegedSchemes).toContainEqual(expect.objectContaining({ scheme: 'coachbook' }))
    const page = await handler(new Request(APP_PAGE))
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Content-Security-Policy')
    expect(recorded.fetched).toEqual([join(OUT, 'renderer/index.html')])
    // Each of these names out/main/index.js by a way out of the folder; none may reach it.
    for (const outside of ['coachbook://app/../main/index.js', 'coachbook://app/%2e%2e/main/index.js', 'coachbook://app/..%2fmain%2findex.js', 'coachbook://app/..%5cmain%5cindex.js', 'coachbook://other/../main/index.js']) {
      expect((await handler(new Request(outside))).status, outside).toBe(404)
    }
    for (const file of recorded.fetched) expect(file.startsWith(join(OUT, 'renderer') + sep), file).toBe(true)
  })

  it('sets the application menu and greys out what the window cannot run, trusting only its own page', () => {
    expect(menuItem('File', 'New client')?.enabled).toBe(false)
    tellEnabled(APP_PAGE, ['client.new', 'view.sponsors'])
    expect(menuItem('File', 'New client')?.enabled).toBe(true)
    expect(menuItem('File', 'Export client data…')?.enabled).toBe(false)
    tellEnabled(FOREIGN_PAGE, ['client.export'])
    tellEnabled(APP_PAGE, ['no.such.command'])
    expect(menuItem('File', 'Export client data…')?.enabled).toBe(false)
    expect(menuItem('File', 'New client')?.enabled).toBe(true)
  })

  it('sends a chosen menu item to the window as its command', () => {
    const click = menuItem('View', 'Sponsors')?.click as (() => void) | undefined
    click?.()
    expect(window.webContents.sent).toContainEqual({ channel: DESKTOP_CHANNELS.command, args: ['view.sponsors'] })
    ;(menuItem('Help', 'Open the log folder')?.click as () => void)()
    expect(recorded.opened).toContain(join(dataDir, 'logs'))
  })

  it('asks before a window with unsaved changes closes, and closes it only if the coach discards them', () => {
    // Electron says 'will-prevent-unload' when the page refuses to unload (a form with unsaved changes)
    // as the window closes; preventing that event lets the page go.
    const closing = () => {
      const event = { preventDefault: vi.fn() }
      window.webContents.fire('will-prevent-unload', event)
      return event
    }
    conditions.pressedInSyncBox = 1
    const kept = closing()
    expect(recorded.messageBoxes.at(-1)).toMatchObject({ message: 'You have unsaved changes.', buttons: ['Discard changes', 'Keep editing'], cancelId: 1 })
    expect(kept.preventDefault).not.toHaveBeenCalled()
    conditions.pressedInSyncBox = 0
    expect(closing().preventDefault).toHaveBeenCalledOnce()
  })

  it('opens another practice from File › Open another practice…: chosen in a dialog, then opened by starting again', async () => {
    tellEnabled(APP_PAGE, ['practice.openAnother'])
    ;(menuItem('File', 'Open another practice…')?.click as () => void)()
    expect(window.webContents.sent).toContainEqual({ channel: DESKTOP_CHANNELS.command, args: ['practice.openAnother'] })
    const ask = recorded.messageListeners.get(DESKTOP_CHANNELS.openAnotherPractice)!
    const other = join(dataDir, 'elsewhere', 'coachbook.sqlite')
    conditions.fileToOpen = other
    // Only the app's own page may ask; a cancelled dialog changes nothing.
    ask(frame(FOREIGN_PAGE) as unknown as IpcMainEvent)
    expect(recorded.openDialogs).toHaveLength(0)
    conditions.fileToOpen = null
    ask(frame(APP_PAGE) as unknown as IpcMainEvent)
    await vi.waitFor(() => expect(recorded.openDialogs).toHaveLength(1))
    expect(recorded.relaunches).toBe(0)
    const choice = () => JSON.parse(readFileSync(join(dataDir, 'practice.json'), 'utf8')) as unknown
    expect(choice()).toEqual({ current: null, pending: null })

    conditions.fileToOpen = other
    const quitsBefore = recorded.quits
    ask(frame(APP_PAGE) as unknown as IpcMainEvent)
    await vi.waitFor(() => expect(recorded.relaunches).toBe(1))
    expect(recorded.openDialogs.at(-1)).toMatchObject({ filters: [{ name: 'Coachbook practice', extensions: ['sqlite'] }] })
    expect(recorded.quits).toBe(quitsBefore + 1)
    expect(choice()).toEqual({ current: null, pending: other })
  })

  it('brings its window forward when a second copy is started', () => {
    window.minimized = true
    window.focused = false
    emitAppEvent('second-instance', {}, [], '')
    expect(window.restores).toBe(1)
    expect(window.focused).toBe(true)
  })

  it('hands a record link clicked in another app to the window once its page listens, and nothing else', () => {
    const link = { kind: 'client', uid: '0190f5a2-7c1e-7a3b-9c4d-5e6f7a8b9c0d' }
    const opened = (event = { preventDefault: vi.fn() }) => event
    const clicked = opened()
    emitAppEvent('open-url', clicked, `coachbook://open/client/${link.uid}`)
    emitAppEvent('open-url', opened(), 'coachbook://app/index.html')
    emitAppEvent('open-url', opened(), 'https://example.com/open/client/x')
    expect(clicked.preventDefault).toHaveBeenCalled()
    const linksSent = () => window.webContents.sent.filter((message) => message.channel === DESKTOP_CHANNELS.openLink)
    expect(linksSent()).toEqual([])
    const listen = recorded.messageListeners.get(DESKTOP_CHANNELS.listenForLinks)!
    listen({ ...frame(FOREIGN_PAGE), sender: window.webContents } as unknown as IpcMainEvent)
    expect(linksSent()).toEqual([])
    listen({ ...frame(APP_PAGE), sender: window.webContents } as unknown as IpcMainEvent)
    expect(linksSent()).toEqual([{ channel: DESKTOP_CHANNELS.openLink, args: [link] }])
    // Windows and Linux: a second copy started by a click hands its arguments over.
    emitAppEvent('second-instance', {}, ['Coachbook.exe', '--flag', `coachbook://open/session/${link.uid}`], '')
    emitAppEvent('second-instance', {}, ['Coachbook.exe', 'coachbook://app/index.html'], '')
    expect(linksSent().map((message) => message.args[0])).toEqual([link, { kind: 'session', uid: link.uid }])
    // A development run never makes itself the OS's handler of the links.
    expect(recorded.protocolClients).toEqual([])
  })

  it('opens a client export file opened from outside the app in its import, once the window listens (macOS open-file, a second copy’s arguments)', async () => {
    const client = (await invoke('clients:create', APP_PAGE, { name: 'Ingrid Berg' })) as { data: { id: number } }
    conditions.fileToOpen = join(dataDir, 'exports')
    mkdirSync(conditions.fileToOpen)
    const exported = (await invoke('privacy:exportClient', APP_PAGE, { clientId: client.data.id })) as { data: { folder: string; files: string[] } }
    conditions.fileToOpen = null
    const name = exported.data.files.find((file) => file.endsWith('.coachbook-client'))!
    const bundle = join(exported.data.folder, name)

    const opened = { preventDefault: vi.fn() }
    const other = { preventDefault: vi.fn() }
    emitAppEvent('open-file', opened, bundle)
    emitAppEvent('open-file', other, join(dataDir, 'notes.txt'))
    expect(opened.preventDefault).toHaveBeenCalled()
    expect(other.preventDefault).not.toHaveBeenCalled()
    const told = () => window.webContents.sent.filter((message) => message.channel === DESKTOP_CHANNELS.openedClientExport)
    expect(told()).toEqual([])
    const listen = recorded.messageListeners.get(DESKTOP_CHANNELS.listenForOpenedFiles)!
    listen({ ...frame(FOREIGN_PAGE), sender: window.webContents } as unknown as IpcMainEvent)
    expect(told()).toEqual([])
    listen({ ...frame(APP_PAGE), sender: window.webContents } as unknown as IpcMainEvent)
    // The window hears the file's name only; its import takes the path from main, with no dialog, and asks the coach to confirm.
    expect(told()).toEqual([{ channel: DESKTOP_CHANNELS.openedClientExport, args: [name] }])
    const dialogsBefore = recorded.openDialogs.length
    expect(await invoke('privacy:previewImport', APP_PAGE, { opened: true })).toMatchObject({
      ok: true,
      data: { status: 'preview', client: { name: 'Ingrid Berg' }, alreadyInPractice: true }
    })
    expect(recorded.openDialogs).toHaveLength(dialogsBefore)
    expect(await invoke('privacy:previewImport', APP_PAGE, { opened: true })).toMatchObject({ ok: true, data: { status: 'cancelled' } })

    // Windows and Linux: the OS starts a second copy with the file among its arguments, which it hands over.
    emitAppEvent('second-instance', {}, ['Coachbook.exe', bundle], '')
    emitAppEvent('second-instance', {}, ['Coachbook.exe', 'client.coachbook-client'], '')
    expect(told()).toHaveLength(2)
    expect(await invoke('privacy:previewImport', APP_PAGE, { opened: true })).toMatchObject({ ok: true, data: { status: 'preview' } })
  })

  it('shows a session’s reminder as a desktop notification whose click opens the session, and looks again when the computer wakes', async () => {
    expect(powerMonitor.listenerCount('suspend')).toBe(1)
    expect(powerMonitor.listenerCount('resume')).toBe(1)
    const made = async (channel: string, input: unknown) => ((await invoke(channel, APP_PAGE, input)) as { data: { id: number } }).data
    const client = await made('clients:create', { name: 'Amara Okafor' })
    const kinds = (await invoke('engagements:listKinds', APP_PAGE, {})) as { data: { items: { id: number; isMentoring: boolean }[] } }
    const kindId = kinds.data.items.find((kind) => !kind.isMentoring)!.id
    const engagement = await made('engagements:create', { clientId: client.id, kindId, status: 'active' })
    const startsAt = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 10 * 60_000).toISOString()
    await made('sessions:create', { engagementId: engagement.id, startsAt, durationMinutes: 60, format: 'video' })
    await vi.waitFor(() => expect(recorded.notifications).toHaveLength(1))
    const [notification] = recorded.notifications
    expect(notification!.options.title).toMatch(/^Session with A\.O\. at /)
    powerMonitor.fire('suspend')
    powerMonitor.fire('resume')
    notification!.fire('click')
    const opened = window.webContents.sent.filter((message) => message.channel === DESKTOP_CHANNELS.openLink).at(-1)
    expect(opened?.args).toEqual([{ kind: 'session', uid: expect.stringMatching(/^[0-9a-f-]{36}$/) }])
    expect(recorded.notifications).toHaveLength(1)
  })

  it('opens the window where it was left, on the display it was on, or back on the main one when that is gone', () => {
    // First run: the default size, centred on the main display.
    expect(window.options).toMatchObject({ x: 120, y: 63, width: 1200, height: 800 })
    conditions.displays = [...conditions.displays, { id: 2, workArea: { x: 1440, y: 0, width: 2560, height: 1415 } }]
    window.normalBounds = { x: 2000, y: 200, width: 1600, height: 1000 }
    window.maximised = true
    window.close()
    emitAppEvent('activate')
    const reopened = recorded.windows.at(-1)!
    expect(reopened).not.toBe(window)
    expect(reopened.options).toMatchObject(window.normalBounds)
    expect(reopened.isMaximized()).toBe(true)

    // The monitor unplugged: back on the laptop's screen, made to fit it.
    conditions.displays = conditions.displays.slice(0, 1)
    reopened.close()
    emitAppEvent('activate')
    expect(recorded.windows.at(-1)!.options).toMatchObject({ x: 0, y: 25, width: 1440, height: 875 })
  })

  it('schedules backups and reminders, and stops them and closes the practice on quit', async () => {
    const schedule = [...intervals].filter(([, ms]) => ms === SCHEDULE_CHECK_MS).map(([timer]) => timer)
    const reminders = [...intervals].filter(([, ms]) => ms === LOOK_EVERY_MS).map(([timer]) => timer)
    expect(schedule).toHaveLength(1)
    expect(reminders).toHaveLength(1)
    expect(cleared.has(schedule[0])).toBe(false)
    expect(cleared.has(reminders[0])).toBe(false)
    const journal = join(dataDir, 'coachbook.sqlite-wal')
    expect(existsSync(journal)).toBe(true)
    emitAppEvent('will-quit')
    expect(cleared.has(schedule[0])).toBe(true)
    expect(cleared.has(reminders[0])).toBe(true)
    // Closed: SQLite folds its write-ahead journal back into the file and removes it.
    await vi.waitFor(() => expect(existsSync(journal)).toBe(false))
  })
})
