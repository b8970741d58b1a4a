import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { SelectField } from './SelectField'

const SPONSORS = [
  { value: 3, label: 'Acme Ltd' },
  { value: 7, label: 'Globex' }
]

function Sponsor({ initial, onChange }: { initial: number | null; onChange(id: number | null): void }) {
  const [value, setValue] = useState(initial)
  return (
    <SelectField
      label="Sponsor organisation"
      options={SPONSORS}
      none="No sponsor"
      value={value}
      onChange={(id) => {
        setValue(id)
        onChange(id)
      }}
    />
  )
}

const button = () => screen.getByRole('button', { name: /Sponsor organisation/ })

describe('SelectField', () => {
  it('offers “none” first, shown while there is no value, and giving null when chosen', async () => {
    const onChange = vi.fn()
    const user = userEvent.setup()
    render(<Sponsor initial={null} onChange={onChange} />)
    expect(button()).toHaveTextContent('No sponsor')
    await user.click(button())
    const options = within(await screen.findByRole('listbox')).getAllByRole('option')
    expect(options.map((option) => option.textContent)).toEqual(['No sponsor', 'Acme Ltd', 'Globex'])
    await user.click(screen.getByRole('option', { name: 'Globex' }))
    expect(onChange).toHaveBeenLastCalledWith(7)
    expect(button()).toHaveTextContent('Globex')
    await user.click(button())
    await user.click(await screen.findByRole('option', { name: 'No sponsor' }))
    expect(onChange).toHaveBeenLastCalledWith(null)
    expect(button()).toHaveTextContent('No sponsor')
  })

  it('chooses from the keyboard: arrows to move, Enter to choose', async () => {
    const onChange = vi.fn()
    const user = userEvent.setup()
    render(<Sponsor initial={3} onChange={onChange} />)
    button().focus()
    await user.keyboard('{Enter}')
    await screen.findByRole('listbox')
    await user.keyboard('{ArrowDown}{Enter}')
    expect(onChange).toHaveBeenLastCalledWith(7)
  })

  it('without “none”, shows its placeholder until something is chosen', () => {
    render(<SelectField label="Owner" options={[{ value: 'client', label: 'Client' }]} value={null} onChange={() => {}} placeholder="Choose an owner…" />)
    expect(screen.getByRole('button', { name: /Owner/ })).toHaveTextContent('Choose an owner…')
  })

  it('finds an option in a long list by typing part of its name in the list’s search box', async () => {
    const user = userEvent.setup()
    const zones = ['Europe/Berlin', 'Europe/London', 'Pacific/Kiritimati'].map((zone) => ({ value: zone, label: zone }))
    render(
      <SelectField
        label="Time zone"
        options={zones}
        none="No time zone"
        value={null}
        onChange={() => {}}
        search={{ label: 'Search time zones', emptyText: 'No time zone by that name.' }}
      />
    )
    await user.click(screen.getByRole('button', { name: /Time zone/ }))
    await user.keyboard('kiri')
    expect(screen.getByRole('combobox', { name: 'Search time zones' })).toHaveValue('kiri')
    expect(within(screen.getByRole('listbox')).getAllByRole('option').map((option) => option.textContent)).toEqual(['Pacific/Kiritimati'])
    await user.keyboard('zzz')
    expect(screen.getByText('No time zone by that name.')).toBeInTheDocument()
  })

  it('shows its error under it in place of its description', () => {
    render(
      <SelectField label="Owner" options={[{ value: 'client', label: 'Client' }]} value={null} onChange={() => {}} description="Who does it." error="Choose who does it." />
    )
    const field = screen.getByRole('button', { name: /Owner/ })
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Choose who does it.'))
    expect(screen.queryByText('Who does it.')).not.toBeInTheDocument()
  })
})
