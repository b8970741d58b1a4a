import './schemasWithoutEval'
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { DESKTOP_CHANNELS, menuCommandSchema, type DesktopApi } from '../shared/commands'
import { buildApi } from '../shared/contract'
import { unlockRequestSchema } from '../shared/encryption'
import { firstRunAnswerSchema, practiceStateSchema } from '../shared/firstRun'
import { recordLinkSchema } from '../shared/links'

// The page gets one function per contract channel and nothing else: no ipcRenderer, no Node.
contextBridge.exposeInMainWorld(
  'coachbook',
  buildApi((channel, input) => ipcRenderer.invoke(channel, input))
)

// And the application menu's messages and clicked record links, each behind one function.
const desktop: DesktopApi = {
  onCommand(listener) {
    const onMessage = (_event: IpcRendererEvent, command: unknown) => {
      const parsed = menuCommandSchema.safeParse(command)
      if (parsed.success) listener(parsed.data)
    }
    ipcRenderer.on(DESKTOP_CHANNELS.command, onMessage)
    return () => void ipcRenderer.removeListener(DESKTOP_CHANNELS.command, onMessage)
  },
  setEnabledCommands: (commands) => ipcRenderer.send(DESKTOP_CHANNELS.enabledCommands, commands),
  onOpenLink(listener) {
    const onMessage = (_event: IpcRendererEvent, link: unknown) => {
      const parsed = recordLinkSchema.safeParse(link)
      if (parsed.success) listener(parsed.data)
    }
    ipcRenderer.on(DESKTOP_CHANNELS.openLink, onMessage)
    // Main holds a link that came before the window could hear it until it is told.
    ipcRenderer.send(DESKTOP_CHANNELS.listenForLinks)
    return () => void ipcRenderer.removeListener(DESKTOP_CHANNELS.openLink, onMessage)
  },
  openAnotherPractice: () => ipcRenderer.send(DESKTOP_CHANNELS.openAnotherPractice),
  unlockRequest: async () => {
    const parsed = unlockRequestSchema.safeParse(await ipcRenderer.invoke(DESKTOP_CHANNELS.unlockRequest))
    return parsed.success ? parsed.data : null
  },
  answerUnlock: (answer) => ipcRenderer.send(DESKTOP_CHANNELS.unlockAnswer, typeof answer === 'string' ? answer.slice(0, 1000) : null),
  onOpenedClientExport(listener) {
    const onMessage = (_event: IpcRendererEvent, name: unknown) => {
      if (typeof name === 'string') listener(name)
    }
    ipcRenderer.on(DESKTOP_CHANNELS.openedClientExport, onMessage)
    // Main holds a file opened before the window could hear of it until it is told.
    ipcRenderer.send(DESKTOP_CHANNELS.listenForOpenedFiles)
    return () => void ipcRenderer.removeListener(DESKTOP_CHANNELS.openedClientExport, onMessage)
  },
  practiceState: async () => practiceStateSchema.parse(await ipcRenderer.invoke(DESKTOP_CHANNELS.practiceState)),
  chooseFirstRun: async (choice) => firstRunAnswerSchema.parse(await ipcRenderer.invoke(DESKTOP_CHANNELS.firstRun, choice)),
  leaveDemo: async () => void (await ipcRenderer.invoke(DESKTOP_CHANNELS.leaveDemo))
}
contextBridge.exposeInMainWorld('coachbookDesktop', desktop)
