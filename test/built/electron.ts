import { EventEmitter } from 'node:events'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type * as Electron from 'electron'

/**
 * A stand-in for the `electron` module, for running the built main process under Node
 * where the Electron binary cannot be had. Each export is typed with the real Electron
 * types of what main uses, and records what main does with it: the windows it opens and
 * their options, the IPC channels and protocols it registers, the menus it sets, the
 * dialogs it shows, the app events it listens for. A name main imports that is missing
 * here fails the run (the module has no such export), so it cannot drift silently.
 */
type Listener = Parameters<EventEmitter['on']>[1]

/** An emitter whose `on`/`once` fit Electron's many typed overloads. */
class Emitter extends EventEmitter {
  fire(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners(event)) (listener as (...args: unknown[]) => unknown)(...args)
  }
}

export interface Recorded {
  privilegedSchemes: Electron.CustomScheme[]
  protocolHandlers: Map<string, (request: GlobalRequest) => Response | Promise<Response>>
  /** Files net.fetch was asked for by a protocol handler. */
  fetched: string[]
  invokeHandlers: Map<string, (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown>
  messageListeners: Map<string, (event: Electron.IpcMainEvent, ...args: unknown[]) => void>
  windows: StandInWindow[]
  applicationMenus: Electron.MenuItemConstructorOptions[][]
  messageBoxes: Electron.MessageBoxOptions[]
  openDialogs: Electron.OpenDialogOptions[]
  opened: string[]
  quits: number
  /** Times the app asked to be started again once it quits. */
  relaunches: number
  exitCodes: number[]
  singleInstanceLockRequests: number
  /** The schemes the app asked the OS to hand it links of. */
  protocolClients: string[]
  /** The desktop notifications shown. */
  notifications: StandInNotification[]
  /** Each theme main set for what the OS draws (nativeTheme.themeSource), in order. */
  themeSources: Electron.NativeTheme['themeSource'][]
}

type GlobalRequest = Request

export const recorded: Recorded = {
  privilegedSchemes: [],
  protocolHandlers: new Map(),
  fetched: [],
  invokeHandlers: new Map(),
  messageListeners: new Map(),
  windows: [],
  applicationMenus: [],
  messageBoxes: [],
  openDialogs: [],
  opened: [],
  quits: 0,
  relaunches: 0,
  exitCodes: [],
  singleInstanceLockRequests: 0,
  protocolClients: [],
  notifications: [],
  themeSources: []
}

/** A display as main reads it: its id, and the part of it windows may use. */
export type StandInDisplay = Pick<Electron.Display, 'id' | 'workArea'>

/**
 * What the stand-in answers: whether this copy gets the single-instance lock (false
 * plays a second copy), the app-data folder, the displays (the first is the main one),
 * and the button the coach presses in a message box that waits for an answer.
 */
export const conditions: {
  holdsLock: boolean
  dataDir: string
  displays: StandInDisplay[]
  pressedInSyncBox: number
  /** The file the coach picks in an open dialog; null cancels it. */
  fileToOpen: string | null
} = {
  holdsLock: true,
  dataDir: '',
  displays: [{ id: 1, workArea: { x: 0, y: 25, width: 1440, height: 875 } }],
  pressedInSyncBox: 1,
  fileToOpen: null
}

const appEvents = new Emitter()
let markReady: () => void = () => undefined
const readyPromise = new Promise<void>((resolve) => (markReady = resolve))

/** Says the app is ready, as Electron does once it has started. */
export function becomeReady(): void {
  markReady()
}

export function emitAppEvent(event: string, ...args: unknown[]): void {
  appEvents.fire(event, ...args)
}

export const app = {
  isPackaged: false,
  getPath: (() => conditions.dataDir) as Electron.App['getPath'],
  getVersion: () => '0.0.0-stand-in',
  getSystemLocale: () => 'en-GB',
  getAppPath: () => fileURLToPath(new URL('../..', import.meta.url)),
  requestSingleInstanceLock: () => {
    recorded.singleInstanceLockRequests += 1
    return conditions.holdsLock
  },
  quit: () => void (recorded.quits += 1),
  relaunch: () => void (recorded.relaunches += 1),
  exit: (code?: number) => void recorded.exitCodes.push(code ?? 0),
  whenReady: () => readyPromise,
  setAsDefaultProtocolClient: (scheme: string) => {
    recorded.protocolClients.push(scheme)
    return true
  },
  on: ((event: string, listener: Listener) => {
    appEvents.on(event, listener)
    return app
  }) as unknown as Electron.App['on']
} satisfies Pick<
  Electron.App,
  | 'isPackaged'
  | 'getPath'
  | 'getVersion'
  | 'getSystemLocale'
  | 'getAppPath'
  | 'requestSingleInstanceLock'
  | 'quit'
  | 'relaunch'
  | 'exit'
  | 'whenReady'
  | 'setAsDefaultProtocolClient'
  | 'on'
>

class StandInSession {
  permissionRequest: Parameters<Electron.Session['setPermissionRequestHandler']>[0] = null
  permissionCheck: Parameters<Electron.Session['setPermissionCheckHandler']>[0] = null
  devicePermission: Parameters<Electron.Session['setDevicePermissionHandler']>[0] = null
  setPermissionRequestHandler: Electron.Session['setPermissionRequestHandler'] = (handler) => void (this.permissionRequest = handler)
  setPermissionCheckHandler: Electron.Session['setPermissionCheckHandler'] = (handler) => void (this.permissionCheck = handler)
  setDevicePermissionHandler: Electron.Session['setDevicePermissionHandler'] = (handler) => void (this.devicePermission = handler)
}

export class StandInWebContents extends Emitter {
  readonly session = new StandInSession()
  readonly sent: { channel: string; args: unknown[] }[] = []
  windowOpenHandler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0] | null = null
  send: Electron.WebContents['send'] = (channel, ...args) => void this.sent.push({ channel, args })
  setWindowOpenHandler: Electron.WebContents['setWindowOpenHandler'] = (handler) => void (this.windowOpenHandler = handler)
}

