import '../../styles.css'
import './upgrade.css'
import { upgradeFractionDone, upgradeProgressWords, type UpgradeApi, type UpgradeProgress } from '../../../electron/shared/upgrade'

declare global {
  interface Window {
    coachbookUpgrade?: UpgradeApi
  }
}

/** Shows a progress in the page's bar and words (the words are a live region: read out as they change). */
export function showUpgradeProgress(page: Document, progress: UpgradeProgress): void {
  const bar = page.getElementById('upgrade-bar')
  const step = page.getElementById('upgrade-step')
  if (bar instanceof HTMLProgressElement) bar.value = upgradeFractionDone(progress)
  if (step) step.textContent = upgradeProgressWords(progress)
}

window.coachbookUpgrade?.onProgress((progress) => showUpgradeProgress(document, progress))
