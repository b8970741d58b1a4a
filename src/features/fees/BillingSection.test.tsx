import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { api } from '../../lib/api'
import { todayIso } from '../../lib/format'
import { engagementWithFee } from '../../testing/records'
import { renderInApp } from '../../testing/render'
import { BillingSection } from './BillingSection'

async function packageEngagement() {
  const engagement = await engagementWithFee({ amountMinor: 100_000, currency: 'EUR', basis: 'package' }, { plannedSessions: 8 })
  await api.sessions.create({ engagementId: engagement.id, startsAt: '2026-01-12T09:00:00Z', durationMinutes: 60, status: 'held' })
  return api.engagements.get({ id: engagement.id })
}

// Through the real handlers, on a fresh practice for each test.
describe('the billing of a contract', () => {
  it('shows the package’s use at a glance', async () => {
    const engagement = await packageEngagement()
    renderInApp(<BillingSection engagement={engagement} />)
    const glance = await screen.findByLabelText('Use of the fee')
    // 1 held of 8 sessions of €1,000.00: €125.00 used, €875.00 left, all of it due since 5 January.
    expect(glance).toHaveTextContent('Sessions used1 of 81 held session')
    expect(glance).toHaveTextContent('Value used€125.00')
    expect(glance).toHaveTextContent('Value remaining€875.00')
    expect(glance).toHaveTextContent('Due so far€1,000.00')
  })

  it('spreads the package over instalments, refusing a total that is not the package', async () => {
    const engagement = await packageEngagement()
    const { user } = renderInApp(<BillingSection engagement={engagement} />)
    await user.click(await screen.findByRole('button', { name: 'Edit billing…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Billing' })
    await user.click(within(dialog).getByRole('button', { name: 'Add instalment' }))
    await user.click(within(dialog).getByRole('button', { name: 'Add instalment' }))
    const [first, second] = [within(dialog).getByRole('textbox', { name: 'Amount 1 (EUR)' }), within(dialog).getByRole('textbox', { name: 'Amount 2 (EUR)' })]
    await user.type(first, '400.005')
    await user.type(second, '600')
    await user.click(within(dialog).getByRole('button', { name: 'Save billing' }))
    expect(first).toHaveAccessibleDescription('EUR has 2 digits after the decimal point: enter an amount such as 1,234.50.')

    await user.clear(first)
    await user.type(first, '399.99')
    await user.click(within(dialog).getByRole('button', { name: 'Save billing' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent("The instalments add up to less than the package's fee")

    await user.clear(first)
    await user.type(first, '400')
    await user.click(within(dialog).getByRole('button', { name: 'Save billing' }))
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    const terms = await api.fees.get({ engagementId: engagement.id, today: todayIso() })
    expect(terms.instalments.map((each) => each.amountMinor)).toEqual([40_000, 60_000])
  })
})
