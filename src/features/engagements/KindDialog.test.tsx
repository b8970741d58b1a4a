import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { api } from '../../lib/api'
import { renderInApp } from '../../testing/render'
import { KindDialog } from './KindDialog'

// These go through the real handlers, on a fresh practice for each test.
describe('KindDialog', () => {
  it('adds the coach’s own kind with the usual coaching plan', async () => {
    const onSaved = vi.fn()
    const { user } = renderInApp(<KindDialog onSaved={onSaved} onCancel={() => {}} />)
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Team coaching{Enter}')
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1))
    expect(onSaved.mock.calls[0]![0]).toMatchObject({ name: 'Team coaching', defaultPlannedSessions: 6, defaultCadence: 'fortnightly', defaultSessionMinutes: 60 })
    const { items } = await api.engagements.listKinds({})
    expect(items.map((kind) => kind.name)).toContain('Team coaching')
  })

  it('shows main’s refusal of a name already taken next to the name, and keeps the dialog open', async () => {
    const onSaved = vi.fn()
    const { user } = renderInApp(<KindDialog onSaved={onSaved} onCancel={() => {}} />)
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Executive coaching{Enter}')
    const name = screen.getByRole('textbox', { name: 'Name' })
    await vi.waitFor(() => expect(name).toHaveAccessibleDescription('There is already a kind called "Executive coaching".'))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(onSaved).not.toHaveBeenCalled()
  })

  it('asks for the session length next to it when it was emptied, before asking main', async () => {
    const { user } = renderInApp(<KindDialog onSaved={() => {}} onCancel={() => {}} />)
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Team coaching')
    await user.clear(screen.getByRole('textbox', { name: 'Usual session length (minutes)' }))
    await user.click(screen.getByRole('button', { name: 'Add kind' }))
    expect(screen.getByRole('textbox', { name: 'Usual session length (minutes)' })).toHaveAccessibleDescription(
      'Enter the usual session length in minutes.'
    )
    const { items } = await api.engagements.listKinds({})
    expect(items.map((kind) => kind.name)).not.toContain('Team coaching')
  })
})
