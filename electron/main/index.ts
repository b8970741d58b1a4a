import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { pathToFileURL } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, net, powerMonitor, protocol, screen, shell, type Display } from 'electron'
import { DESKTOP_CHANNELS, type MenuCommand } from '../shared/commands'
import { firstRunChoiceSchema, type FirstRunAnswer, type PracticeState } from '../shared/firstRun'
import { recordLinkUrl, type RecordLink } from '../shared/links'
import { UNLOCK_ROUTE, type UnlockRequest } from '../shared/encryption'
import { screenSharingSchema } from '../shared/privacy'
import { appLockSchema } from '../shared/encryption'
import { clearOpenedCopies } from './attachments'
import { openWithRecovery, runScheduledBackup, startBackupSchedule, upgradeAside, type RecoveryOptions, type StartUpgradeThread } from './backup'
import type { PracticeSession } from './db/session'
import { registerIpcHandlers, type Dispatch } from './ipc/registry'
import type { Logger } from './logging/logger'
import { listenForEnabledCommands, menuTemplate } from './menu'
import { desktopDataDir } from './paths'
import { demoPracticeFile, isFirstRun, openFirstRunChoice, writeDemoPractice } from './firstRun'
import { forgetPracticeChoice, practiceToOpen, readPracticeChoice, rememberOpenedPractice, writePracticeChoice } from './practiceChoice'
import type { Platform } from './platform'
import { electronPlatform } from './platform-electron'
import { readTheme } from './preferences'
import { startPracticeRuntime } from './runtime'
import {
  APP_SCHEME,
  APP_URL,
  guardEveryWebContents,
  isTrustedSenderUrl,
  rendererFileFor,
  secureWebPreferences,
  UPGRADE_PAGE_URL
} from './security'
import { keychainKeeper } from './keychain'
import { holdSingleInstance } from './singleInstance'
import { LinkInbox } from './links'
import { OpenedFiles, receiveOpenedFiles } from './openedFiles'
import { receiveRecordLinks } from './recordLinks'
import { watchReminders, type ReminderWatch } from './reminders'
import { recoveryDialogs, startUp, startupFailedBox, type FirstRunOpened, type ShowMessage } from './startup'
import { upgradeWindow } from './upgradeWindow'
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
/** Client export files opened from outside the app, waiting for their import. */
const openedFiles = new OpenedFiles()

function dataDirectory() {
  return desktopDataDir({ packaged: app.isPackaged, argv: process.argv, env: process.env, userData: app.getPath('userData') })
}

/** Electron's message box, for the start-up and recovery dialogs of startup.ts. */
const showMessage: ShowMessage = async ({ title, message, ...box }) =>
  (await dialog.showMessageBox({ ...box, title: 'Coachbook', message: title, detail: message, noLink: true })).response

/**
 * The unlock window, before any practice is open: a page of the app's own renderer
 * (UNLOCK_ROUTE) that shows main's question and answers with what the coach typed, or
 * null when they cancel or close it. The native message boxes cannot take typing.
 */
function askInUnlockWindow(request: UnlockRequest): Promise<string | null> {
  return new Promise((resolve) => {
    const window = new BrowserWindow({
      width: 560,
      height: 420,
      resizable: false,
      title: 'Coachbook',
      backgroundColor: nativeTheme.shouldUseDarkColors ? '#1c1c1e' : '#f7f7f5',
      webPreferences: secureWebPreferences(join(__dirname, '../preload/index.cjs'))
    })
    window.setContentProtection(true)
    const trusted = (event: Electron.IpcMainEvent | Electron.IpcMainInvokeEvent) =>
      event.sender === window.webContents && isTrustedSenderUrl(event.senderFrame?.url ?? '', devServerUrl)
    const finish = (answer: string | null) => {
      ipcMain.removeHandler(DESKTOP_CHANNELS.unlockRequest)
      ipcMain.removeListener(DESKTOP_CHANNELS.unlockAnswer, onAnswer)
      if (!window.isDestroyed()) window.destroy()
      resolve(answer)
    }
    const onAnswer = (event: Electron.IpcMainEvent, answer: unknown) => {
      if (trusted(event)) finish(typeof answer === 'string' ? answer : null)
    }
    ipcMain.handle(DESKTOP_CHANNELS.unlockRequest, (event) => (trusted(event) ? request : null))
    ipcMain.on(DESKTOP_CHANNELS.unlockAnswer, onAnswer)
    window.on('closed', () => finish(null))
    void window.loadURL(`${devServerUrl ?? APP_URL}${UNLOCK_ROUTE}`)
  })
}

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

