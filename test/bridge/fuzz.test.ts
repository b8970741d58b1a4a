import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { connect } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHANNELS } from '../../electron/shared/contract'
import { answersAGoodCall, rawRequest, settle, startWebProcess, type RawAnswer, type WebProcess } from './harness'

/**
 * A few thousand random and malformed requests thrown at `npm run web`'s server, on
 * loopback only: odd methods, targets that are not URLs, broken %-encodings, wrong and
 * doubled headers, bodies that are not JSON or do not match their length, uploads the
 * client abandons, and clients that trickle their request a byte at a time. Whatever
 * comes, the process stays up, never fails a request it did not foresee, and still
 * answers a good call at the end. BRIDGE_FUZZ_RUNS sets the number of requests;
 * FUZZ_SEED replays a run.
 */
const RUNS = Number(process.env.BRIDGE_FUZZ_RUNS ?? 3000)
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31)
/** Connections open at once, and how long each waits for an answer before it gives up (as a real client would). */
const AT_ONCE = 32
const PATIENCE_MS = 750
const SLOW_CLIENTS = 12

/** What a request looks like before it is written: HOST and TOKEN are filled in for the running bridge. */
interface Attempt {
  bytes: string | Uint8Array
  /** Drop the connection as soon as the bytes are written (an abandoned upload). */
  drop: boolean
}

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH', 'TRACE', 'CONNECT', 'PRI', 'get', 'P0ST', 'GET /', '']
const CHANNEL_NAMES = [...CHANNELS, 'clients', 'clients:', ':list', 'constructor', '__proto__', 'toString', 'clients:list\u0000']
const TARGET_PIECES = [
  '/', '//', '/__bridge/call/', '/__bridge/shim.js', '/index.html', '/assets/app.js', '/assets/../../package.json', '%', '%E0%A4%A', '%00', '%2e%2e',
  '%2F', '%5C', '%C0%AF', '%ZZ', '%%', '..', '\\', '?', '#', '?token=', 'http://[::1', 'http://127.0.0.1/', '*', '@', ':', ';', '\u00e9', '\u202e', '\ud800'
]
const VERSIONS = ['HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/0.9', 'HTTP/1.1 ', 'HTTPS/1.1', '']
const HEADER_NAMES = ['Content-Length', 'Transfer-Encoding', 'Host', 'X-Coachbook-Token', 'Content-Type', 'Connection', 'Expect', 'Upgrade', 'X-Y', 'Bad Name', 'Bad:Name', '']

/** Mostly the good value, sometimes anything: most requests get past some checks and fail at the next. */
function mostly<T>(good: T, other: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof({ arbitrary: fc.constant(good), weight: 4 }, { arbitrary: other, weight: 1 })
}

const channelTarget = fc.tuple(fc.constantFrom(...CHANNEL_NAMES), fc.boolean()).map(([name, encoded]) => `/__bridge/call/${encoded ? encodeURIComponent(name) : name}`)
const target = fc.oneof(
  { arbitrary: channelTarget, weight: 8 },
  fc.array(fc.constantFrom(...TARGET_PIECES), { maxLength: 6 }).map((pieces) => pieces.join('')),
  fc.tuple(fc.constantFrom(...CHANNEL_NAMES), fc.constantFrom(...TARGET_PIECES)).map(([name, junk]) => `/__bridge/call/${name}${junk}`),
  fc.string({ unit: 'binary', maxLength: 40 }).map((text) => `/${text}`),
  fc.nat({ max: 20_000 }).map((length) => `/${'a'.repeat(length)}`)
)

const jsonBody = fc.oneof(
  { arbitrary: fc.jsonValue({ maxDepth: 4 }).map((input) => JSON.stringify({ input })), weight: 4 },
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
  fc.constantFrom('', 'null', '{', '{"input":', '{"input":{}}', '[]', '"x"', '{"__proto__":{"polluted":1}}', '\u0000', '{"input":{"query":"\ud800"}}')
)
const body = fc.oneof(
  { arbitrary: jsonBody, weight: 8 },
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.nat({ max: 100_000 }).map((length) => 'x'.repeat(length))
)

