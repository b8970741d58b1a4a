import { BrowserWindow, nativeTheme } from 'electron'
import { UPGRADE_PROGRESS_CHANNEL, upgradeFractionDone, type UpgradeProgress } from '../shared/upgrade'
import { secureWebPreferences } from './security'
import type { UpgradeView } from './backup'

export interface UpgradeWindowOptions {
  /** The update page (upgrade.html), from the app's own origin. */
  pageUrl: string
  /** Its preload, which hands the page the progress and nothing else. */
  preload: string
  /** An update over sooner than this shows no window at all: a flash would only startle. */
  showAfterMs: number
}

/**
 * A small window that says the practice is being updated and how far it has got, shown
 * only when the update takes long enough to be noticed, and gone when it is over.
 */
export function upgradeWindow({ pageUrl, preload, showAfterMs }: UpgradeWindowOptions): UpgradeView {
  let latest: UpgradeProgress | null = null
  let window: BrowserWindow | null = null
  let timer: NodeJS.Timeout | null = null

  const tell = () => {
    if (!window || window.isDestroyed() || !latest) return
    window.webContents.send(UPGRADE_PROGRESS_CHANNEL, latest)
    window.setProgressBar(upgradeFractionDone(latest))
  }
  const open = () => {
    timer = null
    window = new BrowserWindow({
      width: 440,
      height: 190,
      resizable: false,
      minimizable: false,
      maximizable: false,
      fullscreenable: false,
      // Closing it would not stop the update, which must finish or roll back whole.
      closable: false,
      show: false,
      title: 'Updating Coachbook',
      backgroundColor: nativeTheme.shouldUseDarkColors ? '#1c1c1e' : '#f7f7f5',
      webPreferences: secureWebPreferences(preload)
    })
    window.webContents.on('did-finish-load', tell)
    window.once('ready-to-show', () => window?.show())
    void window.loadURL(pageUrl)
  }

  return {
    progress(progress) {
      latest = progress
      if (!window && !timer) timer = setTimeout(open, showAfterMs)
      tell()
    },
    finished() {
      if (timer) clearTimeout(timer)
      timer = null
      if (window && !window.isDestroyed()) window.destroy()
      window = null
    }
  }
}
