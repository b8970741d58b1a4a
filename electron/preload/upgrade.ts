import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { isUpgradeProgress, UPGRADE_PROGRESS_CHANNEL, type UpgradeApi } from '../shared/upgrade'

// The update window's page gets the progress main sends, checked, and nothing else: no contract, no ipcRenderer.
const upgrade: UpgradeApi = {
  onProgress(listener) {
    ipcRenderer.on(UPGRADE_PROGRESS_CHANNEL, (_event: IpcRendererEvent, progress: unknown) => {
      if (isUpgradeProgress(progress)) listener(progress)
    })
  }
}
contextBridge.exposeInMainWorld('coachbookUpgrade', upgrade)
