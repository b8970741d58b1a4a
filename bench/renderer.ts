import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { chromium, type Page } from '@playwright/test'
import { startBridge } from '../test/bridge/server'
import { copyOf, ROOT, temporaryFolder } from './fixture'
import { summarise, type Timing } from './measure'

export interface RendererFigures {
  /** From the app's first paint to the first rows of the list painted (the list's own render, data included). */
  firstRender: Timing
  /** From the start of navigation to the first rows painted (loading the page included). */
  pageLoad: Timing
  /** Scrolling the list to its last client, a screen per frame, pages fetched on the way. */
  scroll: { frames: Timing; totalMs: number; clients: number }
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const LIST = '[role="listbox"][aria-label="Clients"]'

/** Builds the renderer into its own folder, so the bench never touches out/; its log is shown only if it fails. */
async function buildRenderer(): Promise<string> {
  const outDir = temporaryFolder('build')
  try {
    await promisify(execFile)(join(ROOT, 'node_modules/.bin/electron-vite'), ['build', '--outDir', outDir], {
      cwd: ROOT,
      maxBuffer: 64 * 2 ** 20
    })
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string }
    throw new Error(`electron-vite build failed:\n${stdout}\n${stderr}`)
  }
  return join(outDir, 'renderer')
}

/**
 * Marks, in page time, when the app first painted and when the client list's first
 * rows painted (the frame after they were added). Runs in the page: no named inner
 * functions, which the TypeScript loader would wrap in a helper the page lacks.
 */
function recordMarks(list: string): void {
  const marks: Record<string, number> = {}
  ;(window as unknown as { marks: Record<string, number> }).marks = marks
  const observer = new MutationObserver(() => {
    if (marks.mounted === undefined && document.getElementById('root')?.firstElementChild) {
      marks.mounted = performance.now()
      requestAnimationFrame(() => (marks.app = performance.now()))
    }
    if (document.querySelector(`${list} [role="option"]`)) {
      observer.disconnect()
      requestAnimationFrame(() => (marks.rows = performance.now()))
    }
  })
  observer.observe(document, { childList: true, subtree: true })
}

async function loadOnce(page: Page, url: string): Promise<{ app: number; rows: number }> {
  await page.goto(url)
  await page.waitForFunction(() => (window as unknown as { marks: { rows?: number } }).marks.rows !== undefined)
  return page.evaluate(() => (window as unknown as { marks: { app: number; rows: number } }).marks)
}

/** Scrolls a screen per frame until the last client is on screen; returns each frame's duration. */
async function scrollToEnd(page: Page, total: number): Promise<{ frames: number[]; totalMs: number }> {
  return page.evaluate(
    async ({ list, total }) => {
      const box = document.querySelector(list) as HTMLElement
      const frames: number[] = []
      const started = performance.now()
      let last = started
      while (!box.querySelector(`[aria-posinset="${total}"]`) && performance.now() - started < 120_000) {
        await new Promise((resolve) => requestAnimationFrame(resolve))
        const now = performance.now()
        frames.push(now - last)
        last = now
        box.scrollTop += box.clientHeight
      }
      return { frames, totalMs: performance.now() - started }
    },
    { list: LIST, total }
  )
}

/** The built renderer served through the test bridge on a copy of the fixture, in headless Chromium. */
export async function rendererFigures(fixture: string, options: { loads?: number; rendererDir?: string } = {}): Promise<RendererFigures> {
  const { loads = 8 } = options
  const rendererDir = options.rendererDir ?? (await buildRenderer())
  const dataDir = temporaryFolder('web')
  copyOf(fixture, dataDir)
  const bridge = await startBridge({ dataDir, rendererDir })
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    await context.addInitScript(recordMarks, LIST)
    const page = await context.newPage()
    const firstRender: number[] = []
    const pageLoad: number[] = []
    await loadOnce(page, bridge.url)
    for (let i = 0; i < loads; i++) {
      const { app, rows } = await loadOnce(page, bridge.url)
      firstRender.push(rows - app)
      pageLoad.push(rows)
    }
    const total = Number(((await page.locator('.count').textContent()) ?? '').replace(/\D/g, ''))
    const scroll = await scrollToEnd(page, total)
    return {
      firstRender: summarise(firstRender),
      pageLoad: summarise(pageLoad),
      scroll: { frames: summarise(scroll.frames), totalMs: scroll.totalMs, clients: total }
    }
  } finally {
    await browser.close()
    await bridge.close()
  }
}
