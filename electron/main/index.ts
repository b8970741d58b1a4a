import { join } from 'node:path'
import { DATABASE_FILE_NAME } from './db/connection'
import { pathToFileURL } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, net, powerMonitor, protocol, screen, shell, type Display } from 'electron'
import { DESKTOP_CHANNELS, type MenuCommand } from '../shared/commands'
import { recordLinkUrl, type RecordLink } from '../shared/links'
import { screenSharingSchema } from '../shared/privacy'
import { clearOpenedCopies } from './attachments'
import { runScheduledBackup, startBackupSchedule } from './backup'
import type { PracticeSession } from './db/session'
import { registerIpcHandlers, type Dispatch } from './ipc/registry'
import type { Logger } from './logging/logger'
import { listenForEnabledCommands, menuTemplate } from './menu'
import { desktopDataDir } from './paths'
import { practiceToOpen, readPracticeChoice, settledChoice, writePracticeChoice } from './practiceChoice'
import type { Platform } from './platform'
import { electronPlatform } from './platform-electron'
import { startPracticeRuntime } from './runtime'
import { APP_SCHEME, APP_URL, guardEveryWebContents, isTrustedSenderUrl, rendererFileFor, secureWebPreferences } from './security'
import { keychainKeeper } from './keychain'
import { holdSingleInstance } from './singleInstance'
import { LinkInbox } from './links'
import { receiveRecordLinks } from './recordLinks'
import { watchReminders, type ReminderWatch } from './reminders'
import { startUp, startupFailedBox, type ShowMessage } from './startup'
import { MINIMUM_SIZE, placeWindow, readWindowState, writeWindowState } from './windowState'

// Must happen before the app is ready: the renderer's origin is coachbook://app.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
])

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const rendererDir = join(__dirname, '../renderer')
let practice: PracticeSession | null = null
let stopBackups: (() => void) | null = null
let reminders: ReminderWatch | null = null
let mainWindow: BrowserWindow | null = null
/** Where the window's size and place are kept between runs: beside the practice, but not in it (they belong to this computer). */
let windowStateFile: string | null = null
/** What the application menu is built from now: the window's commands, and the log folder it opens. */
const menuState: { enabled: ReadonlySet<MenuCommand>; logFolder: string } = { enabled: new Set(), logFolder: '' }
/** The practice's channels, once it is open: the window reads its own settings through them too. */
let dispatch: Dispatch | null = null
/** Record links clicked outside the app, waiting for the window to listen. */
const recordLinks = new LinkInbox()

function dataDirectory() {
  return desktopDataDir({ packaged: app.isPackaged, argv: process.argv, env: process.env, userData: app.getPath('userData') })
}

/** Electron's message box, for the start-up and recovery dialogs of startup.ts. */
const showMessage: ShowMessage = async ({ title, message, ...box }) =>
  (await dialog.showMessageBox({ ...box, title: 'Coachbook', message: title, detail: message, noLink: true })).response

/** The displays as windowState.ts sees them. */
function displayArea(display: Display) {
  return { id: display.id, workArea: display.workArea }
}

/** The window's size and place as the coach left them, and on which display; the next run opens it there. */
function saveWindowState(window: BrowserWindow, file: string): void {
  const bounds = window.getNormalBounds()
  try {
    writeWindowState(file, { bounds, maximised: window.isMaximized(), displayId: screen.getDisplayMatching(bounds).id })
  } catch {
    // A folder that cannot be written to costs only the place: the window opens centred next time.
  }
}

/** Privacy while sharing the screen, as the practice holds it (on when it cannot be read). */
async function applyScreenSharing(window: BrowserWindow): Promise<void> {
  const answer = await dispatch?.('privacy:screenSharing', {})
  const choice = answer?.ok ? screenSharingSchema.safeParse(answer.data) : null
  if (!window.isDestroyed()) window.setContentProtection(choice?.success ? choice.data.hideWhileSharing : true)
}

