import { mkdirSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, resolve } from 'node:path'
import { build } from 'esbuild'
import { startBackupSchedule } from '../../electron/main/backup/schedule'
import { runScheduledBackup } from '../../electron/main/backup/service'
import { DATABASE_FILE_NAME } from '../../electron/main/db/connection'
import { fileLogger } from '../../electron/main/logging/logger'
import type { OpenedPractice } from '../../electron/main/backup'
import { demoPracticeFile, openFirstRunChoice, writeDemoPractice } from '../../electron/main/firstRun'
import type { Dispatch } from '../../electron/main/ipc/registry'
import type { Logger } from '../../electron/main/logging/logger'
import { forgetPracticeChoice, practiceToOpen, readPracticeChoice, rememberOpenedPractice } from '../../electron/main/practiceChoice'
import { watchReminders, type ReminderWatch } from '../../electron/main/reminders'
import { startPracticeRuntime } from '../../electron/main/runtime'
import type { PracticeSession } from '../../electron/main/db/session'
import { developmentKeysAsync, openDevelopmentPractice } from '../../electron/main/testing/developmentKey'
import { rendererFileFor, APP_SCHEME, APP_HOST } from '../../electron/main/security'
import { standInPlatform, type StandInPlatform } from '../../electron/main/testing/platform'
import { repositoryFacts } from '../../electron/main/testing/facts'
import { firstRunChoiceSchema, type PracticeState } from '../../electron/shared/firstRun'
import { recordLinkUrl } from '../../electron/shared/links'
import { BridgeLinks } from './links'
import { BridgeMenu, type MenuAnswer } from './menu'
import { newToken, sameToken } from './token'

/**
 * The test bridge: serves the built renderer on 127.0.0.1 and routes its calls to the
 * same handler registry the Electron main process uses. For tests and `npm run web`
 * only; nothing in electron/ imports it, so it never ships in the packaged app.
 */
export interface Bridge {
  /** The app's address, with this run's token. */
  url: string
  token: string
  dataDir: string
  /** Stands in for native dialogs: saves land in `<dataDir>/exports`; tests queue files to open. */
  platform: StandInPlatform
  close(): Promise<void>
}

export interface BridgeOptions {
  dataDir: string
  rendererDir?: string
  port?: number
  /**
   * No practice yet: the window shows the first run's choices, and the practice is made
   * only once one is chosen (as the app does on an empty data folder). Otherwise the
   * practice opens at once, made empty if there is none.
   */
  firstRun?: boolean
}

/** An open practice and what runs on it while the bridge serves it. */
interface Running {
  practice: PracticeSession
  dispatch: Dispatch
  reminders: ReminderWatch
  stop(): Promise<void>
}

const ROOT = resolve(import.meta.dirname, '../..')
const MAX_BODY_BYTES = 32 * 1024 * 1024
const CALL_PREFIX = '/__bridge/call/'
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json'
}

let shimSource: Promise<string> | null = null
function bundleShim(): Promise<string> {
  shimSource ??= build({
    entryPoints: [join(ROOT, 'test/bridge/shim.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    logLevel: 'silent'
  }).then((result) => result.outputFiles[0]?.text ?? '')
  return shimSource
}

type Body = { text: string } | 'too large' | 'dropped'

/** The call's body, unless it is too large or the page went away while sending it. */
async function readBody(request: IncomingMessage): Promise<Body> {
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of request) {
      size += (chunk as Buffer).length
      if (size > MAX_BODY_BYTES) return 'too large'
      chunks.push(chunk as Buffer)
    }
  } catch {
    // The connection closed mid-upload: there is nobody left to answer.
    return 'dropped'
  }
  return { text: Buffer.concat(chunks).toString('utf8') }
}

/** The request target as a URL, or null when it is not one (`//`, `http://[::1/`…). */
function requestUrl(request: IncomingMessage, origin: string): URL | null {
  try {
    return new URL(request.url ?? '/', origin)
  } catch {
    return null
  }
}

/** The channel a call names, or null when its %-encoding is broken. */
function channelOf(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname.slice(CALL_PREFIX.length))
  } catch {
    return null
  }
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  // A client that has gone away gets no answer; writing to it would only fail.
  if (response.destroyed || response.headersSent) return
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' })
  response.end(body)
}

