import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IpcMainInvokeEvent } from 'electron'
import { afterAll, expect, it, vi } from 'vitest'
import { DESKTOP_CHANNELS } from '../../electron/shared/commands'
import { becomeReady, conditions, recorded } from './electron'
import { builtFile, OUT } from './out'

// The built main process on a new computer, where the coach tries the demo, then leaves it.
vi.mock('electron', () => import('./electron'))

const APP_PAGE = 'coachbook://app/index.html'
const dataDir = mkdtempSync(join(tmpdir(), 'coachbook-demo-main-'))
afterAll(() => {
  vi.unstubAllEnvs()
  rmSync(dataDir, { recursive: true, force: true })
})

function ask(channel: string, ...args: unknown[]): Promise<unknown> {
  const handler = recorded.invokeHandlers.get(channel)
  if (!handler) throw new Error(`${channel} is not answered`)
  return Promise.resolve().then(() => handler({ senderFrame: { url: APP_PAGE } } as unknown as IpcMainInvokeEvent, ...args))
}

const choice = () => JSON.parse(readFileSync(join(dataDir, 'practice.json'), 'utf8')) as { current: string | null; pending: string | null }

it('writes the demo apart from the coach’s own practice, remembers it, and forgets it when the coach leaves it for the first run', async () => {
  builtFile('main/index.js')
  conditions.dataDir = dataDir
  vi.stubEnv('COACHBOOK_DATA_DIR', dataDir)
  await import(join(OUT, 'main/index.js'))
  becomeReady()
  await vi.waitFor(() => expect(recorded.invokeHandlers.has(DESKTOP_CHANNELS.firstRun)).toBe(true), { timeout: 20_000 })

  expect(await ask(DESKTOP_CHANNELS.firstRun, 'demo')).toEqual({ status: 'opened', next: null })
  // Its made-up clients are written through the app's own channels, in its own folder; no practice of the coach's is made.
  const demoFile = join(dataDir, 'demo', 'coachbook.sqlite')
  expect(existsSync(demoFile)).toBe(true)
  expect(readdirSync(dataDir).filter((name) => name.endsWith('.sqlite'))).toEqual([])
  expect(await ask(DESKTOP_CHANNELS.practiceState)).toEqual({ state: 'open', demo: true })
  const clients = (await ask('clients:list', {})) as { ok: boolean; data: { total: number } }
  expect(clients.data.total).toBeGreaterThan(0)
  expect(choice().current).toBe(demoFile)

  // Leaving it: the choice is forgotten and Coachbook starts again, on the first run's choices.
  await ask(DESKTOP_CHANNELS.leaveDemo)
  expect(recorded.relaunches).toBe(1)
  expect(recorded.quits).toBe(1)
  expect(existsSync(join(dataDir, 'practice.json')) ? choice() : { current: null, pending: null }).toEqual({ current: null, pending: null })
})
