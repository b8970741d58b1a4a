import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { chromium, type Page } from '@playwright/test'
import { TYPING_PAUSE_MS } from '../electron/shared/search'
import { startBridge } from '../test/bridge/server'
import { copyOf, ROOT, temporaryFolder } from './fixture'
import { SEARCH_TERMS } from './handlers'
import { summarise, type Timing } from './measure'

export interface RendererFigures {
  /** From the app's first paint to the first rows of the list painted (the list's own render, data included). */
  firstRender: Timing
  /** From the start of navigation to the first rows painted (loading the page included). */
  pageLoad: Timing
  /** Scrolling the list to its last client, a screen per frame, pages fetched on the way. */
  scroll: { frames: Timing; totalMs: number; clients: number }
  /** In the search palette, from the key that ends a search's text to its results painted: the pause before it runs included. */
  search: Timing & { retried: number }
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

/**
 * One load of the client list from nothing. The blank page first: going to the same
 * address again would only move to its screen, not load the app.
 */
async function loadOnce(page: Page, url: string): Promise<{ app: number; rows: number }> {
  await page.goto('about:blank')
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

/**
 * Marks, in page time, each change the coach's typing makes to the palette's text and
 * the frame in which the results of the text's last change are painted (any result, or
 * the words saying none was found). The changes are counted rather than the keys: a
 * letter outside the keyboard's layout (ё, 芳) comes as text, with no key event.
 * Runs in the page, as recordMarks does.
 */
function armSearchMarks(changes: number): void {
  const marks: { typed: number[]; painted?: number } = { typed: [] }
  const page = window as unknown as { searchMarks: typeof marks; searchMarksDone?: AbortController; searchMarksObserver?: MutationObserver }
  page.searchMarksDone?.abort()
  page.searchMarksObserver?.disconnect()
  page.searchMarks = marks
  const done = new AbortController()
  page.searchMarksDone = done
  window.addEventListener('input', () => marks.typed.push(performance.now()), { capture: true, signal: done.signal })
  const observer = new MutationObserver(() => {
    if (marks.typed.length < changes || marks.painted !== undefined) return
    const list = document.querySelector('[role="listbox"][aria-label="Search results"]')
    if (list?.querySelector('[role="option"]') || list?.textContent?.includes('Nothing found')) {
      observer.disconnect()
      requestAnimationFrame(() => (marks.painted = performance.now()))
    }
  })
  page.searchMarksObserver = observer
  observer.observe(document.body, { childList: true, subtree: true, characterData: true })
}

/**
 * A coach searching the large practice: the palette opened, each term's text typed in
 * up to its last character, then its last key. Measured from that keystroke to the
 * results painted, so the pause, the search and the rendering are all in it. A sample
 * whose text took longer than the pause to type is taken again: a search for the
 * unfinished text would have run and painted first.
 */
async function searchAsTyped(page: Page, rounds: number): Promise<Timing & { retried: number }> {
  const samples: number[] = []
  let retried = 0
  for (let round = 0; round < rounds; round++) {
    for (const term of SEARCH_TERMS) {
      for (let attempt = 0; ; attempt++) {
        await page.keyboard.press('Escape')
        await page.keyboard.press('Control+k')
        const box = page.getByRole('combobox', { name: 'Search your practice' })
        await box.waitFor()
        const characters = [...term]
        const start = characters.slice(0, -1).join('')
        await page.evaluate(armSearchMarks, start ? 2 : 1)
        if (start) await box.fill(start)
        await page.keyboard.type(characters.at(-1)!)
        await page.waitForFunction(() => (window as unknown as { searchMarks: { painted?: number } }).searchMarks.painted !== undefined)
        const { typed, painted } = await page.evaluate(() => (window as unknown as { searchMarks: { typed: number[]; painted: number } }).searchMarks)
        const last = typed.at(-1)!
        const before = typed.at(-2)
        if (before === undefined || last - before < TYPING_PAUSE_MS - 20 || attempt === 4) {
          samples.push(painted - last)
          break
        }
        retried++
      }
    }
  }
  return { ...summarise(samples), retried }
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
    // The client list's own address: the app opens on Today otherwise.
    const clientList = `${bridge.url}#/clients`
    await loadOnce(page, clientList)
    for (let i = 0; i < loads; i++) {
      const { app, rows } = await loadOnce(page, clientList)
      firstRender.push(rows - app)
      pageLoad.push(rows)
    }
    const total = Number(((await page.locator('.count').textContent()) ?? '').replace(/\D/g, ''))
    const scroll = await scrollToEnd(page, total)
    const search = await searchAsTyped(page, 3)
    return {
      firstRender: summarise(firstRender),
      pageLoad: summarise(pageLoad),
      scroll: { frames: summarise(scroll.frames), totalMs: scroll.totalMs, clients: total },
      search
    }
  } finally {
    await browser.close()
    await bridge.close()
  }
}
