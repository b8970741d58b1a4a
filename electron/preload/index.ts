import { contextBridge, ipcRenderer } from 'electron'
import { buildApi } from '../shared/contract'

// The page gets one function per contract channel and nothing else: no ipcRenderer, no Node.
contextBridge.exposeInMainWorld(
  'coachbook',
  buildApi((channel, input) => ipcRenderer.invoke(channel, input))
)