const extraHeader = fc
  .tuple(
    fc.constantFrom(...HEADER_NAMES),
    fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('-1', '1e3', '99999999999999999999', 'chunked', 'close', '100-continue', 'websocket'))
  )
  .map(([name, value]) => `${name}: ${value}`)

/** A call that is mostly well formed, with something wrong in any part of it. */
const shapedRequest = fc
  .record({
    method: mostly('POST', fc.constantFrom(...METHODS)),
    target,
    version: mostly('HTTP/1.1', fc.constantFrom(...VERSIONS)),
    host: mostly<string | null>('HOST', fc.option(fc.constantFrom('localhost', 'evil.example', '127.0.0.1', '127.0.0.1:1', '[::1]:80', '', 'HOST, evil.example'))),
    token: mostly<string | null>('TOKEN', fc.option(fc.constantFrom('', 'wrong', 'TOKEN0', 'TOKEN, TOKEN', '\u00ff'))),
    extra: mostly([], fc.array(extraHeader, { minLength: 1, maxLength: 3 })),
    body,
    length: mostly<'exact' | 'none' | 'more' | 'less' | 'chunked'>('exact', fc.constantFrom('none', 'more', 'less', 'chunked')),
    drop: mostly(false, fc.constant(true))
  })
  .map((request): Attempt => {
    const bodyBytes = Buffer.byteLength(request.body)
    const lines = [`${request.method} ${request.target} ${request.version}`.trimEnd()]
    if (request.host !== null) lines.push(`Host: ${request.host}`)
    if (request.token !== null) lines.push(`X-Coachbook-Token: ${request.token}`)
    lines.push(...request.extra)
    let payload = request.body
    if (request.length === 'exact') lines.push(`Content-Length: ${bodyBytes}`)
    if (request.length === 'more') lines.push(`Content-Length: ${bodyBytes + 1 + (bodyBytes % 7) * 1000}`)
    if (request.length === 'less') lines.push(`Content-Length: ${Math.floor(bodyBytes / 2)}`)
    if (request.length === 'chunked') {
      lines.push('Transfer-Encoding: chunked')
      payload = `${bodyBytes.toString(16)}\r\n${request.body}\r\n${request.drop ? '' : '0\r\n\r\n'}`
    }
    // A dropped upload never says goodbye; the others ask to be closed once answered.
    if (!request.drop) lines.push('Connection: close')
    return { bytes: `${lines.join('\r\n')}\r\n\r\n${payload}`, drop: request.drop }
  })

/** Bytes with no shape at all, and a few classic parser breakers. */
const shapelessRequest = fc
  .oneof(
    fc.uint8Array({ maxLength: 400 }),
    fc.string({ unit: 'binary', maxLength: 400 }),
    fc.constantFrom(
      '\r\n\r\n',
      'GET / HTTP/1.1\r\nHost: HOST\r\nHost: HOST\r\n\r\n',
      'GET / HTTP/1.1\r\nHost: HOST\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
      'GET / HTTP/1.1\r\nHost: HOST\r\n Folded: header\r\n\r\n',
      'GET / HTTP/1.1\nHost: HOST\n\n',
      'GET / HTTP/1.1\r\nHost: HOST\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n',
      'POST /__bridge/call/clients:list HTTP/1.1\r\nHost: HOST\r\nX-Coachbook-Token: TOKEN\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n{}',
      `GET / HTTP/1.1\r\nHost: HOST\r\nX-Long: ${'v'.repeat(20_000)}\r\n\r\n`,
      `GET / HTTP/1.1\r\nHost: HOST\r\n${'X-Many: 1\r\n'.repeat(3000)}\r\n`
    )
  )
  .chain((bytes) => fc.boolean().map((drop): Attempt => ({ bytes, drop })))

