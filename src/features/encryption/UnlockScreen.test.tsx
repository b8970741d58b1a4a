import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { UnlockScreen } from './UnlockScreen'

const request = { title: 'Enter the recovery key', message: 'Type the recovery key of the practice.', label: 'Recovery key', hidden: false }

function unlockWindow() {
  const answerUnlock = vi.fn()
  render(<UnlockScreen desktop={{ unlockRequest: async () => request, answerUnlock }} />)
  return answerUnlock
}

describe('the unlock window', () => {
  it('shows main’s question and answers with what the coach typed, on Enter', async () => {
    const answerUnlock = unlockWindow()
    const field = await screen.findByRole('textbox', { name: 'Recovery key' })
    expect(screen.getByRole('heading', { name: 'Enter the recovery key' })).toBeInTheDocument()
    expect(field).toHaveFocus()
    await userEvent.keyboard('7K3Q-Z9XD{Enter}')
    expect(answerUnlock).toHaveBeenCalledWith('7K3Q-Z9XD')
  })

  it('answers that the coach would rather not on Esc, and never an empty key', async () => {
    const answerUnlock = unlockWindow()
    await screen.findByRole('textbox', { name: 'Recovery key' })
    await userEvent.keyboard('{Enter}')
    expect(answerUnlock).not.toHaveBeenCalled()
    expect(screen.getByRole('button', { name: 'Unlock' })).toBeDisabled()
    await userEvent.keyboard('{Escape}')
    expect(answerUnlock).toHaveBeenCalledWith(null)
  })
})
