import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { api } from '../../lib/api'
import { sameDateMonthsLater } from '../../../electron/shared/sessionSeries'
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

  it('shows a monthly retainer’s months begun and what is due for them', async () => {
    const client = await api.clients.create({ name: 'Tom Baker' })
    const { items } = await api.engagements.listKinds({})
    // Begun two months ago to the day: that month, last month and this one have begun.
    const startDate = sameDateMonthsLater(todayIso(), -2)
    const engagement = await api.engagements.create({
      clientId: client.id,
      kindId: items.find((kind) => kind.name === 'Executive coaching')!.id,
      status: 'active',
      startDate,
      fee: { amountMinor: 90_000, currency: 'EUR', basis: 'monthly_retainer' }
    })
    renderInApp(<BillingSection engagement={engagement} />)
    const glance = await screen.findByLabelText('Use of the fee')
    expect(glance).toHaveTextContent('Months begun3')
    expect(glance).toHaveTextContent('Due so far€2,700.00')
    expect(glance).not.toHaveTextContent('Value used')
    expect(screen.getByText('None: the retainer is paid month by month')).toBeInTheDocument()
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
