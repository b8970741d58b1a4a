import { createContext, useContext, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react'
import type { DesktopApi } from '../../../electron/shared/commands'
import { isModShortcut } from '../../lib/shortcuts'
import { COMMAND_IDS, COMMANDS, isMenuCommand, type CommandId } from './definitions'

declare global {
  interface Window {
    /** The application menu's messages (preload script, or the test bridge's shim); absent in unit tests. */
    coachbookDesktop?: DesktopApi
  }
}

interface Registration {
  id: CommandId
  run: () => void
  /** The order it was given in: of two screens sharing a key, the one mounted last wins. */
  order: number
  /** Given by the window's frame for every screen: any screen's own command of the same key comes first. */
  everywhere: boolean
}

/**
 * The commands the screens on show can run now. A screen gives what a command does
 * while it is mounted (`useCommands`), so a command is enabled exactly when something
 * on screen can do it: the keyboard, the palette, the menus and main's application
 * menu all read this one place.
 */
export class CommandRegistry {
  private registrations: Registration[] = []
  private listeners = new Set<() => void>()
  private counter = 0
  private version = 0

  add(id: CommandId, run: () => void, everywhere = false): () => void {
    const registration = { id, run, order: ++this.counter, everywhere }
    this.registrations.push(registration)
    this.changed()
    return () => {
      this.registrations = this.registrations.filter((other) => other !== registration)
      this.changed()
    }
  }

  isEnabled(id: CommandId): boolean {
    return this.registrations.some((registration) => registration.id === id)
  }

  /** Runs the command if something on screen can; says whether it ran. */
  run(id: CommandId): boolean {
    const registration = this.latest((candidate) => candidate.id === id)
    registration?.run()
    return Boolean(registration)
  }

  /** The enabled command a key press is the shortcut of, the innermost screen's first. */
  commandForKey(event: KeyboardEvent): CommandId | null {
    const registration = this.latest(({ id }) => {
      const { key, shiftIsAnother } = COMMANDS[id]
      return key !== undefined && isModShortcut(event, key) && !(shiftIsAnother && event.shiftKey)
    })
    return registration?.id ?? null
  }

  enabledIds(): CommandId[] {
    return COMMAND_IDS.filter((id) => this.isEnabled(id))
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }

  getVersion = (): number => this.version

  private latest(matches: (registration: Registration) => boolean): Registration | undefined {
    const rank = (registration: Registration) => (registration.everywhere ? 0 : this.counter) + registration.order
    return this.registrations.filter(matches).sort((a, b) => rank(b) - rank(a))[0]
  }

  private changed(): void {
    this.version += 1
    for (const listener of this.listeners) listener()
  }
}

/** Where typing goes: a text field, a text area or an editable element (not a checkbox or a button). */
function isTextEntry(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement || (target instanceof HTMLElement && target.isContentEditable)) return true
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type)
}

const RegistryContext = createContext<CommandRegistry | null>(null)

function useRegistry(): CommandRegistry {
  const registry = useContext(RegistryContext)
  if (!registry) throw new Error('useCommands needs a CommandProvider around it')
  return registry
}

/**
 * Holds the registry, runs a command's shortcut anywhere in the window (even while
 * typing in a field: these are the app's commands, like menu accelerators), runs the
 * application menu's choices and tells main which of its items to enable.
 */
export function CommandProvider({ children, desktop = window.coachbookDesktop }: { children: ReactNode; desktop?: DesktopApi }) {
  const [registry] = useState(() => new CommandRegistry())
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const id = registry.commandForKey(event)
      if (!id || (COMMANDS[id].yieldsToTyping && isTextEntry(event.target))) return
      event.preventDefault()
      registry.run(id)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [registry])
  useEffect(() => {
    if (!desktop) return
    let sent = ''
    const tellMain = () => {
      const enabled = registry.enabledIds().filter(isMenuCommand)
      if (enabled.join() === sent) return
      sent = enabled.join()
      desktop.setEnabledCommands(enabled)
    }
    tellMain()
    const stopTelling = registry.subscribe(tellMain)
    const stopListening = desktop.onCommand((id) => void registry.run(id))
    return () => {
      stopTelling()
      stopListening()
    }
  }, [registry, desktop])
  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>
}

/**
 * What these commands do, given while the calling screen is mounted; a command left
 * out (or given null) is not the screen's to run. Each runs as it is at the last render.
 * `everywhere`: the window frame's commands, which a screen's own command of the same
 * key overrides (Ctrl+N is a new sponsor among the sponsors, a new client elsewhere).
 */
export function useCommands(handlers: Partial<Record<CommandId, (() => void) | null>>, { everywhere = false } = {}): void {
  const registry = useRegistry()
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })
  const ids = COMMAND_IDS.filter((id) => handlers[id])
  const key = ids.join()
  useEffect(() => {
    const removals = key
      .split(',')
      .filter(Boolean)
      .map((id) => registry.add(id as CommandId, () => latest.current[id as CommandId]?.(), everywhere))
    return () => removals.forEach((remove) => remove())
  }, [registry, key, everywhere])
}

export interface CommandState {
  isEnabled(id: CommandId): boolean
  run(id: CommandId): void
}

/** Which commands can run now, re-rendering as that changes; for the palette and the shortcuts list. */
export function useCommandState(): CommandState {
  const registry = useRegistry()
  useSyncExternalStore(registry.subscribe, registry.getVersion)
  return { isEnabled: (id) => registry.isEnabled(id), run: (id) => void registry.run(id) }
}
