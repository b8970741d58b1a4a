import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it, vi } from 'vitest'
import { listBackupFiles } from '../../electron/main/backup'
import { withReadOnly } from '../../electron/main/db/diagnose'
import { MIGRATIONS } from '../../electron/main/db/migrations'
import { latestVersion, schemaVersion } from '../../electron/main/db/migrator'
import { becomeReady, conditions, recorded } from './electron'
import { builtFile, OUT, ROOT } from './out'

// The built main process, started on a practice from an older version of Coachbook.
vi.mock('electron', () => import('./electron'))

const dataDir = mkdtempSync(join(tmpdir(), 'coachbook-upgrade-main-'))
afterAll(() => {
  vi.unstubAllEnvs()
  rmSync(dataDir, { recursive: true, force: true })
})

const logEvents = () =>
  readFileSync(join(dataDir, 'logs', 'main.log'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { event: string; upgradedFrom?: number })

it('updates an older practice on the thread built beside it, then opens the app on it', async () => {
  builtFile('main/upgradeWorker.js')
  const file = join(dataDir, 'coachbook.sqlite')
  copyFileSync(join(ROOT, 'test/fixtures/v10.sqlite'), file)
  conditions.dataDir = dataDir
  vi.stubEnv('COACHBOOK_DATA_DIR', dataDir)

  await import(join(OUT, 'main/index.js'))
  becomeReady()
  await vi.waitFor(() => expect(recorded.windows.some((window) => window.loadedUrl === 'coachbook://app/index.html')).toBe(true), {
    timeout: 30_000
  })

  expect(withReadOnly(file, {}, schemaVersion)).toBe(latestVersion(MIGRATIONS))
  expect(listBackupFiles(join(dataDir, 'backups')).map((backup) => backup.kind)).toContain('before-upgrade')
  const events = logEvents()
  // Had the thread not run, the practice would have been updated as it opened, with this said in the log.
  expect(events.map((line) => line.event)).not.toContain('practice.upgradeAsideFailed')
  expect(events.find((line) => line.event === 'practice.opened')).toMatchObject({ upgradedFrom: 10 })
  // The update window, if the update took long enough to show one, is gone; the app's window stays.
  expect(recorded.windows.filter((window) => !window.destroyed).map((window) => window.loadedUrl)).toEqual(['coachbook://app/index.html'])
  expect(recorded.quits).toBe(0)
})
