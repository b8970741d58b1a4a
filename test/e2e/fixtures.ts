import { fork } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, expect, _electron, type ElectronApplication, type Page } from '@playwright/test'
import { electronSqliteBinding, ROOT } from '../../electron/dev/native-sqlite'
import { isFirstRun } from '../../electron/main/firstRun'
import { readPracticeChoice } from '../../electron/main/practiceChoice'
import { bridgeDesktop, type Desktop } from './desktop'
import { bridgeMenu, electronMenu, type AppMenu } from './menu'

/**
 * Each journey gets its own empty practice and the app open on it: by default the built
 * renderer in Chromium through the test bridge; with COACHBOOK_E2E=electron, the real
 * Electron app through Playwright's `_electron` (needs the Electron binary).
 */
export interface App {
  /** The practice's data folder, private to this test. */
  dataDir: string
  /** The window currently showing the app. */
  page: Page
  /** The application menu: the real one in Electron, main's template through the bridge in the browser. */
  menu: AppMenu
  /** The notifications shown and the computer's sleep, through the bridge's stand-ins; null in Electron, whose are the OS's. */
  desktop: Desktop | null
  /**
   * Quits the app and opens it again on the same data folder, as a coach would the next
   * day (`meanwhile` runs while it is closed). Returns the new window.
   */
  restart(meanwhile?: () => void): Promise<Page>
}

interface Running {
  page: Page
  menu: AppMenu
  desktop: Desktop | null
  stop(): Promise<void>
}

const useElectron = process.env.COACHBOOK_E2E === 'electron'

/**
 * Names and notes the journeys type. The main-process log must never hold any of them:
 * it is scanned after every journey.
 */
export const LOG_SENTINELS = [
  'Zoë Ødegård',
  'Ольга Петрова',
  'Tom Baker',
  '李雷',
  'Nordlys AS',
  'Ingrid Berg',
  'fears the CFO role',
  'tension in her voice',
  'delegation map',
  'Dmitri Sokolov',
  'this changed how I lead'
]

function logText(dataDir: string): string {
  const folder = join(dataDir, 'logs')
  if (!existsSync(folder)) return ''
  return readdirSync(folder)
    .map((name) => readFileSync(join(folder, name), 'utf8'))
    .join('\n')
}

/**
 * The test bridge in a child process with the browser's time zone, so that main's
 * "today" (a status change's default day, an index's day of a session) is the window's.
 */
function startBridgeIn(timeZone: string | undefined, dataDir: string, firstRun: boolean): Promise<{ url: string; close(): Promise<void> }> {
  const child = fork(join(ROOT, 'test/bridge/child.ts'), [dataDir, ...(firstRun ? ['--first-run'] : [])], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...(timeZone ? { TZ: timeZone } : {}) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc']
  })
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The test bridge stopped before it listened (exit code ${code}).`)))
    child.once('message', (message) => {
      const { url } = message as { url: string }
      resolve({
        url,
        close: async () => {
          child.send('close')
          await exited
        }
      })
    })
  })
}

async function openInBrowser(page: Page, dataDir: string, timeZone: string | undefined, firstRun: boolean): Promise<Running> {
  const bridge = await startBridgeIn(timeZone, dataDir, firstRun)
  await page.goto(bridge.url)
  return { page, menu: bridgeMenu(bridge.url), desktop: bridgeDesktop(bridge.url), stop: () => bridge.close() }
}

async function openInElectron(dataDir: string, timeZone: string | undefined): Promise<Running> {
  const electron: ElectronApplication = await _electron.launch({
    args: [ROOT, `--data-dir=${dataDir}`],
    env: { ...process.env, ...(timeZone ? { TZ: timeZone } : {}), COACHBOOK_SQLITE_BINDING: await electronSqliteBinding() } as Record<string, string>
  })
  return { page: await electron.firstWindow(), menu: electronMenu(electron), desktop: null, stop: () => electron.close() }
}

/** The first run's screen, shown while no practice exists yet. */
export const firstRunHeading = (page: Page) => page.getByRole('heading', { name: 'Welcome to Coachbook' })

/** The dialog a new encrypted practice shows its recovery key in, once. */
export const recoveryKeyDialog = (page: Page) => page.getByRole('dialog', { name: 'Your recovery key' })

/** The coach says they kept the new practice's recovery key, and the app opens. */
export async function keepRecoveryKey(page: Page): Promise<void> {
  const dialog = recoveryKeyDialog(page)
  await dialog.getByRole('checkbox', { name: 'I have printed or written down my recovery key' }).click()
  await dialog.getByRole('button', { name: 'Done' }).click()
}

export const test = base.extend<{ app: App; firstRun: boolean }>({
  /** The journey starts where a coach does on a new computer: on the first run's choices, no practice made. */
  firstRun: [false, { option: true }],
  app: [
    async ({ context, timezoneId, firstRun }, use) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'coachbook-e2e-'))
      // Any uncaught error in the page fails the test, even if the screen happened to look right.
      const pageErrors: string[] = []
      const open = async () => {
        // The first run shows only until a practice is chosen, as in the app (and a restart afterwards opens that practice).
        const noPracticeYet = isFirstRun(dataDir, readPracticeChoice(dataDir))
        const running = useElectron
          ? await openInElectron(dataDir, timezoneId)
          : await openInBrowser(await context.newPage(), dataDir, timezoneId, firstRun && noPracticeYet)
        running.page.on('pageerror', (error) => pageErrors.push(error.message))
        if (firstRun && noPracticeYet) {
          await expect(firstRunHeading(running.page)).toBeVisible()
          return running
        }
        // The desktop app shows the first run on every empty data folder: the other journeys begin with an empty practice.
        const sections = running.page.getByRole('navigation', { name: 'Sections' })
        if (useElectron && noPracticeYet) {
          await running.page.getByRole('button', { name: 'Start an empty practice' }).click()
          // Encrypted where the computer has a keychain: its recovery key is shown first.
          await expect(recoveryKeyDialog(running.page).or(sections)).toBeVisible()
          if (await recoveryKeyDialog(running.page).isVisible()) await keepRecoveryKey(running.page)
        }
        await expect(sections).toBeVisible()
        return running
      }
      let running = await open()
      const app: App = {
        dataDir,
        get page() {
          return running.page
        },
        get menu() {
          return running.menu
        },
        get desktop() {
          return running.desktop
        },
        restart: async (meanwhile) => {
          await running.stop()
          if (!useElectron) await running.page.close()
          meanwhile?.()
          running = await open()
          return running.page
        }
      }
      await use(app)
      await running.stop()
      const log = logText(dataDir)
      rmSync(dataDir, { recursive: true, force: true })
      expect(log, 'the main-process log was written').not.toBe('')
      for (const sentinel of LOG_SENTINELS) expect(log, 'the log holds something the coach typed').not.toContain(sentinel)
      expect(pageErrors, 'errors thrown in the page').toEqual([])
    },
    { auto: true }
  ]
})

export { expect }
