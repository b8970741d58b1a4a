import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { api } from '../../lib/api'
import { todayIso } from '../../lib/format'
import { engagementWithFee } from '../../testing/records'
import { renderInApp } from '../../testing/render'
import { IncomePage } from './IncomePage'

/** Last year: 2 × 100.00 at 20 % (240.00) issued 10 March, paid 100.00 on 20 March and 140.00 on 2 May. */
async function paidLastYear(year: number) {
  const engagement = await engagementWithFee({ amountMinor: 10_000, currency: 'EUR', basis: 'per_session' })
  await api.invoices.setSeries({ prefix: 'A' })
  const today = todayIso()
  const lines = [{ description: 'Coaching', quantity: 2, unitAmountMinor: 10_000, taxRateBp: 2_000 }]
  const draft = await api.invoices.createDraft({ engagementId: engagement.id, lines, today })
  await api.invoices.issue({ id: draft.id, issuedOn: `${year}-03-10`, dueOn: `${year}-04-09`, today })
  await api.invoices.addPayment({ id: draft.id, paidOn: `${year}-03-20`, amountMinor: 10_000, method: 'bank_transfer', today })
  await api.invoices.addPayment({ id: draft.id, paidOn: `${year}-05-02`, amountMinor: 14_000, method: 'card', today })
}

const rowTexts = (table: HTMLElement) => within(table).getAllByRole('row').slice(1).map((row) => row.textContent)

// Through the real handlers, on a fresh practice for each test.
describe('the income overview', () => {
  it('says what to do in a year with nothing, and shows a year chosen month by month, per client and sponsor', async () => {
    const thisYear = Number(todayIso().slice(0, 4))
    const lastYear = thisYear - 1
    await paidLastYear(lastYear)
    const { user } = renderInApp(<IncomePage />)
    expect(await screen.findByText(`No income in ${thisYear}`)).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: /Year/ }))
    await user.click(await screen.findByRole('option', { name: String(lastYear) }))
    expect(rowTexts(await screen.findByRole('table', { name: `Income in ${lastYear}` }))).toEqual(['EUR€240.00€240.00€0.00'])
    expect(rowTexts(screen.getByRole('table', { name: `Income by month in ${lastYear}, EUR` }))).toEqual([
      'March€240.00€100.00€140.00',
      'April€0.00€0.00€140.00',
      'May€0.00€140.00€0.00'
    ])
    expect(rowTexts(screen.getByRole('table', { name: `Income by client in ${lastYear}` }))).toEqual(['Zoë ØdegårdEUR€240.00€240.00€0.00'])
    expect(rowTexts(screen.getByRole('table', { name: `Income by sponsor in ${lastYear}` }))).toEqual(['No sponsorEUR€240.00€240.00€0.00'])
    expect(screen.getByText('No invoice is overdue.')).toBeInTheDocument()
  })
})