export class StandInWindow extends Emitter {
  static getAllWindows(): StandInWindow[] {
    return recorded.windows.filter((window) => !window.destroyed)
  }
  static getFocusedWindow(): StandInWindow | null {
    return StandInWindow.getAllWindows().find((window) => window.focused) ?? null
  }

  readonly webContents = new StandInWebContents()
  loadedUrl: string | null = null
  minimized = false
  visible = false
  focused = false
  destroyed = false
  restores = 0
  maximised = false
  /** Where the window is when not maximised: where it opened, until a test moves it. */
  normalBounds: Electron.Rectangle

  constructor(readonly options: Electron.BrowserWindowConstructorOptions) {
    super()
    const { x = 0, y = 0, width = 800, height = 600 } = options
    this.normalBounds = { x, y, width, height }
    recorded.windows.push(this)
    // As in Electron: the app hears of every page as it is made.
    appEvents.fire('web-contents-created', {}, this.webContents)
  }

  loadURL = (url: string) => {
    this.loadedUrl = url
    return Promise.resolve()
  }
  show = () => void (this.visible = true)
  focus = () => void (this.focused = true)
  restore = () => {
    this.restores += 1
    this.minimized = false
  }
  isMinimized = () => this.minimized
  isVisible = () => this.visible
  isDestroyed = () => this.destroyed
  /** Each setContentProtection, in order. */
  readonly contentProtection: boolean[] = []
  setContentProtection = (hidden: boolean) => void this.contentProtection.push(hidden)
  /** Each setProgressBar, in order (the taskbar's or Dock's bar). */
  readonly progressBar: number[] = []
  setProgressBar: Electron.BrowserWindow['setProgressBar'] = (progress) => void this.progressBar.push(progress)
  maximize = () => void (this.maximised = true)
  isMaximized = () => this.maximised
  getNormalBounds = () => this.normalBounds

  /** Gone at once, without asking (no 'close'), as Electron's destroy(). */
  destroy = () => {
    this.destroyed = true
    this.fire('closed')
  }

  /** Closes the window as the coach would: it hears 'close', then is gone. */
  close(): void {
    this.fire('close', { preventDefault: () => undefined })
    this.destroyed = true
    this.fire('closed')
  }
}

export const BrowserWindow = StandInWindow as unknown as typeof Electron.BrowserWindow

export const dialog = {
  showMessageBox: (async (...args: unknown[]) => {
    recorded.messageBoxes.push(args.at(-1) as Electron.MessageBoxOptions)
    return { response: 0, checkboxChecked: false }
  }) as Electron.Dialog['showMessageBox'],
  showMessageBoxSync: ((...args: unknown[]) => {
    recorded.messageBoxes.push(args.at(-1) as Electron.MessageBoxOptions)
    return conditions.pressedInSyncBox
  }) as Electron.Dialog['showMessageBoxSync'],
  showSaveDialog: (async () => ({ canceled: true, filePath: '' })) as Electron.Dialog['showSaveDialog'],
  showOpenDialog: (async (...args: unknown[]) => {
    recorded.openDialogs.push(args.at(-1) as Electron.OpenDialogOptions)
    const file = conditions.fileToOpen
    return file === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [file] }
  }) as Electron.Dialog['showOpenDialog']
} satisfies Pick<Electron.Dialog, 'showMessageBox' | 'showMessageBoxSync' | 'showSaveDialog' | 'showOpenDialog'>

export const ipcMain = {
  handle: ((channel, listener) => void recorded.invokeHandlers.set(channel, listener)) as Electron.IpcMain['handle'],
  on: ((channel: string, listener: (event: Electron.IpcMainEvent, ...args: unknown[]) => void) => {
    recorded.messageListeners.set(channel, listener)
    return ipcMain
  }) as unknown as Electron.IpcMain['on']
} satisfies Pick<Electron.IpcMain, 'handle' | 'on'>