function createWindow(): BrowserWindow {
  const placed = placeWindow(
    windowStateFile ? readWindowState(windowStateFile) : null,
    screen.getAllDisplays().map(displayArea),
    displayArea(screen.getPrimaryDisplay())
  )
  const window = new BrowserWindow({
    ...placed.bounds,
    minWidth: MINIMUM_SIZE.width,
    minHeight: MINIMUM_SIZE.height,
    show: false,
    title: 'Coachbook',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1c1c1e' : '#f7f7f5',
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.cjs'))
  })
  // A form with unsaved changes asks before the window closes or reloads.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: ['Discard changes', 'Keep editing'],
      defaultId: 1,
      cancelId: 1,
      message: 'You have unsaved changes.',
      detail: 'If you leave now, what you typed will be lost.'
    })
    if (choice === 0) event.preventDefault()
  })
  // Hidden from screen capture from its first frame; each page load then applies the practice's choice
  // (a restored practice brings its own, and the window reloads after a restore).
  window.setContentProtection(true)
  window.webContents.on('did-finish-load', () => void applyScreenSharing(window))
  if (placed.maximised) window.maximize()
  window.on('close', () => windowStateFile && saveWindowState(window, windowStateFile))
  window.once('ready-to-show', () => window.show())
  void window.loadURL(devServerUrl ?? APP_URL)
  return window
}

/** The application menu, built again whenever the window says what it can do now, and after each write (Edit › Undo says what it would undo). */
function showMenu(): void {
  const { enabled, logFolder } = menuState
  const template = menuTemplate({
    platform: process.platform,
    packaged: app.isPackaged,
    enabled,
    undoing: practice?.database.undo.state().next?.words ?? null,
    send: (command) => mainWindow?.webContents.send(DESKTOP_CHANNELS.command, command),
    openLogFolder: () => void shell.openPath(logFolder)
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}

/** The practice file to open: the one the coach opened last, unless it is not there (which is said). */
async function practiceFileToOpen(dataDir: string): Promise<string | null> {
  const { file, missing } = practiceToOpen(readPracticeChoice(dataDir))
  if (missing !== null) {
    await showMessage({
      type: 'warning',
      title: 'The practice you opened last cannot be found',
      message:
        `Coachbook cannot find ${missing}: is its drive connected, or was it moved? Coachbook opens the practice in its ` +
        'data folder instead. Once the file is back, open it again with File › Open another practice….',
      buttons: ['OK'],
      defaultId: 0,
      cancelId: 0
    })
  }
  return file
}

/** Remembers which practice opened, for the next launch; a choice that did not open is forgotten. */
function rememberOpenedPractice(dataDir: string, opened: string | null): void {
  try {
    writePracticeChoice(dataDir, settledChoice(readPracticeChoice(dataDir), opened, join(dataDir, DATABASE_FILE_NAME)))
  } catch {
    // A data folder that cannot be written to (said at start-up) costs only which practice opens next time.
  }
}

/**
 * File › Open another practice…: the coach chooses a practice file, and Coachbook starts
 * again on it, so that it goes through every check a practice gets as it opens (and the
 * window asks first about unsaved changes, as it closes).
 */
async function openAnotherPractice(dataDir: string): Promise<void> {
  const options: Electron.OpenDialogOptions = {
    title: 'Open another practice',
    buttonLabel: 'Open practice',
    filters: [{ name: 'Coachbook practice', extensions: ['sqlite'] }],
    properties: ['openFile']
  }
  const chosen = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options)
  const file = chosen.filePaths[0]
  if (chosen.canceled || !file || file === practice?.file) return
  writePracticeChoice(dataDir, { ...readPracticeChoice(dataDir), pending: file })
  app.relaunch()
  app.quit()
}

/** A clicked reminder: the window comes forward, on the record it names. */
function openFromNotification(link: RecordLink | null): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.show()
    mainWindow.focus()
  }
  if (link) recordLinks.receiveUrl(recordLinkUrl(link))
}

/** Reminders while the app runs: looked for again after every change, put to sleep and woken with the computer. */
function startReminders(runtime: { practice: PracticeSession }, log: Logger, platform: Platform): ReminderWatch {
  const watch = watchReminders({
    door: () => runtime.practice.database.door.for('reminders:look'),
    platform,
    log,
    place: { locale: app.getSystemLocale() }
  })
  powerMonitor.on('suspend', () => watch.suspend())
  powerMonitor.on('resume', () => void watch.resume())
  return watch
}

