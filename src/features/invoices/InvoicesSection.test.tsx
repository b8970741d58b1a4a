import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { api } from '../../lib/api'
import { todayIso } from '../../lib/format'
import { engagementWithFee } from '../../testing/records'
import { renderInApp } from '../../testing/render'
import { InvoicesSection } from './InvoicesSection'

async function perSessionEngagement() {
  const engagement = await engagementWithFee({ amountMinor: 20_000, currency: 'EUR', basis: 'per_session' })
  await api.sessions.create({ engagementId: engagement.id, startsAt: '2026-01-12T09:00:00Z', durationMinutes: 60, status: 'held' })
  return api.engagements.get({ id: engagement.id })
}

const dialogNamed = (name: string) => screen.findByRole('dialog', { name })
const closed = () => vi.waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())

// Through the real handlers, on a fresh practice for each test.
describe('the invoices of an engagement', () => {
  it('starts a draft from the sessions held, adds an expense, issues it, records a payment and voids it', async () => {
    const engagement = await perSessionEngagement()
    const { user } = renderInApp(<InvoicesSection engagement={engagement} />)
    await user.click(await screen.findByRole('button', { name: 'New invoice…' }))
    const draft = await dialogNamed('New invoice')
    expect(await within(draft).findByRole('textbox', { name: 'Description 1' })).toHaveValue('Coaching session, 2026-01-12')
    await user.click(within(draft).getByRole('button', { name: 'Add line' }))
    await user.type(within(draft).getByRole('textbox', { name: 'Description 2' }), 'Workbook')
    await user.type(within(draft).getByRole('textbox', { name: 'Unit amount 2 (EUR)' }), '10')
    const rate = within(draft).getByRole('textbox', { name: 'Tax rate 2 (%)' })
    await user.clear(rate)
    await user.type(rate, '120')
    await user.click(within(draft).getByRole('button', { name: 'Save draft' }))
    expect(rate).toHaveAccessibleDescription(expect.stringContaining('Enter the tax rate in percent'))
    await user.clear(rate)
    await user.type(rate, '20')
    // 200.00 at 0 % and 10.00 at 20 %: 210.00 net, 2.00 tax.
    expect(within(draft).getByRole('status')).toHaveTextContent('Net €210.00 · tax €2.00 · total €212.00')
    await user.click(within(draft).getByRole('button', { name: 'Save draft' }))
    await closed()

    const table = await screen.findByRole('table', { name: 'Invoices of this engagement' })
    expect(await within(table).findByRole('rowheader', { name: 'Draft' })).toBeInTheDocument()
    await api.invoices.setSeries({ prefix: 'A' })
    await user.click(within(table).getByRole('button', { name: /^Issue draft/ }))
    const issue = await dialogNamed('Issue this invoice?')
    expect(issue).toHaveTextContent('Undo cannot take this back')
    await user.click(within(issue).getByRole('button', { name: 'Issue invoice' }))
    await closed()
    const year = todayIso().slice(0, 4)
    const number = `A-${year}-0001`
    expect(await within(table).findByRole('rowheader', { name: number })).toBeInTheDocument()

    await user.click(within(table).getByRole('button', { name: `Record payment of ${number}` }))
    const payment = await dialogNamed(`Record a payment of ${number}`)
    const amount = within(payment).getByRole('textbox', { name: 'Amount paid (EUR)' })
    expect(amount).toHaveValue('212.00')
    await user.clear(amount)
    await user.type(amount, '100')
    await user.click(within(payment).getByRole('button', { name: 'Record payment' }))
    await closed()
    expect(await within(table).findByText('Partly paid')).toBeInTheDocument()

    await user.click(within(table).getByRole('button', { name: `Void ${number}` }))
    const voiding = await dialogNamed(`Void ${number}?`)
    expect(voiding).toHaveTextContent('Undo cannot take this back')
    await user.click(within(voiding).getByRole('button', { name: 'Void with a credit note' }))
    await closed()
    expect(await within(table).findByRole('rowheader', { name: `Credit note A-${year}-0002 Voids ${number}` })).toBeInTheDocument()
    expect(within(table).getByText('Void')).toBeInTheDocument()
  })
})