/** A built menu: the template it was built from, which is what the tests read. */
export class StandInMenu {
  constructor(readonly template: Electron.MenuItemConstructorOptions[]) {}
  static buildFromTemplate(template: Electron.MenuItemConstructorOptions[]): StandInMenu {
    return new StandInMenu(template)
  }
  static setApplicationMenu(menu: StandInMenu | null): void {
    recorded.applicationMenus.push(menu?.template ?? [])
  }
}

export const Menu = StandInMenu as unknown as typeof Electron.Menu

/** Dark when main sets it so, as Electron's is; else the system's, light here. */
export const nativeTheme = {
  get shouldUseDarkColors() {
    return recorded.themeSources.at(-1) === 'dark'
  },
  get themeSource() {
    return recorded.themeSources.at(-1) ?? 'system'
  },
  set themeSource(theme: Electron.NativeTheme['themeSource']) {
    recorded.themeSources.push(theme)
  }
} satisfies Pick<Electron.NativeTheme, 'shouldUseDarkColors' | 'themeSource'>

export const net = {
  fetch: async (input: string | GlobalRequest) => {
    const url = typeof input === 'string' ? input : input.url
    const file = fileURLToPath(url)
    recorded.fetched.push(file)
    return readFile(file).then(
      (bytes) => new Response(bytes),
      () => new Response('Not found', { status: 404 })
    )
  }
} satisfies Pick<Electron.Net, 'fetch'>

export const protocol = {
  registerSchemesAsPrivileged: (schemes: Electron.CustomScheme[]) => void recorded.privilegedSchemes.push(...schemes),
  handle: ((scheme: string, handler: (request: GlobalRequest) => Response | Promise<Response>) =>
    void recorded.protocolHandlers.set(scheme, handler)) as unknown as Electron.Protocol['handle']
} satisfies Pick<Electron.Protocol, 'registerSchemesAsPrivileged' | 'handle'>

export const shell = {
  openExternal: async (url: string) => void recorded.opened.push(url),
  openPath: async (path: string) => {
    recorded.opened.push(path)
    return ''
  },
  showItemInFolder: (path: string) => void recorded.opened.push(path)
} satisfies Pick<Electron.Shell, 'openExternal' | 'openPath' | 'showItemInFolder'>

function overlap(a: Electron.Rectangle, b: Electron.Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return Math.max(0, width) * Math.max(0, height)
}

export const screen = {
  getAllDisplays: () => conditions.displays as Electron.Display[],
  getPrimaryDisplay: () => conditions.displays[0] as Electron.Display,
  // As Electron does: the display the rectangle covers most of.
  getDisplayMatching: (rect: Electron.Rectangle) =>
    [...conditions.displays].sort((a, b) => overlap(rect, b.workArea) - overlap(rect, a.workArea))[0] as Electron.Display
} satisfies Pick<Electron.Screen, 'getAllDisplays' | 'getPrimaryDisplay' | 'getDisplayMatching'>

/**
 * The OS keychain as safeStorage offers it, asynchronously (Electron 45). Wrapping here is
 * reversible and marked, enough for main to keep and read back its practice key; what
 * the keychain itself does is the OS's, out of reach of a test without the binary.
 */
const WRAPPED = 'stand-in keychain:'
export const safeStorage = {
  isAsyncEncryptionAvailable: () => Promise.resolve(true),
  getSelectedStorageBackend: () => 'gnome_libsecret',
  encryptStringAsync: (text: string) => Promise.resolve(Buffer.from(WRAPPED + text)),
  decryptStringAsync: (wrapped: Buffer) => {
    const text = wrapped.toString()
    if (!text.startsWith(WRAPPED)) return Promise.reject(new Error('Not wrapped by this keychain.'))
    return Promise.resolve({ result: text.slice(WRAPPED.length), shouldReEncrypt: false })
  }
} satisfies Pick<
  typeof Electron.safeStorage,
  'isAsyncEncryptionAvailable' | 'getSelectedStorageBackend' | 'encryptStringAsync' | 'decryptStringAsync'
>

/** The OS's sleep and wake, which a test sends (`powerMonitor.fire('resume')`). */
export const powerMonitor = new Emitter() as Emitter & Pick<Electron.PowerMonitor, 'on'>

/** A desktop notification: what it says, recorded when shown; a test clicks it with `fire('click')`. */
export class StandInNotification extends Emitter {
  constructor(readonly options: Electron.NotificationConstructorOptions) {
    super()
  }
  static isSupported(): boolean {
    return true
  }
  show(): void {
    recorded.notifications.push(this)
  }
}

export const Notification = StandInNotification as unknown as typeof Electron.Notification
