import type { App, Session, WebContents, WebPreferences } from 'electron'

/** The renderer is served from this privileged custom scheme rather than file://. */
export const APP_SCHEME = 'coachbook'
export const APP_HOST = 'app'
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`
/** The small window shown while an older practice is updated (upgrade/window.ts). */
export const UPGRADE_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/upgrade.html`

/**
 * No remote origin, no eval, no inline script. Inline styles are allowed because the
 * component library positions popovers with style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'"
].join('; ')

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: true
  }
}

/** True only for a frame showing the app's own page: the packaged scheme, or the dev server. */
export function isTrustedSenderUrl(frameUrl: string, devServerUrl?: string): boolean {
  let url: URL
  try {
    url = new URL(frameUrl)
  } catch {
    return false
  }
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true
  if (devServerUrl) {
    const dev = new URL(devServerUrl)
    return url.protocol === dev.protocol && url.host === dev.host
  }
  return false
}

/** Links the coach may follow out of the app, opened in the OS browser or mail client. */
export function isExternalLink(target: string): boolean {
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(target).protocol)
  } catch {
    return false
  }
}

/** The page can never navigate away, open windows or embed webviews. */
export function guardWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLink(url)) openExternal(url)
    return { action: 'deny' }
  })
}

/** Camera, microphone, notifications, geolocation…: Coachbook needs none of them. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}

/**
 * The rules above for every WebContents the app ever creates — its window, any window or
 * devtools page opened later, a page in a session of its own — set the moment each
 * exists, from one place, rather than remembered at each place a page is made.
 */
export function guardEveryWebContents(app: Pick<App, 'on'>, openExternal: (url: string) => void): void {
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, openExternal)
    denyAllPermissions(contents.session)
  })
}

/**
 * Maps a request on the app scheme to a file inside the renderer folder, or null.
 * Decoding and normalising happen before the containment check, so `..` or
 * encoded separators cannot step outside the folder.
 */
export function rendererFileFor(requestUrl: string, rendererDir: string, join: (...parts: string[]) => string): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (path === '/' || path === '') path = '/index.html'
  const segments = path.split(/[/\\]+/).filter(Boolean)
  if (segments.some((segment) => segment === '..' || segment === '.' || segment.includes('\0') || segment.includes(':'))) {
    return null
  }
  return join(rendererDir, ...segments)
}