const attempt = fc.oneof({ arbitrary: shapedRequest, weight: 4 }, { arbitrary: shapelessRequest, weight: 1 })

function filledIn(bytes: string | Uint8Array, bridge: WebProcess): string | Uint8Array {
  return typeof bytes === 'string' ? bytes.replaceAll('HOST', `127.0.0.1:${bridge.port}`).replaceAll('TOKEN', bridge.token) : bytes
}

/**
 * A client that sends the first `atOnce` bytes of a good call, then the rest one byte
 * at a time, slowly, and gives up after `stopAfter` of them.
 */
function trickle(bridge: WebProcess, bytes: string, atOnce: number, everyMs: number, stopAfter: number): Promise<void> {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port: bridge.port })
    socket.on('error', () => undefined)
    socket.write(bytes.slice(0, atOnce))
    let sent = 0
    const timer = setInterval(() => {
      if (sent >= stopAfter || socket.destroyed) {
        clearInterval(timer)
        socket.destroy()
        return done()
      }
      socket.write(bytes[atOnce + sent] ?? '')
      sent += 1
    }, everyMs)
  })
}

let bridge: WebProcess

beforeAll(async () => {
  bridge = await startWebProcess()
}, 40_000)

afterAll(async () => {
  await bridge?.stop()
})

describe('the web bridge under a storm of bad requests', () => {
  it(`stays up and still answers a good call (seed ${SEED}, ${RUNS} requests)`, async () => {
    const attempts = fc.sample(attempt, { numRuns: RUNS, seed: SEED })
    const body = JSON.stringify({ input: { query: 'Zoë Ødegård'.repeat(20) } })
    const goodCall = `POST /__bridge/call/clients:list HTTP/1.1\r\nHost: 127.0.0.1:${bridge.port}\r\nX-Coachbook-Token: ${bridge.token}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
    // Half trickle their headers, half their body; each gives up after a few seconds at most.
    const slowClients = Array.from({ length: SLOW_CLIENTS }, (_, index) =>
      trickle(bridge, goodCall, index % 2 === 0 ? 0 : goodCall.indexOf('\r\n\r\n') + 4, 50 + index * 5, 10 + index * 2)
    )

    const answers: { answer: RawAnswer; sent: Attempt }[] = []
    let next = 0
    const worker = async () => {
      while (next < attempts.length && bridge.exited() === null) {
        const sent = attempts[next++]!
        answers.push({ sent, answer: await rawRequest(bridge.port, filledIn(sent.bytes, bridge), { drop: sent.drop, timeoutMs: PATIENCE_MS }) })
      }
    }
    await Promise.all(Array.from({ length: AT_ONCE }, worker))
    expect(bridge.exited(), `the bridge ended after ${answers.length} requests:\n${bridge.output()}`).toBeNull()
    expect(answers).toHaveLength(RUNS)
    // The slow clients were still trickling while the storm went on: the good call is answered regardless.
    expect(await answersAGoodCall(bridge)).toBe(true)
    await Promise.all(slowClients)
    await settle(bridge)

    expect(bridge.exited(), bridge.output()).toBeNull()
    expect(await answersAGoodCall(bridge)).toBe(true)
    const unforeseen = answers.filter(({ answer }) => answer.status === 500)
    expect(unforeseen.map(({ sent }) => String(sent.bytes).slice(0, 200))).toEqual([])
    const log = readFileSync(join(bridge.dataDir, 'logs', 'main.log'), 'utf8')
    expect(log).not.toContain('bridge.requestFailed')
    // The storm reached every layer: refused at the door, by the bridge, and by the handlers behind it.
    const statuses = new Set(answers.map(({ answer }) => answer.status))
    for (const status of [200, 400, 403, 404]) expect(statuses).toContain(status)
    expect(answers.filter(({ answer }) => answer.text.includes('"ok":false')).length).toBeGreaterThan(RUNS / 20)
  }, 240_000)
})
