import { MENU_COMMANDS, type MenuCommand } from '../../../electron/shared/commands'

/**
 * Every command of the app: what it is called, the key it is pressed with (with Ctrl,
 * or ⌘ on macOS) and where the palette lists it. The application menu's commands come
 * from the shared list main builds the menu from; the others live in the window only.
 * What a command does is given by the screen that can do it (registry.tsx).
 */
export interface CommandDefinition {
  title: string
  key?: string
  group: 'Create' | 'Go to' | 'This record' | 'Help'
  /** In a text field the key is the field's own: Ctrl+Z there undoes the typing, not the practice's last change. */
  yieldsToTyping?: true
  /** With Shift too, the key is another command's (Ctrl+Shift+Z redoes). */
  shiftIsAnother?: true
}

const WINDOW_COMMANDS = {
  'sponsor.new': { title: 'New sponsor', key: 'N', group: 'Create' },
  'goal.new': { title: 'New goal', key: 'N', group: 'Create' },
  'record.edit': { title: 'Edit', key: 'E', group: 'This record' },
  'record.save': { title: 'Save', key: 'S', group: 'This record' },
  'record.copyLink': { title: 'Copy link to this record', group: 'This record' },
  'list.filter': { title: 'Filter the list', key: 'F', group: 'This record' },
  'client.archive': { title: 'Archive client', group: 'This record' },
  'client.restore': { title: 'Restore client', group: 'This record' },
  'client.delete': { title: 'Delete client…', group: 'This record' },
  'sponsor.delete': { title: 'Delete sponsor…', group: 'This record' },
  'calendar.exportUpcoming': { title: 'Export upcoming sessions to calendar…', group: 'Create' },
  'view.income': { title: 'Go to income', group: 'Go to' }
} as const satisfies Record<string, CommandDefinition>

/** Where the palette lists each menu command, and its name there when the menu's needs the menu around it. */
const MENU_COMMANDS_IN_WINDOW: Record<MenuCommand, Pick<CommandDefinition, 'group' | 'yieldsToTyping' | 'shiftIsAnother'> & { title?: string }> = {
  'client.new': { group: 'Create' },
  'engagement.new': { group: 'Create' },
  'session.new': { group: 'Create' },
  'practice.openAnother': { group: 'Go to' },
  'client.export': { group: 'This record' },
  'backup.now': { group: 'Create' },
  'app.lock': { group: 'Go to' },
  'edit.undo': { group: 'This record', yieldsToTyping: true, shiftIsAnother: true },
  'view.today': { group: 'Go to', title: 'Go to today' },
  'view.clients': { group: 'Go to', title: 'Go to clients' },
  'view.sponsors': { group: 'Go to', title: 'Go to sponsors' },
  'view.search': { group: 'Go to' },
  'view.settings': { group: 'Go to', title: 'Open settings' },
  'help.shortcuts': { group: 'Help' },
  'help.about': { group: 'Help' }
}

export type CommandId = MenuCommand | keyof typeof WINDOW_COMMANDS

export const COMMANDS: Record<CommandId, CommandDefinition> = {
  ...(Object.fromEntries(
    Object.entries(MENU_COMMANDS).map(([id, command]) => [id, { ...command, ...MENU_COMMANDS_IN_WINDOW[id as MenuCommand] }])
  ) as Record<MenuCommand, CommandDefinition>),
  ...WINDOW_COMMANDS
}

export const COMMAND_IDS = Object.keys(COMMANDS) as CommandId[]

export function isMenuCommand(id: CommandId): id is MenuCommand {
  return Object.hasOwn(MENU_COMMANDS, id)
}
