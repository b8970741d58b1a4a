import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { afterAll, expect, it, vi } from 'vitest'
import { becomeReady, conditions, recorded } from './electron'
import { builtFile, OUT } from './out'

// The built main process as a second copy: another Coachbook holds the lock.
vi.mock('electron', () => import('./electron'))

const dataDir = mkdtempSync(join(tmpdir(), 'coachbook-second-'))
afterAll(() => {
  vi.unstubAllEnvs()
  rmSync(dataDir, { recursive: true, force: true })
})

it('a second copy quits at once, before it opens a window, a channel or the practice', async () => {
  builtFile('main/index.js')
  conditions.holdsLock = false
  conditions.dataDir = dataDir
  vi.stubEnv('COACHBOOK_DATA_DIR', dataDir)
  await import(join(OUT, 'main/index.js'))
  becomeReady()
  await delay(200)
  expect(recorded.singleInstanceLockRequests).toBe(1)
  expect(recorded.quits).toBe(1)
  expect(recorded.windows).toEqual([])
  expect(recorded.invokeHandlers.size).toBe(0)
  expect(readdirSync(dataDir)).toEqual([])
})