/** When the computer locks, the window locks at once too, if the coach turned the app lock on. */
async function lockWithTheComputer(): Promise<void> {
  const answer = await dispatch?.('encryption:appLock', {})
  const choice = answer?.ok ? appLockSchema.safeParse(answer.data) : null
  if (choice?.success && choice.data.afterMinutes !== null) mainWindow?.webContents.send(DESKTOP_CHANNELS.command, 'app.lock')
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

/** Which practice the window is on: none during the first run, else whether it is the demo. */
function practiceState(dataDir: string): PracticeState {
  return practice ? { state: 'open', demo: practice.file === demoPracticeFile(dataDir) } : { state: 'none' }
}

/** The app's page asks; any other frame is refused. */
function fromAppPage(event: Electron.IpcMainInvokeEvent): boolean {
  return isTrustedSenderUrl(event.senderFrame?.url ?? '', devServerUrl)
}

/**
 * The first run in the window: it shows the ways to begin, and each choice is opened
 * here; the practice that opens is handed to start-up (which wires the app on it), and
 * the window hears "opened" only once its channels are there, then reloads onto it.
 */
function firstRunInWindow(
  platform: Platform,
  readOptions: RecoveryOptions,
  wired: Promise<void>
): (dataDir: string, log: Logger) => Promise<FirstRunOpened | null> {
  return (dataDir, log) =>
    new Promise((chosen) => {
      let choosing = false
      firstRunChoice = async (choice) => {
        if (choosing) return { status: 'failed', message: 'Coachbook is still opening the practice you chose.' }
        choosing = true
        try {
          const outcome = await openFirstRunChoice(choice, {
            dataDir,
            platform,
            log,
            // A backup is checked with the engine this run uses (an Electron build in development).
            readOptions,
            // A new file is made; a folder that fails as it is made gets the start-up's own dialogs.
            open: (file) => openWithRecovery(file, recoveryDialogs(showMessage, platform, log), readOptions)
          })
          if (!outcome.opened) return outcome.answer
          firstRunChoice = null
          chosen({ opened: outcome.opened, demo: outcome.demo })
          await wired
          return outcome.answer
        } finally {
          choosing = false
        }
      }
      windowStateFile = join(dataDir, 'window-state.json')
      menuState.logFolder = join(dataDir, 'logs')
      showMenu()
      mainWindow = createWindow()
    })
}

/** While the first run waits for the coach: what opens their choice. */
let firstRunChoice: ((choice: Parameters<typeof openFirstRunChoice>[0]) => Promise<FirstRunAnswer>) | null = null

/** The window's questions about the practice: which is open, the first run's choice, leaving the demo for a practice of their own. */
function answerPracticeQuestions(dataDir: string): void {
  ipcMain.handle(DESKTOP_CHANNELS.practiceState, (event) => {
    if (!fromAppPage(event)) throw new Error('Refused: not the app’s page.')
    return practiceState(dataDir)
  })
  ipcMain.handle(DESKTOP_CHANNELS.firstRun, async (event, choice: unknown): Promise<FirstRunAnswer> => {
    if (!fromAppPage(event)) throw new Error('Refused: not the app’s page.')
    const parsed = firstRunChoiceSchema.safeParse(choice)
    if (!parsed.success) return { status: 'failed', message: 'Coachbook does not offer that way to begin.' }
    if (!firstRunChoice) return { status: 'failed', message: 'A practice is already open.' }
    return firstRunChoice(parsed.data)
  })
  ipcMain.handle(DESKTOP_CHANNELS.leaveDemo, (event) => {
    if (!fromAppPage(event)) throw new Error('Refused: not the app’s page.')
    const state = practiceState(dataDir)
    if (state.state !== 'open' || !state.demo) return
    // Started again with no practice chosen and none in the data folder: the first run's choices once more.
    forgetPracticeChoice(dataDir)
    app.relaunch()
    app.quit()
  })
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

/** The update of an older practice, on the thread built from backup/upgradeWorker.ts. */
const startUpgradeThread: StartUpgradeThread = (job) => new Worker(join(__dirname, 'upgradeWorker.js'), { workerData: job })

/** The update window, shown while an older practice is updated (from the dev server in development). */
function upgradeProgressWindow() {
  return upgradeWindow({
    pageUrl: devServerUrl ? new URL('upgrade.html', `${devServerUrl}/`).toString() : UPGRADE_PAGE_URL,
    preload: join(__dirname, '../preload/upgrade.cjs'),
    showAfterMs: 300
  })
}

/** The app scheme serves the built renderer and nothing else: the first run's, update and unlock windows need it before any practice. */
function serveAppScheme(): void {
  protocol.handle(APP_SCHEME, (request) => {
    const file = rendererFileFor(request.url, rendererDir, join)
    if (!file) return new Response('Not found', { status: 404 })
    return net.fetch(pathToFileURL(file).toString())
  })
}

async function start(): Promise<void> {
  const { dataDir, ignoredOverride } = dataDirectory()
  const platform = electronPlatform(openFromNotification, openedFiles)
  // Before any window: the unlock, update and first-run windows are drawn in the theme chosen on this computer too.
  platform.applyTheme(readTheme(dataDir))
  // In development the Node build of the database engine serves the tests; npm start points us at an Electron build.
  const readOptions = { nativeBinding: app.isPackaged ? undefined : process.env.COACHBOOK_SQLITE_BINDING }
  // Each practice is encrypted with its own key, kept wrapped by the OS keychain beside it.
  const keeper = (await keychainKeeper()) ?? undefined
  serveAppScheme()
  answerPracticeQuestions(dataDir)
  let markWired: () => void = () => undefined
  const wired = new Promise<void>((done) => (markWired = done))
  const openOptions: RecoveryOptions = {
    ...readOptions,
    keeper,
    upgradeAside: (file, options) => upgradeAside(file, options, startUpgradeThread, upgradeProgressWindow())
  }
  const started = await startUp({
    dataDir,
    practiceFile: await practiceFileToOpen(dataDir),
    platform,
    show: showMessage,
    askSecret: askInUnlockWindow,
    readOptions: openOptions,
    version: app.getVersion(),
    packaged: app.isPackaged,
    // Only when nothing was ever chosen here: a practice remembered but not found is said, not replaced by a first run.
    firstRun: isFirstRun(dataDir, readPracticeChoice(dataDir)) ? firstRunInWindow(platform, openOptions, wired) : undefined
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
    keeper,
    checkOutputs: !app.isPackaged,
    facts: { appVersion: app.getVersion(), dataDir: started.dataDir },
    doorHooks: [
      { afterCommit: () => setImmediate(showMenu) },
      // A session just scheduled or moved, or reminders switched on, is looked at at once; the reminders' own writes are not.
      { afterCommit: (write) => write.origin !== 'reminders:look' && setImmediate(() => void reminders?.lookNow()) }
    ]
  })
  // Written before reminders start looking: the demo's made-up sessions are not announced as they are written.
  if (started.newDemo) await writeDemoPractice(runtime.dispatch)
  practice = runtime.practice
  dispatch = runtime.dispatch
  stopBackups = startBackupSchedule(() => runScheduledBackup({ practice: runtime.practice, platform, log }))
  reminders = startReminders(runtime, log, platform)
  powerMonitor.on('lock-screen', () => void lockWithTheComputer())
  registerIpcHandlers(ipcMain, runtime.dispatch, (url) => isTrustedSenderUrl(url, devServerUrl))
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
  markWired()
  // The first run's window is already open, and reloads onto the practice once it hears it is open.
  mainWindow ??= createWindow()
}

/** A second copy started by a click hands over what was clicked: a record link, or a client export file. */
function receiveSecondCopy(argv: readonly string[]): void {
  recordLinks.receiveArguments(argv)
  openedFiles.receiveArguments(argv)
}

if (holdSingleInstance(app, () => mainWindow, receiveSecondCopy)) {
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
  receiveOpenedFiles({
    app,
    ipc: ipcMain,
    argv: process.argv,
    isTrustedSender: (url) => isTrustedSenderUrl(url, devServerUrl),
    files: openedFiles
  })
  app.on('window-all-closed', () => {
    // The update and unlock windows closing while starting is not the coach leaving: start-up carries on.
    if (process.platform !== 'darwin' && mainWindow !== null) app.quit()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && (practice || firstRunChoice)) mainWindow = createWindow()
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
