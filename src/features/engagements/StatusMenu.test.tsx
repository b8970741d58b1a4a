import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { api } from '../../lib/api'
import { formatDate } from '../../lib/format'
import { renderInApp } from '../../testing/render'
import { StatusMenu } from './StatusMenu'

/** An executive coaching engagement, active since 5 January 2026, in a fresh practice. */
async function activeEngagement() {
  const client = await api.clients.create({ name: 'Zoë Ødegård' })
  const { items } = await api.engagements.listKinds({})
  const kindId = items.find((kind) => kind.name === 'Executive coaching')!.id
  const { id } = await api.engagements.create({ clientId: client.id, kindId, status: 'active', startDate: '2026-01-05' })
  return api.engagements.get({ id })
}

describe('StatusMenu', () => {
  it('shows main’s refusal of a day out of order next to the day, with the day it names written as the coach writes dates', async () => {
    const engagement = await activeEngagement()
    const { user } = renderInApp(<StatusMenu engagement={engagement} />)
    await user.click(await screen.findByRole('button', { name: /Change status/ }))
    await user.click(await screen.findByRole('menuitem', { name: 'Pause' }))
    expect(await screen.findByRole('dialog', { name: 'Pause?' })).toBeInTheDocument()
    // The dialog opens on the day's first segment: 1 December 2025, before the engagement began.
    await user.keyboard('01122025{Enter}')
    const day = screen.getByRole('group', { name: 'Effective from' })
    const refusal = `Choose a date on or after ${formatDate('2026-01-05')}, when the engagement became active.`
    await vi.waitFor(() => expect(day).toHaveAccessibleDescription(expect.stringContaining(refusal)))
    expect(day).not.toHaveAccessibleDescription(/2026-01-05/)
    expect((await api.engagements.get({ id: engagement.id })).status).toBe('active')
  })

  it('shows a refusal about something the dialog does not ask, such as a change made meanwhile, above its fields', async () => {
    const engagement = await activeEngagement()
    const { user } = renderInApp(<StatusMenu engagement={engagement} />)
    await user.click(await screen.findByRole('button', { name: /Change status/ }))
    await user.click(await screen.findByRole('menuitem', { name: 'Pause' }))
    const dialog = await screen.findByRole('dialog', { name: 'Pause?' })
    // Meanwhile the engagement is completed elsewhere: it can no longer be paused.
    await api.engagements.setStatus({ id: engagement.id, status: 'completed', date: null, note: '', openActions: 'open' })
    await user.click(screen.getByRole('button', { name: 'Set to paused' }))
    const alert = await screen.findByRole('alert')
    expect(dialog).toContainElement(alert)
    expect(alert.textContent).not.toBe('')
    expect(screen.getByRole('group', { name: 'Effective from' })).not.toHaveAccessibleDescription(expect.stringContaining(alert.textContent!))
  })
})
