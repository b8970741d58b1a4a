import { join } from 'node:path'
import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import type { App, Session, WebContents } from 'electron'
import { buildApi, CHANNELS } from '../shared/contract'
import {
  CONTENT_SECURITY_POLICY,
  denyAllPermissions,
  guardEveryWebContents,
  guardWebContents,
  isExternalLink,
  isTrustedSenderUrl,
  rendererFileFor,
  secureWebPreferences
} from './security'

describe('the window', () => {
  it('isolates the page from Node and Electron', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false
    })
  })

  it('has a strict Content-Security-Policy: no eval, no inline script, no remote origin', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/)
        return [name, values]
      })
    )
    expect(directives['default-src']).toEqual(["'none'"])
    expect(directives['script-src']).toEqual(["'self'"])
    expect(directives['object-src']).toEqual(["'none'"])
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/)
  })

  it('never navigates, opens windows or attaches webviews; web links go to the OS browser', () => {
    const contents = new EventEmitter() as EventEmitter & { setWindowOpenHandler: ReturnType<typeof vi.fn> }
    contents.setWindowOpenHandler = vi.fn()
    const openExternal = vi.fn()
    guardWebContents(contents as unknown as WebContents, openExternal)

    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() }
      contents.emit(name, event, 'https://example.com')
      expect(event.preventDefault).toHaveBeenCalled()
    }
    const handler = contents.setWindowOpenHandler.mock.calls[0]![0] as (details: { url: string }) => { action: string }
    expect(handler({ url: 'https://icf.org/' })).toEqual({ action: 'deny' })
    expect(handler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' })
    expect(handler({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' })
    expect(openExternal.mock.calls).toEqual([['https://icf.org/']])
  })

  it('denies every permission request and check', () => {
    const handlers: Record<string, (...args: unknown[]) => unknown> = {}
    const session = {
      setPermissionRequestHandler: (h: never) => (handlers.request = h),
      setPermissionCheckHandler: (h: never) => (handlers.check = h),
      setDevicePermissionHandler: (h: never) => (handlers.device = h)
    }
    denyAllPermissions(session as unknown as Session)
    const callback = vi.fn()
    handlers.request!(null, 'media', callback)
    expect(callback).toHaveBeenCalledWith(false)
    expect(handlers.check!(null, 'notifications')).toBe(false)
    expect(handlers.device!({})).toBe(false)
  })

  it('trusts only its own page as an IPC sender', () => {
    expect(isTrustedSenderUrl('coachbook://app/index.html#/clients/3')).toBe(true)
    expect(isTrustedSenderUrl('coachbook://evil/index.html')).toBe(false)
    expect(isTrustedSenderUrl('http://localhost:5173/')).toBe(false)
    expect(isTrustedSenderUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true)
    expect(isTrustedSenderUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false)
    expect(isTrustedSenderUrl('not a url')).toBe(false)
  })

  it('opens only web and mail links outside the app', () => {
    expect(isExternalLink('https://example.com')).toBe(true)
    expect(isExternalLink('mailto:zoe@example.com')).toBe(true)
    expect(isExternalLink('file:///etc/passwd')).toBe(false)
    expect(isExternalLink('smb://share/x')).toBe(false)
  })
})

/** A stand-in for a WebContents: its events, its window-open handler, and its session's permission handlers. */
function standInContents() {
  const permissionHandlers: Record<string, (...args: unknown[]) => unknown> = {}
  const contents = Object.assign(new EventEmitter(), {
    windowOpenHandler: null as null | ((details: { url: string }) => { action: string }),
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      contents.windowOpenHandler = handler
    },
    session: {
      setPermissionRequestHandler: (handler: never) => (permissionHandlers.request = handler),
      setPermissionCheckHandler: (handler: never) => (permissionHandlers.check = handler),
      setDevicePermissionHandler: (handler: never) => (permissionHandlers.device = handler)
    },
    permissionHandlers
  })
  return contents
}

describe('every WebContents the app creates', () => {
  // The main window's page, a window or devtools page opened later, a page in a session of its
  // own: each gets the same rules from the moment it exists, whoever created it.
  it('cannot navigate, open windows or get permissions, from one listener on the app', () => {
    const app = new EventEmitter()
    const openExternal = vi.fn()
    guardEveryWebContents(app as unknown as App, openExternal)
    expect(app.listenerCount('web-contents-created')).toBe(1)

    const pages = [standInContents(), standInContents(), standInContents()]
    for (const page of pages) app.emit('web-contents-created', { preventDefault: vi.fn() }, page)
    for (const page of pages) {
      for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
        const event = { preventDefault: vi.fn() }
        page.emit(name, event, 'https://example.com')
        expect(event.preventDefault, name).toHaveBeenCalled()
      }
      expect(page.windowOpenHandler!({ url: 'https://icf.org/' })).toEqual({ action: 'deny' })
      expect(page.windowOpenHandler!({ url: 'coachbook://app/index.html' })).toEqual({ action: 'deny' })
      const callback = vi.fn()
      page.permissionHandlers.request!(page, 'media', callback)
      expect(callback).toHaveBeenCalledWith(false)
      expect(page.permissionHandlers.check!(page, 'clipboard-read')).toBe(false)
      expect(page.permissionHandlers.device!({})).toBe(false)
    }
    // Web links from any of them go to the OS browser, once each; nothing else leaves the app.
    expect(openExternal.mock.calls).toEqual([['https://icf.org/'], ['https://icf.org/'], ['https://icf.org/']])
  })
})

describe('the app scheme', () => {
  const dir = '/opt/coachbook/renderer'
  it('serves files from the renderer folder', () => {
    expect(rendererFileFor('coachbook://app/', dir, join)).toBe(join(dir, 'index.html'))
    expect(rendererFileFor('coachbook://app/assets/index.js', dir, join)).toBe(join(dir, 'assets', 'index.js'))
  })
  it.each([
    'coachbook://app/../../etc/passwd',
    'coachbook://app/%2e%2e/%2e%2e/etc/passwd',
    'coachbook://app/assets/..%2f..%2fsecret',
    'coachbook://app/assets/..%5c..%5csecret',
    'coachbook://app/C:%5cWindows',
    'coachbook://app/a%00b',
    'coachbook://other/index.html',
    'https://app/index.html',
    'coachbook://app/%E0%A4%A'
  ])('refuses %s', (url) => {
    const file = rendererFileFor(url, dir, join)
    if (file !== null) expect(file.startsWith(dir + '/')).toBe(true)
    expect(file === null || !file.includes('..')).toBe(true)
  })
})

describe('the preload surface', () => {
  it('is one function per contract channel, grouped by domain, and nothing else', async () => {
    const invoke = vi.fn(async () => ({ ok: true as const, data: null }))
    const api = buildApi(invoke) as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>
    const exposed = Object.entries(api).flatMap(([domain, actions]) => Object.keys(actions).map((action) => `${domain}:${action}`))
    expect(exposed.sort()).toEqual([...CHANNELS].sort())
    await api.clients!.list!({ query: 'x' })
    expect(invoke).toHaveBeenCalledWith('clients:list', { query: 'x' })
  })
})
