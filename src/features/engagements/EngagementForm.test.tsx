import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { api } from '../../lib/api'
import { formatDate } from '../../lib/format'
import { renderInApp } from '../../testing/render'
import { EngagementForm } from './EngagementForm'

async function clientAndKind() {
  const client = await api.clients.create({ name: 'Zoë Ødegård' })
  const { items } = await api.engagements.listKinds({})
  return { client, kindId: items.find((kind) => kind.name === 'Executive coaching')!.id }
}

// Through the real handlers, on a fresh practice for each test.
describe('EngagementForm', () => {
  it('contracts a new engagement with its fee, typed in the currency’s units and stored in its minor unit', async () => {
    const { client } = await clientAndKind()
    const { user, router } = renderInApp(<EngagementForm />, {
      path: '/clients/:clientId/engagements/new',
      routes: { '/engagements/:engagementId': <h1>Engagement</h1> }
    })
    await router.navigate(`/clients/${client.id}/engagements/new`)
    await screen.findByRole('button', { name: 'Create engagement' })
    await vi.waitFor(() => expect(screen.getByRole('region', { name: 'New engagement' })).toHaveTextContent('with Zoë Ødegård'))
    // The form opens on its first field, the kind.
    await vi.waitFor(() => expect(screen.getByRole('button', { name: /Kind/ })).toHaveFocus())
    await user.keyboard('{Enter}')
    await user.click(await screen.findByRole('option', { name: 'Executive coaching' }))

    expect(screen.getByRole('button', { name: /Fee$/ })).toHaveTextContent('No fee recorded')
    expect(screen.queryByRole('textbox', { name: 'Amount' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: /Fee$/ }))
    await user.click(await screen.findByRole('option', { name: 'Package' }))
    await user.type(screen.getByRole('textbox', { name: 'Amount' }), '1250.5')
    await user.click(screen.getByRole('button', { name: /Currency/ }))
    await user.keyboard('euro')
    await user.click(await screen.findByRole('option', { name: /^EUR/ }))
    await user.click(screen.getByRole('button', { name: 'Create engagement' }))

    expect(await screen.findByRole('heading', { name: 'Engagement' })).toBeInTheDocument()
    const { items } = await api.engagements.listForClient({ clientId: client.id })
    const saved = await api.engagements.get({ id: items[0]!.id })
    expect(saved.fee).toEqual({ amountMinor: 125050, currency: 'EUR', basis: 'package' })
    expect(saved.sponsorOrganisation).toBeNull()
  })

  it('shows main’s refusal of a start date after the engagement’s history next to the start date, its day in the coach’s format', async () => {
    const { client, kindId } = await clientAndKind()
    const engagement = await api.engagements.create({ clientId: client.id, kindId, status: 'active', startDate: '2026-01-05' })
    await api.engagements.setStatus({ id: engagement.id, status: 'paused', date: '2026-02-01', note: '', openActions: 'open' })
    const { user, router } = renderInApp(<EngagementForm />, { path: '/engagements/:engagementId/edit' })
    await router.navigate(`/engagements/${engagement.id}/edit`)
    await screen.findByRole('button', { name: 'Save contract' })
    const startDate = screen.getByRole('group', { name: 'Start date' })
    await user.click(within(startDate).getAllByRole('spinbutton')[0]!)
    await user.keyboard('01032026')
    await user.click(screen.getByRole('button', { name: 'Save contract' }))
    const refusal = `Choose a start date on or before ${formatDate('2026-02-01')}, when the engagement became paused.`
    await vi.waitFor(() => expect(startDate).toHaveAccessibleDescription(expect.stringContaining(refusal)))
    expect((await api.engagements.get({ id: engagement.id })).startDate).toBe('2026-01-05')
  })
})
