import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { recorded, type StandInWindow } from './electron'
import { UPGRADE_PROGRESS_CHANNEL } from '../../electron/shared/upgrade'
import { secureWebPreferences } from '../../electron/main/security'
import { upgradeWindow } from '../../electron/main/upgradeWindow'

vi.mock('electron', () => import('./electron'))

const PAGE = 'coachbook://app/upgrade.html'
const PRELOAD = '/app/out/preload/upgrade.cjs'

const newWindows = (since: number) => recorded.windows.slice(since) as StandInWindow[]

describe('the update window', () => {
  let before: number
  beforeEach(() => {
    vi.useFakeTimers()
    before = recorded.windows.length
  })
  afterEach(() => vi.useRealTimers())

  it('shows no window for an update over before it would be noticed', () => {
    const view = upgradeWindow({ pageUrl: PAGE, preload: PRELOAD, showAfterMs: 300 })
    view.progress({ phase: 'backup' })
    vi.advanceTimersByTime(299)
    view.finished()
    vi.advanceTimersByTime(1000)
    expect(newWindows(before)).toEqual([])
  })

  it('opens the update page, locked down like the app’s, and tells it each step until the update is over', () => {
    const view = upgradeWindow({ pageUrl: PAGE, preload: PRELOAD, showAfterMs: 300 })
    view.progress({ phase: 'backup' })
    vi.advanceTimersByTime(300)
    const [window] = newWindows(before)
    expect(window?.loadedUrl).toBe(PAGE)
    expect(window?.options).toMatchObject({ closable: false, resizable: false, webPreferences: secureWebPreferences(PRELOAD) })

    // The page hears where the update is as soon as it has loaded, then every step.
    window!.webContents.fire('did-finish-load')
    view.progress({ phase: 'upgrade', done: 1, total: 4 })
    expect(window!.webContents.sent).toEqual([
      { channel: UPGRADE_PROGRESS_CHANNEL, args: [{ phase: 'backup' }] },
      { channel: UPGRADE_PROGRESS_CHANNEL, args: [{ phase: 'upgrade', done: 1, total: 4 }] }
    ])
    expect(window!.progressBar).toEqual([0.05, 0.1 + 0.9 / 4])

    view.finished()
    expect(window!.isDestroyed()).toBe(true)
    expect(newWindows(before)).toHaveLength(1)
  })
})
