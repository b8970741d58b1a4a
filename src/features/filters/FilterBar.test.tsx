import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { api } from '../../lib/api'
import { renderInApp } from '../../testing/render'
import { FilterBar } from './FilterBar'

// These go through the real handlers, on a fresh practice for each test.
describe('FilterBar', () => {
  it('names the sponsor and kind a filter narrows by', async () => {
    const sponsor = await api.organisations.create({ name: 'Fjordline AS' })
    const kind = (await api.engagements.listKinds({})).items.find((item) => item.name === 'Executive coaching')!
    renderInApp(
      <FilterBar list="engagements" noun="engagements" filter={{ status: null, tag: null, kindId: kind.id, sponsorId: sponsor.id, sinceLastSession: null }} onChange={() => {}} />
    )
    expect(await screen.findByRole('row', { name: 'Sponsor: Fjordline AS' })).toBeInTheDocument()
    expect(await screen.findByRole('row', { name: 'Kind: Executive coaching' })).toBeInTheDocument()
  })

  it('says a saved filter’s sponsor was deleted rather than showing its number', async () => {
    const sponsor = await api.organisations.create({ name: 'Fjordline AS' })
    await api.organisations.delete({ id: sponsor.id })
    renderInApp(
      <FilterBar list="clients" noun="clients" filter={{ archived: 'active', tag: null, kindId: null, sponsorId: sponsor.id, sinceLastSession: null }} onChange={() => {}} />
    )
    expect(await screen.findByRole('row', { name: 'Sponsor: a deleted sponsor' })).toBeInTheDocument()
    expect(screen.queryByText(`Sponsor: ${sponsor.id}`)).not.toBeInTheDocument()
  })
})
