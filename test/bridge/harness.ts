import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { DATABASE_FILE_NAME } from '../../electron/main/db/connection'
import { openDevelopmentPractice } from '../../electron/main/testing/developmentKey'

/**
 * Runs `npm run web`'s server (test/bridge/web.ts) in its own process, as a coach or a
 * demo would, so a request that takes the process down shows as what it is: an exit.
 * It serves a small stand-in renderer, so no build is needed.
 */
const ROOT = resolve(import.meta.dirname, '../..')
const STAND_IN_PAGE = '<!doctype html>\n<html>\n  <head>\n    <meta charset="UTF-8" />\n  </head>\n  <body>Coachbook</body>\n</html>\n'

export interface WebProcess {
  port: number
  token: string
  dataDir: string
  /** Everything the process printed, to explain a failure. */
  output(): string
  /** Null while running; the exit code or signal once it has ended. */
  exited(): string | null
  stop(): Promise<void>
}

function standInRenderer(folder: string): string {
  const renderer = join(folder, 'renderer')
  mkdirSync(join(renderer, 'assets'), { recursive: true })
  writeFileSync(join(renderer, 'index.html'), STAND_IN_PAGE)
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log("Coachbook")\n')
  return renderer
}

function waitForExit(child: ChildProcess): Promise<void> {
  return new Promise((done) => (child.exitCode !== null || child.signalCode !== null ? done() : child.once('exit', () => done())))
}

export async function startWebProcess(): Promise<WebProcess> {
  const folder = mkdtempSync(join(tmpdir(), 'coachbook-bridge-'))
  const dataDir = join(folder, 'data')
  // A practice already there: on an empty folder the server would wait for the first run's choice.
  mkdirSync(dataDir)
  const made = openDevelopmentPractice(join(dataDir, DATABASE_FILE_NAME)).opening
  if (made.ok) await made.database.close()
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/bridge/web.ts', `--data-dir=${dataDir}`], {
    cwd: ROOT,
    env: { ...process.env, COACHBOOK_RENDERER_DIR: standInRenderer(folder) },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = () => (child.exitCode !== null ? `exit code ${child.exitCode}` : child.signalCode)

  const address = await new Promise<{ port: number; token: string }>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`The web bridge did not start within 30 s:\n${output}`)), 30_000)
    const look = () => {
      const match = /http:\/\/127\.0\.0\.1:(\d+)\/\?token=([0-9a-f]+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        ready({ port: Number(match[1]), token: match[2]! })
      }
    }
    child.stdout.on('data', look)
    child.once('exit', () => {
      clearTimeout(timer)
      fail(new Error(`The web bridge ended while starting (${exited()}):\n${output}`))
    })
  })

  return {
    ...address,
    dataDir,
    output: () => output,
    exited,
    stop: async () => {
      if (exited() === null) child.kill('SIGTERM')
      await waitForExit(child)
      rmSync(folder, { recursive: true, force: true })
    }
  }
}

export interface RawAnswer {
  /** The HTTP status, or null when the connection ended without an answer. */
  status: number | null
  text: string
}

export interface RawOptions {
  /** Send the bytes, then drop the connection at once (a client that goes away mid-upload). */
  drop?: boolean
  timeoutMs?: number
}

/** Whether a whole answer has arrived: its head, and as much body as its Content-Length says. */
function isComplete(received: Buffer): boolean {
  const end = received.indexOf('\r\n\r\n')
  if (end < 0) return false
  const head = received.subarray(0, end).toString('latin1')
  if (/^HTTP\/1\.[01] 1\d\d /.test(head)) return false
  const length = /\r\ncontent-length: *(\d+)/i.exec(head)
  return length ? received.length - end - 4 >= Number(length[1]) : !/\r\ntransfer-encoding: *chunked/i.test(head) || received.includes('\r\n0\r\n\r\n')
}

/** Sends exactly these bytes over a fresh loopback connection and reads whatever comes back. */
export function rawRequest(port: number, bytes: string | Uint8Array, options: RawOptions = {}): Promise<RawAnswer> {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port })
    const chunks: Buffer[] = []
    const finish = () => {
      clearTimeout(timer)
      socket.destroy()
      const text = Buffer.concat(chunks).toString('utf8')
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(text)
      done({ status: status ? Number(status[1]) : null, text })
    }
    const timer = setTimeout(finish, options.timeoutMs ?? 5_000)
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk)
      if (isComplete(Buffer.concat(chunks))) finish()
    })
    socket.on('close', finish)
    socket.on('error', finish)
    socket.write(bytes, () => {
      if (options.drop) finish()
    })
  })
}

/** A well-formed call through the bridge, as the renderer's shim makes it. */
export function callBytes(port: number, token: string, channel: string, input: unknown): string {
  const body = JSON.stringify({ input })
  return (
    `POST /__bridge/call/${encodeURIComponent(channel)} HTTP/1.1\r\n` +
    `Host: 127.0.0.1:${port}\r\n` +
    `X-Coachbook-Token: ${token}\r\n` +
    'Content-Type: application/json\r\n' +
    `Content-Length: ${Buffer.byteLength(body)}\r\n` +
    'Connection: close\r\n\r\n' +
    body
  )
}

/**
 * Gives the process a moment to act on what it was sent (a dropped connection reaches
 * it a little later), returning early if it ends.
 */
export async function settle(bridge: WebProcess, ms = 1_000): Promise<void> {
  const until = Date.now() + ms
  while (bridge.exited() === null && Date.now() < until) await new Promise((tick) => setTimeout(tick, 20))
}

/** Lists the practice's clients: the request every check ends with, to prove the bridge still answers. */
export async function answersAGoodCall(bridge: WebProcess): Promise<boolean> {
  const answer = await rawRequest(bridge.port, callBytes(bridge.port, bridge.token, 'clients:list', {}))
  return answer.status === 200 && answer.text.includes('"ok":true')
}
