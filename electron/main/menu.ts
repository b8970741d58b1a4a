import type { IpcMain, IpcMainEvent, MenuItemConstructorOptions } from 'electron'
import { DESKTOP_CHANNELS, enabledCommandsSchema, MENU_COMMANDS, type MenuCommand } from '../shared/commands'

export interface MenuOptions {
  platform: NodeJS.Platform
  /** Development builds keep the developer tools in the View menu. */
  packaged: boolean
  /** The commands the window says it can run now; the others are greyed out. */
  enabled: ReadonlySet<MenuCommand>
  /** What Edit › Undo would take back, in words ("archive client Zoë"), or null when nothing can be. */
  undoing?: string | null
  /** Hands a chosen command to the window, which runs it as its shortcut would. */
  send(command: MenuCommand): void
  openLogFolder(): void
}

const separator: MenuItemConstructorOptions = { type: 'separator' }

/**
 * The application menu: the platform's own menus (macOS's app menu, Edit, Window) around
 * Coachbook's commands. Each command item shows its shortcut but does not take the key
 * from the window (`registerAccelerator: false`): the window's command registry answers
 * the key, so a screen can give it its own meaning (Ctrl+N among the sponsors).
 */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin'
  const command = (id: MenuCommand): MenuItemConstructorOptions => {
    const { title, key } = MENU_COMMANDS[id] as { title: string; key?: string }
    return {
      id,
      label: id === 'edit.undo' && options.undoing ? `${title} ${options.undoing}` : title,
      accelerator: key ? `CmdOrCtrl+${key}` : undefined,
      registerAccelerator: false,
      enabled: options.enabled.has(id),
      click: () => options.send(id)
    }
  }
  const appMenu: MenuItemConstructorOptions = {
    label: 'Coachbook',
    submenu: [
      { role: 'about' },
      separator,
      command('view.settings'),
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' }
    ]
  }
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('client.new'),
      command('engagement.new'),
      command('session.new'),
      separator,
      command('practice.openAnother'),
      separator,
      command('client.export'),
      command('backup.now'),
      separator,
      command('app.lock'),
      separator,
      ...(isMac ? [{ role: 'close' } as const] : [command('view.settings'), separator, { role: 'quit' } as const])
    ]
  }
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      command('view.today'),
      command('view.clients'),
      command('view.sponsors'),
      command('view.search'),
      separator,
      { role: 'reload' },
      ...(options.packaged ? [] : [{ role: 'toggleDevTools' } as const]),
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' }
    ]
  }
  const help: MenuItemConstructorOptions = {
    label: 'Help',
    role: 'help',
    submenu: [
      command('help.shortcuts'),
      { id: 'help.logFolder', label: 'Open the log folder', click: () => options.openLogFolder() },
      separator,
      command('help.about')
    ]
  }
  // The platform's Edit menu, with Undo the practice's: the window gives Ctrl/Cmd+Z to a text field's own undo while one is focused.
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      command('edit.undo'),
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? [{ role: 'pasteAndMatchStyle' } as const, { role: 'delete' } as const] : [{ role: 'delete' } as const, separator]),
      { role: 'selectAll' }
    ]
  }
  return [...(isMac ? [appMenu] : []), file, edit, view, { role: 'windowMenu' }, help]
}

/**
 * Listens for the window saying which commands it can run, from the app's own page
 * only and in the contract's shape; anything else is ignored (a menu is no place to
 * report an error).
 */
export function listenForEnabledCommands(
  ipc: Pick<IpcMain, 'on'>,
  isTrustedSender: (frameUrl: string) => boolean,
  onChange: (enabled: ReadonlySet<MenuCommand>) => void
): void {
  ipc.on(DESKTOP_CHANNELS.enabledCommands, (event: IpcMainEvent, commands: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url ?? '')) return
    const parsed = enabledCommandsSchema.safeParse(commands)
    if (parsed.success) onChange(new Set(parsed.data))
  })
}
