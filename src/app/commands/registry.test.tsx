import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import type { DesktopApi, MenuCommand } from '../../../electron/shared/commands'
import { shortcutLabel } from '../../lib/shortcuts'
import { CommandProvider, useCommands } from './registry'

function NewClientShortcut({ action }: { action: (() => void) | null }) {
  useCommands({ 'client.new': action }, { everywhere: true })
  return <input aria-label="Filter clients" />
}

function SponsorsScreen({ action }: { action(): void }) {
  useCommands({ 'sponsor.new': action })
  return null
}

/** Main's side of the two menu messages, as a test can drive it. */
function standInDesktop() {
  const listeners = new Set<(command: MenuCommand) => void>()
  const enabled: MenuCommand[][] = []
  const desktop: DesktopApi = {
    onCommand: (listener) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    setEnabledCommands: (commands) => void enabled.push(commands),
    onOpenLink: () => () => undefined,
    practiceState: async () => ({ state: 'open', demo: false }),
    chooseFirstRun: async () => ({ status: 'cancelled' }),
    leaveDemo: async () => undefined
  }
  return { desktop, enabled, choose: (command: MenuCommand) => listeners.forEach((listener) => listener(command)) }
}

describe('the command registry', () => {
  it('writes a shortcut as this system does (Ctrl here; ⌘ on macOS)', () => {
    expect(shortcutLabel('s')).toBe('Ctrl+S')
  })

  it('runs a command on Ctrl and its key, even while typing in a field', async () => {
    const action = vi.fn()
    const user = userEvent.setup()
    render(
      <CommandProvider>
        <NewClientShortcut action={action} />
      </CommandProvider>
    )
    await user.type(screen.getByRole('textbox', { name: 'Filter clients' }), 'zoë')
    expect(action).not.toHaveBeenCalled()
    await user.keyboard('{Control>}n{/Control}')
    expect(action).toHaveBeenCalledTimes(1)
    await user.keyboard('{Control>}{Shift>}N{/Shift}{/Control}')
    expect(action).toHaveBeenCalledTimes(2)
    // Alt+Ctrl is another shortcut (AltGr on many keyboards types characters with it).
    await user.keyboard('{Control>}{Alt>}n{/Alt}{/Control}')
    expect(action).toHaveBeenCalledTimes(2)
    expect(screen.getByRole('textbox', { name: 'Filter clients' })).toHaveValue('zoë')
  })

  it('leaves Ctrl+Z to a text field while typing in it, and undoes the practice outside one', async () => {
    const undo = vi.fn()
    function UndoScreen() {
      useCommands({ 'edit.undo': undo })
      return (
        <>
          <input aria-label="Name" />
          <button type="button">Save</button>
        </>
      )
    }
    const user = userEvent.setup()
    render(
      <CommandProvider>
        <UndoScreen />
      </CommandProvider>
    )
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Zoë')
    await user.keyboard('{Control>}z{/Control}')
    expect(undo).not.toHaveBeenCalled()
    screen.getByRole('button', { name: 'Save' }).focus()
    await user.keyboard('{Control>}{Shift>}Z{/Shift}{/Control}')
    expect(undo).not.toHaveBeenCalled()
    await user.keyboard('{Control>}z{/Control}')
    expect(undo).toHaveBeenCalledTimes(1)
  })

  it('runs each command as it is at the last render', async () => {
    const user = userEvent.setup()
    const seen: number[] = []
    function Counter() {
      const [count, setCount] = useState(0)
      useCommands({ 'client.new': () => seen.push(count) })
      return <button onClick={() => setCount(count + 1)}>More</button>
    }
    render(
      <CommandProvider>
        <Counter />
      </CommandProvider>
    )
    await user.click(screen.getByRole('button', { name: 'More' }))
    await user.keyboard('{Control>}n{/Control}')
    expect(seen).toEqual([1])
  })

  it('gives a shared key to the screen’s own command before the one offered everywhere', async () => {
    const user = userEvent.setup()
    const newClient = vi.fn()
    const newSponsor = vi.fn()
    // The frame is mounted around the screen, so its effects run last: the order must not decide.
    render(
      <CommandProvider>
        <SponsorsScreen action={newSponsor} />
        <NewClientShortcut action={newClient} />
      </CommandProvider>
    )
    await user.keyboard('{Control>}n{/Control}')
    expect(newSponsor).toHaveBeenCalledTimes(1)
    expect(newClient).not.toHaveBeenCalled()
  })

  it('tells main which menu items can run, runs the one chosen, and ignores one that cannot run', async () => {
    const { desktop, enabled, choose } = standInDesktop()
    const newClient = vi.fn()
    const { rerender } = render(
      <CommandProvider desktop={desktop}>
        <NewClientShortcut action={newClient} />
      </CommandProvider>
    )
    expect(enabled.at(-1)).toEqual(['client.new'])
    choose('client.new')
    expect(newClient).toHaveBeenCalledTimes(1)

    rerender(
      <CommandProvider desktop={desktop}>
        <NewClientShortcut action={null} />
      </CommandProvider>
    )
    expect(enabled.at(-1)).toEqual([])
    choose('client.new')
    expect(newClient).toHaveBeenCalledTimes(1)
  })
})
