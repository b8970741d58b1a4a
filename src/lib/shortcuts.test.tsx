import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { shortcutLabel, useModShortcut } from './shortcuts'

function NewClientShortcut({ action, enabled }: { action(): void; enabled?: boolean }) {
  useModShortcut('n', action, enabled)
  return <input aria-label="Filter clients" />
}

describe('shortcuts', () => {
  it('write a shortcut as this system does (Ctrl here; ⌘ on macOS)', () => {
    expect(shortcutLabel('s')).toBe('Ctrl+S')
  })

  it('run their command on Ctrl and the key, even while typing in a field', async () => {
    const action = vi.fn()
    const user = userEvent.setup()
    render(<NewClientShortcut action={action} />)
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

  it('do nothing while disabled, and run the command as it is now', async () => {
    const user = userEvent.setup()
    const seen: number[] = []
    function Counter() {
      const [count, setCount] = useState(0)
      useModShortcut('n', () => seen.push(count))
      return <button onClick={() => setCount(count + 1)}>More</button>
    }
    render(<Counter />)
    await user.click(screen.getByRole('button', { name: 'More' }))
    await user.keyboard('{Control>}n{/Control}')
    expect(seen).toEqual([1])

    const action = vi.fn()
    render(<NewClientShortcut action={action} enabled={false} />)
    await user.keyboard('{Control>}n{/Control}')
    expect(action).not.toHaveBeenCalled()
  })
})