async function start(): Promise<void> {
  const { dataDir, ignoredOverride } = dataDirectory()
  const platform = electronPlatform(openFromNotification)
  // In development the Node build of the database engine serves the tests; npm start points us at an Electron build.
  const readOptions = { nativeBinding: app.isPackaged ? undefined : process.env.COACHBOOK_SQLITE_BINDING }
  // Each practice is encrypted with its own key, kept wrapped by the OS keychain beside it.
  const keeper = (await keychainKeeper()) ?? undefined
  const started = await startUp({
    dataDir,
    practiceFile: await practiceFileToOpen(dataDir),
    platform,
    show: showMessage,
    readOptions: { ...readOptions, keeper },
    version: app.getVersion(),
    packaged: app.isPackaged
  })
  rememberOpenedPractice(dataDir, started?.opened.file ?? null)
  if (!started) return app.quit()
  const { opened, log } = started
  if (ignoredOverride) log.warn('app.dataDirOverrideIgnored')
  if (!keeper) log.warn('practice.noKeychain')
  const runtime = startPracticeRuntime({
    file: opened.file,
    database: opened.database,
    platform,
    log,
    resourcesDir: join(app.getAppPath(), 'resources'),
    readOptions: { ...readOptions, key: opened.key },
    checkOutputs: !app.isPackaged,
    facts: { appVersion: app.getVersion(), dataDir: started.dataDir },
    doorHooks: [
      { afterCommit: () => setImmediate(showMenu) },
      // A session just scheduled or moved, or reminders switched on, is looked at at once; the reminders' own writes are not.
      { afterCommit: (write) => write.origin !== 'reminders:look' && setImmediate(() => void reminders?.lookNow()) }
    ]
  })
  practice = runtime.practice
  dispatch = runtime.dispatch
  stopBackups = startBackupSchedule(() => runScheduledBackup({ practice: runtime.practice, platform, log }))
  reminders = startReminders(runtime, log, platform)
  registerIpcHandlers(ipcMain, runtime.dispatch, (url) => isTrustedSenderUrl(url, devServerUrl))
  protocol.handle(APP_SCHEME, (request) => {
    const file = rendererFileFor(request.url, rendererDir, join)
    if (!file) return new Response('Not found', { status: 404 })
    return net.fetch(pathToFileURL(file).toString())
  })
  windowStateFile = join(started.dataDir, 'window-state.json')
  menuState.logFolder = join(started.dataDir, 'logs')
  showMenu()
  listenForEnabledCommands(ipcMain, (url) => isTrustedSenderUrl(url, devServerUrl), (enabled) => {
    menuState.enabled = enabled
    showMenu()
  })
  ipcMain.on(DESKTOP_CHANNELS.openAnotherPractice, (event) => {
    if (!isTrustedSenderUrl(event.senderFrame?.url ?? '', devServerUrl)) return
    openAnotherPractice(dataDir).catch(async (error: unknown) => {
      log.error('practice.openAnotherFailed', error)
      await showMessage({
        type: 'error',
        title: 'Coachbook could not open another practice',
        message: `Coachbook cannot note which practice to open in ${dataDir}, so it stays on this one. Check that the folder can be written to, and try again.`,
        buttons: ['OK'],
        defaultId: 0,
        cancelId: 0
      })
    })
  })
  mainWindow = createWindow()
}

if (holdSingleInstance(app, () => mainWindow, (argv) => recordLinks.receiveArguments(argv))) {
  // Set before any page exists, so no WebContents is ever without the rules.
  guardEveryWebContents(app, (url) => void shell.openExternal(url))
  // Before ready too: macOS hands over the link that started the app as soon as it can.
  receiveRecordLinks({
    app,
    ipc: ipcMain,
    argv: process.argv,
    packaged: app.isPackaged,
    isTrustedSender: (url) => isTrustedSenderUrl(url, devServerUrl),
    inbox: recordLinks
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && practice) mainWindow = createWindow()
  })
  app.on('will-quit', () => {
    stopBackups?.()
    reminders?.stop()
    void practice?.close()
    practice = null
    // Copies of attachments the coach opened are not needed once Coachbook is gone.
    clearOpenedCopies(dataDirectory().dataDir)
  })
  // A failure while starting (not only before ready) must end the app rather than leave it windowless, and say so.
  app.whenReady().then(start).catch(async (error: unknown) => {
    console.error('[coachbook] failed to start', error instanceof Error ? error.name : 'unknown error')
    await showMessage(startupFailedBox(dataDirectory().dataDir)).catch(() => undefined)
    app.exit(1)
  })
}
