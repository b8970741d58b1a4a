import { randomBytes, timingSafeEqual } from 'node:crypto'
import { mkdirSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, resolve } from 'node:path'
import { build } from 'esbuild'
import { startBackupSchedule } from '../../electron/main/backup/schedule'
import { runScheduledBackup } from '../../electron/main/backup/service'
import { DATABASE_FILE_NAME } from '../../electron/main/db/connection'
import { openPractice } from '../../electron/main/db/practice'
import { fileLogger } from '../../electron/main/logging/logger'
import { startPracticeRuntime } from '../../electron/main/runtime'
import { rendererFileFor, APP_SCHEME, APP_HOST } from '../../electron/main/security'
import { standInPlatform, type StandInPlatform } from '../../electron/main/testing/platform'

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
}

const ROOT = resolve(import.meta.dirname, '../..')
const MAX_BODY_BYTES = 32 * 1024 * 1024
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

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) return null
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' })
  response.end(body)
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const rendererDir = options.rendererDir ?? join(ROOT, 'out/renderer')
  const indexHtml = readFileSync(join(rendererDir, 'index.html'), 'utf8')
  // The renderer is served exactly as built; only the shim's script tag is added before it.
  const servedIndex = indexHtml.replace('<head>', '<head>\n    <script src="/__bridge/shim.js"></script>')
  const shim = await bundleShim()

  mkdirSync(options.dataDir, { recursive: true })
  const log = fileLogger({ file: join(options.dataDir, 'logs', 'main.log') })
  const file = join(options.dataDir, DATABASE_FILE_NAME)
  const opening = openPractice(file)
  // No dialogs here: a practice that cannot be opened stops the bridge with the reason.
  if (!opening.ok) throw new Error(opening.problem.message)
  log.info('practice.opened', { created: opening.created, upgradedFrom: opening.upgrade?.from ?? null })
  const platform = standInPlatform(join(options.dataDir, 'exports'))
  mkdirSync(join(options.dataDir, 'exports'), { recursive: true })
  const { practice, dispatch } = startPracticeRuntime({
    file,
    database: opening.database,
    platform,
    log,
    resourcesDir: join(ROOT, 'resources'),
    checkOutputs: true
  })
  const stopBackups = startBackupSchedule(() => runScheduledBackup({ practice, platform, log }))
  const token = randomBytes(24).toString('hex')

  const server = createServer(async (request, response) => {
    const address = server.address() as AddressInfo
    // Refuse other host names, so a web page elsewhere cannot reach this server by DNS rebinding.
    if (request.headers.host !== `127.0.0.1:${address.port}`) return send(response, 403, 'text/plain', 'Forbidden')
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${address.port}`)

    if (url.pathname.startsWith('/__bridge/call/')) {
      if (request.method !== 'POST' || !sameToken(request.headers['x-coachbook-token'] as string | undefined, token)) {
        return send(response, 403, 'application/json', JSON.stringify({ ok: false, error: { code: 'forbidden', message: 'This request was refused.' } }))
      }
      const body = await readBody(request)
      if (body === null) {
        return send(response, 413, 'application/json', JSON.stringify({ ok: false, error: { code: 'invalid_input', message: 'This request is too large.' } }))
      }
      let input: unknown
      try {
        input = (JSON.parse(body) as { input?: unknown }).input
      } catch {
        return send(response, 400, 'application/json', JSON.stringify({ ok: false, error: { code: 'invalid_input', message: 'This request could not be read.' } }))
      }
      const channel = decodeURIComponent(url.pathname.slice('/__bridge/call/'.length))
      return send(response, 200, 'application/json', JSON.stringify(await dispatch(channel, input)))
    }
    // Stands in for the coach choosing a file in the open dialog, which the bridge has not got: tests name it first.
    if (url.pathname === '/__bridge/answer-open') {
      if (request.method !== 'POST' || !sameToken(request.headers['x-coachbook-token'] as string | undefined, token)) {
        return send(response, 403, 'text/plain', 'Forbidden')
      }
      let path: unknown
      try {
        path = (JSON.parse((await readBody(request)) ?? '') as { path?: unknown }).path
      } catch {
        path = undefined
      }
      if (typeof path !== 'string') return send(response, 400, 'text/plain', 'Name the file to answer with.')
      platform.answerNextOpen(path)
      return send(response, 204, 'text/plain', '')
    }
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
  })

  await new Promise<void>((ready) => server.listen(options.port ?? 0, '127.0.0.1', ready))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    dataDir: options.dataDir,
    platform,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((done) => server.close(() => done()))
      stopBackups()
      await practice.close()
    }
  }
}