function refuse(response: ServerResponse, status: number, code: string, message: string): void {
  send(response, status, 'application/json', JSON.stringify({ ok: false, error: { code, message } }))
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const rendererDir = options.rendererDir ?? join(ROOT, 'out/renderer')
  const indexHtml = readFileSync(join(rendererDir, 'index.html'), 'utf8')
  // The renderer is served exactly as built; only the shim's script tag is added before it.
  const servedIndex = indexHtml.replace('<head>', '<head>\n    <script src="/__bridge/shim.js"></script>')
  const shim = await bundleShim()

  mkdirSync(options.dataDir, { recursive: true })
  const { dataDir } = options
  const log = fileLogger({ file: join(dataDir, 'logs', 'main.log') })
  const platform = standInPlatform(join(dataDir, 'exports'))
  mkdirSync(join(dataDir, 'exports'), { recursive: true })
  // The computer cannot sleep for a journey: its clock, as the reminders read it, moves on by the time a journey says it slept.
  let slept = 0
  let running: Running | null = null
  if (!options.firstRun) {
    // As the app: the practice opened last, else the data folder's own (made empty if there is none).
    const opening = openPracticeAt(practiceToOpen(readPracticeChoice(dataDir)).file ?? join(dataDir, DATABASE_FILE_NAME), log)
    // No dialogs here: a practice that cannot be opened stops the bridge with the reason.
    if ('problem' in opening) throw new Error(opening.problem)
    running = runPractice(opening.opened)
  }

  /** What the app runs on an open practice: the channels, backups on a schedule, reminders. */
  function runPractice(opened: OpenedPractice): Running {
    let reminders: ReminderWatch | null = null
    const { practice, dispatch } = startPracticeRuntime({
      file: opened.file,
      database: opened.database,
      platform,
      log,
      resourcesDir: join(ROOT, 'resources'),
      readOptions: { key: opened.key },
      keeper: developmentKeysAsync,
      checkOutputs: true,
      facts: repositoryFacts(dataDir),
      // As in the app: a change is looked at for reminders at once, except the reminders' own.
      doorHooks: [{ afterCommit: (write) => write.origin !== 'reminders:look' && setImmediate(() => void reminders?.lookNow()) }]
    })
    const stopBackups = startBackupSchedule(() => runScheduledBackup({ practice, platform, log }))
    reminders = watchReminders({
      door: () => practice.database.door.for('reminders:look'),
      platform,
      log,
      place: {},
      now: () => Date.now() + slept
    })
    const watch = reminders
    return {
      practice,
      dispatch,
      reminders: watch,
      stop: async () => {
        stopBackups()
        watch.stop()
        await practice.close()
      }
    }
  }

  function practiceState(): PracticeState {
    return running ? { state: 'open', demo: running.practice.file === demoPracticeFile(dataDir) } : { state: 'none' }
  }

  const menu = new BridgeMenu(() => void platform.openPath(join(options.dataDir, 'logs')))
  const links = new BridgeLinks()
  const token = newToken()
  // Set once listening: the one Host a request may name, and the base its target is read against.
  let host = ''

  async function answerCall(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    if (request.method !== 'POST' || !sameToken(request.headers['x-coachbook-token'], token)) {
      return refuse(response, 403, 'forbidden', 'This request was refused.')
    }
    const channel = channelOf(url.pathname)
    if (channel === null) return refuse(response, 404, 'unknown_channel', 'Coachbook has no action by that name.')
    const body = await readBody(request)
    if (body === 'dropped') return
    if (body === 'too large') return refuse(response, 413, 'invalid_input', 'This request is too large.')
    let input: unknown
    try {
      input = (JSON.parse(body.text) as { input?: unknown } | null)?.input
    } catch {
      return refuse(response, 400, 'invalid_input', 'This request could not be read.')
    }
    if (!running) return refuse(response, 409, 'conflict', 'No practice is open yet: choose how to begin first.')
    const result = await running.dispatch(channel, input)
    send(response, 200, 'application/json', JSON.stringify(result))
  }

  /** Stands in for the coach choosing a file in the open dialog, which the bridge has not got: tests name it first. */
  async function answerOpenDialog(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'POST' || !sameToken(request.headers['x-coachbook-token'], token)) {
      return send(response, 403, 'text/plain', 'Forbidden')
    }
    const body = await readBody(request)
    if (body === 'dropped') return
    if (body === 'too large') return send(response, 413, 'text/plain', 'This request is too large.')
    let path: unknown
    try {
      path = (JSON.parse(body.text) as { path?: unknown } | null)?.path
    } catch {
      path = undefined
    }
    if (typeof path !== 'string') return send(response, 400, 'text/plain', 'Name the file to answer with.')
    platform.answerNextOpen(path)
    send(response, 204, 'text/plain', '')
  }

  /**
   * The application menu and clicked record links: the page listens for commands and
   * links (event streams; its token in the address, since a stream cannot send headers)
   * and says what it can run; a journey reads the menu and chooses an item in it, or
   * opens a link as another app would.
   */
  async function answerMenu(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const streams: Record<string, (request: IncomingMessage, response: ServerResponse) => void> = {
      '/__bridge/menu/events': (...args) => menu.listen(...args),
      '/__bridge/menu/link-events': (...args) => links.listen(...args)
    }
    const stream = Object.hasOwn(streams, url.pathname) ? streams[url.pathname] : undefined
    if (stream) {
      if (request.method !== 'GET' || !sameToken(url.searchParams.get('token') ?? undefined, token)) return send(response, 403, 'text/plain', 'Forbidden')
      return stream(request, response)
    }
    if (!sameToken(request.headers['x-coachbook-token'], token)) return send(response, 403, 'text/plain', 'Forbidden')
    if (url.pathname === '/__bridge/menu' && request.method === 'GET') return send(response, 200, 'application/json', JSON.stringify(menu.items()))
    const acts: Record<string, (body: unknown) => MenuAnswer> = {
      '/__bridge/menu/enabled': (body) => menu.setEnabled(body),
      '/__bridge/menu/choose': (body) => menu.choose(body),
      '/__bridge/menu/open-link': (body) => links.open(body)
    }
    const act = Object.hasOwn(acts, url.pathname) ? acts[url.pathname] : undefined
    if (!act || request.method !== 'POST') return send(response, 404, 'text/plain', 'Not found')
    const body = await readBody(request)
    if (body === 'dropped') return
    if (body === 'too large') return send(response, 413, 'text/plain', 'This request is too large.')
    let parsed: unknown
    try {
      parsed = JSON.parse(body.text)
    } catch {
      return send(response, 400, 'text/plain', 'This request could not be read.')
    }
    const answer = act(parsed)
    send(response, answer.status, 'text/plain', answer.body)
  }

  /**
   * The desktop around the window, where there is none: a journey reads the notifications
   * the stand-in showed and clicks one (its record opens, as a click on a real one does),
   * and puts the computer to sleep and wakes it (Electron's powerMonitor) some minutes later.
   */
  async function answerDesktop(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    if (!sameToken(request.headers['x-coachbook-token'], token)) return send(response, 403, 'text/plain', 'Forbidden')
    if (url.pathname === '/__bridge/notifications' && request.method === 'GET') {
      return send(response, 200, 'application/json', JSON.stringify(platform.notifications))
    }
    if (request.method !== 'POST') return send(response, 404, 'text/plain', 'Not found')
    const body = await readBody(request)
    if (body === 'dropped') return
    if (body === 'too large') return send(response, 413, 'text/plain', 'This request is too large.')
    let parsed: { index?: unknown; event?: unknown; asleepMinutes?: unknown } | null
    try {
      parsed = JSON.parse(body.text) as typeof parsed
    } catch {
      return send(response, 400, 'text/plain', 'This request could not be read.')
    }
    if (url.pathname === '/__bridge/notifications/click') {
      const shown = typeof parsed?.index === 'number' ? platform.notifications[parsed.index] : undefined
      if (!shown) return send(response, 404, 'text/plain', 'No notification was shown at that place.')
      const answer = shown.link ? links.open({ url: recordLinkUrl(shown.link) }) : { status: 204, body: '' }
      return send(response, answer.status, 'text/plain', answer.body)
    }
    if (url.pathname === '/__bridge/power' && (parsed?.event === 'suspend' || parsed?.event === 'resume')) {
      if (parsed.event === 'suspend') running?.reminders.suspend()
      else {
        if (typeof parsed.asleepMinutes === 'number' && parsed.asleepMinutes > 0) slept += parsed.asleepMinutes * 60_000
        await running?.reminders.resume()
      }
      return send(response, 204, 'text/plain', '')
    }
    send(response, 404, 'text/plain', 'Not found')
  }

  /**
   * Main's side of the first run: which practice is open, the coach's choice of how to
   * begin (the practice made or opened, as the app does), and leaving the demo practice
   * (the app starts again for it; the bridge closes the demo and shows the choices).
   */
  async function answerPractice(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    if (!sameToken(request.headers['x-coachbook-token'], token)) return send(response, 403, 'text/plain', 'Forbidden')
    if (url.pathname === '/__bridge/practice/state' && request.method === 'GET') {
      return send(response, 200, 'application/json', JSON.stringify(practiceState()))
    }
    if (request.method !== 'POST') return send(response, 404, 'text/plain', 'Not found')
    const body = await readBody(request)
    if (body === 'dropped') return
    if (body === 'too large') return send(response, 413, 'text/plain', 'This request is too large.')
    if (url.pathname === '/__bridge/practice/leave-demo') {
      const state = practiceState()
      if (state.state !== 'open' || !state.demo) return send(response, 409, 'text/plain', 'The demo practice is not open.')
      await running?.stop()
      running = null
      forgetPracticeChoice(dataDir)
      return send(response, 204, 'text/plain', '')
    }
    if (url.pathname !== '/__bridge/practice/first-run') return send(response, 404, 'text/plain', 'Not found')
    if (running) return send(response, 409, 'text/plain', 'A practice is already open.')
    let choice: unknown
    try {
      choice = (JSON.parse(body.text) as { choice?: unknown } | null)?.choice
    } catch {
      choice = undefined
    }
    const parsed = firstRunChoiceSchema.safeParse(choice)
    if (!parsed.success) return send(response, 400, 'text/plain', 'Name one of the first run’s choices.')
    const outcome = await openFirstRunChoice(parsed.data, { dataDir, platform, log, open: async (file) => {
        const opening = openPracticeAt(file, log)
        return 'opened' in opening ? opening.opened : null
      }
    })
    if (outcome.opened) {
      running = runPractice(outcome.opened)
      if (outcome.demo) await writeDemoPractice(running.dispatch)
      rememberOpenedPractice(dataDir, outcome.opened.file)
    }
    send(response, 200, 'application/json', JSON.stringify(outcome.answer))
  }

  async function answerFile(response: ServerResponse, url: URL): Promise<void> {
    if (url.pathname === '/__bridge/shim.js') return send(response, 200, CONTENT_TYPES['.js']!, shim)
    if (url.pathname === '/' || url.pathname === '/index.html') return send(response, 200, CONTENT_TYPES['.html']!, servedIndex)
    // Static files are resolved with the same traversal guard as the app scheme in Electron.
    const file = rendererFileFor(`${APP_SCHEME}://${APP_HOST}${url.pathname}`, rendererDir, join)
    if (!file) return send(response, 404, 'text/plain', 'Not found')
    try {
      send(response, 200, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file))
    } catch {
      send(response, 404, 'text/plain', 'Not found')
    }
  }

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // Refuse other host names, so a web page elsewhere cannot reach this server by DNS rebinding.
    if (request.headers.host !== host) return send(response, 403, 'text/plain', 'Forbidden')
    const url = requestUrl(request, `http://${host}`)
    if (!url) return send(response, 400, 'text/plain', 'Bad request')
    if (url.pathname.startsWith(CALL_PREFIX)) return answerCall(request, response, url)
    if (url.pathname === '/__bridge/answer-open') return answerOpenDialog(request, response)
    if (url.pathname === '/__bridge/menu' || url.pathname.startsWith('/__bridge/menu/')) return answerMenu(request, response, url)
    if (url.pathname.startsWith('/__bridge/notifications') || url.pathname === '/__bridge/power') return answerDesktop(request, response, url)
    if (url.pathname.startsWith('/__bridge/practice/')) return answerPractice(request, response, url)
    return answerFile(response, url)
  }

  const server = createServer((request, response) => {
    // Each path above handles its own failures; this only keeps an unforeseen one to the request that met it.
    answer(request, response).catch((error: unknown) => {
      log.error('bridge.requestFailed', error)
      send(response, 500, 'text/plain', 'Coachbook could not answer this request.')
    })
  })

  await new Promise<void>((ready, fail) => {
    server.once('error', fail)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', fail)
      ready()
    })
  })
  const { port } = server.address() as AddressInfo
  host = `127.0.0.1:${port}`
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    dataDir,
    platform,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((done) => server.close(() => done()))
      await running?.stop()
    }
  }
}

/** Opens (or makes) the practice at `file` with its development key, or says why it cannot be opened. */
function openPracticeAt(file: string, log: Logger): { opened: OpenedPractice } | { problem: string } {
  const { opening, readOptions } = openDevelopmentPractice(file)
  if (!opening.ok) {
    log.warn('practice.cannotOpen', { kind: opening.problem.kind })
    return { problem: opening.problem.message }
  }
  log.info('practice.opened', { created: opening.created, upgradedFrom: opening.upgrade?.from ?? null })
  return { opened: { ...opening, file, key: readOptions.key } }
}
