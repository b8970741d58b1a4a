import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { answersAGoodCall, callBytes, rawRequest, settle, startWebProcess, type WebProcess } from './harness'

let bridge: WebProcess

async function startBridgeProcess(): Promise<void> {
  bridge = await startWebProcess()
}
async function stopBridgeProcess(): Promise<void> {
  await bridge?.stop()
}

/** The process is still up and still does its job. */
async function expectStillServing(): Promise<void> {
  const answered = await answersAGoodCall(bridge)
  expect(bridge.exited(), bridge.output()).toBeNull()
  expect(answered).toBe(true)
}

function request(lines: string[], body = ''): string {
  return `${lines.join('\r\n')}\r\n\r\n${body}`
}

describe('requests that once took the bridge down', () => {
  // Each on a process of its own, so one crash does not hide the next.
  beforeEach(startBridgeProcess, 40_000)
  afterEach(stopBridgeProcess)

  it('a channel name with a broken %-encoding is refused as an unknown action', async () => {
    const body = JSON.stringify({ input: {} })
    const answer = await rawRequest(
      bridge.port,
      request(
        [
          'POST /__bridge/call/clients%E0%A4%A HTTP/1.1',
          `Host: 127.0.0.1:${bridge.port}`,
          `X-Coachbook-Token: ${bridge.token}`,
          `Content-Length: ${body.length}`,
          'Connection: close'
        ],
        body
      )
    )
    expect(answer.status).toBe(404)
    expect(answer.text).toContain('"code":"unknown_channel"')
    await expectStillServing()
  })

  it.each(['//', '//@', 'http://[::1/'])('a request target that is not a URL (%s) is refused, without a token', async (target) => {
    const answer = await rawRequest(bridge.port, request([`GET ${target} HTTP/1.1`, `Host: 127.0.0.1:${bridge.port}`, 'Connection: close']))
    expect(answer.status).toBe(400)
    await expectStillServing()
  })

  it('a client that drops the connection in the middle of an upload costs nothing', async () => {
    const head = [
      'POST /__bridge/call/clients:create HTTP/1.1',
      `Host: 127.0.0.1:${bridge.port}`,
      `X-Coachbook-Token: ${bridge.token}`,
      'Content-Length: 100000'
    ]
    const answer = await rawRequest(bridge.port, request(head, '{"input":{"name":"Zo'), { drop: true })
    expect(answer.status).toBeNull()
    await settle(bridge)
    await expectStillServing()
  })
})

describe('who may call', () => {
  beforeAll(startBridgeProcess, 40_000)
  afterAll(stopBridgeProcess)

  const cases: [string, string | null][] = [
    ['another host name (DNS rebinding)', 'evil.example'],
    ['localhost instead of the address it was opened on', 'localhost:PORT'],
    ['the right address on another port', '127.0.0.1:1'],
    ['the address without its port', '127.0.0.1'],
    ['a name that only ends like the address', 'attacker.127.0.0.1:PORT'],
    ['no Host header at all (HTTP/1.0)', null]
  ]
  it.each(cases)('refuses %s', async (_, host) => {
    const lines = [`GET / HTTP/${host === null ? '1.0' : '1.1'}`, ...(host ? [`Host: ${host.replace('PORT', String(bridge.port))}`] : [])]
    const page = await rawRequest(bridge.port, request([...lines, 'Connection: close']))
    expect(page.status).toBe(403)
    const call = await rawRequest(bridge.port, callBytes(bridge.port, bridge.token, 'clients:list', {}).replace(`Host: 127.0.0.1:${bridge.port}`, `Host: ${host ?? ''}`))
    expect(call.status === 403 || call.status === 400).toBe(true)
    expect(call.text).not.toContain('"ok":true')
  })

  it('serves the page to its own address', async () => {
    const page = await rawRequest(bridge.port, request(['GET / HTTP/1.1', `Host: 127.0.0.1:${bridge.port}`, 'Connection: close']))
    expect(page.status).toBe(200)
    expect(page.text).toContain('/__bridge/shim.js')
  })

  it.each([
    ['no token', (token: string) => token.slice(0, 0)],
    ['a wrong token of the same length', (token: string) => `${token.slice(0, -1)}${token.endsWith('0') ? '1' : '0'}`],
    ['the token cut short', (token: string) => token.slice(0, -1)],
    ['the token with more after it', (token: string) => `${token}0`],
    ['the token in other letters', (token: string) => token.toUpperCase().replace(/\d/g, 'Z')]
  ])('refuses a call with %s', async (_, tokenFor) => {
    const bytes = callBytes(bridge.port, bridge.token, 'clients:list', {}).replace(
      `X-Coachbook-Token: ${bridge.token}`,
      `X-Coachbook-Token: ${tokenFor(bridge.token)}`
    )
    const answer = await rawRequest(bridge.port, bytes)
    expect(answer.status).toBe(403)
    expect(answer.text).toContain('"code":"forbidden"')
  })

  it('refuses a call that is not a POST, even with the token', async () => {
    const answer = await rawRequest(
      bridge.port,
      request(['GET /__bridge/call/clients:list HTTP/1.1', `Host: 127.0.0.1:${bridge.port}`, `X-Coachbook-Token: ${bridge.token}`, 'Connection: close'])
    )
    expect(answer.status).toBe(403)
  })

  it('refuses a call larger than any the app makes, and goes on serving', async () => {
    const bytes = callBytes(bridge.port, bridge.token, 'clients:list', { query: 'x'.repeat(33 * 1024 * 1024) })
    const answer = await rawRequest(bridge.port, bytes, { timeoutMs: 20_000 })
    expect(answer.status).toBe(413)
    expect(answer.text).toContain('This request is too large.')
    await expectStillServing()
  })

  it('answers a call with the token', async () => {
    await expectStillServing()
  })
})
