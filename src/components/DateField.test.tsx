import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { I18nProvider } from 'react-aria-components'
import { describe, expect, it, vi } from 'vitest'
import { DateField } from './DateField'

function Deadline({ initial = '', onChange, error }: { initial?: string; onChange(value: string): void; error?: string }) {
  const [value, setValue] = useState(initial)
  return (
    <I18nProvider locale="en-GB">
      <DateField
        label="Deadline"
        value={value}
        error={error}
        onChange={(next) => {
          setValue(next)
          onChange(next)
        }}
      />
    </I18nProvider>
  )
}

const segments = () => screen.getAllByRole('spinbutton')
const shown = () => segments().map((segment) => segment.getAttribute('aria-valuenow'))

describe('DateField', () => {
  it('shows a stored day in the coach’s order of segments', () => {
    render(<Deadline initial="2026-03-14" onChange={() => {}} />)
    expect(shown()).toEqual(['14', '3', '2026'])
  })

  it('gives the day typed as YYYY-MM-DD, the same day wherever the coach is', async () => {
    const onChange = vi.fn()
    const user = userEvent.setup()
    render(<Deadline onChange={onChange} />)
    await user.click(segments()[0]!)
    await user.keyboard('31122026')
    expect(onChange).toHaveBeenLastCalledWith('2026-12-31')
    await user.click(segments()[0]!)
    await user.keyboard('01012026')
    expect(onChange).toHaveBeenLastCalledWith('2026-01-01')
  })

  it('gives an empty value once the day is cleared', async () => {
    const onChange = vi.fn()
    const user = userEvent.setup()
    render(<Deadline initial="2026-03-14" onChange={onChange} />)
    await user.click(segments()[2]!)
    // Backspace empties the year digit by digit, then moves on to the month and the day.
    await user.keyboard('{Backspace}'.repeat(12))
    expect(shown()).toEqual([null, null, null])
    expect(onChange).toHaveBeenLastCalledWith('')
  })

  it('reads a value that is no day as empty rather than failing', () => {
    render(<Deadline initial="14/03/2026" onChange={() => {}} />)
    expect(shown()).toEqual([null, null, null])
  })

  it('shows its error under it', () => {
    render(<Deadline initial="2026-03-14" onChange={() => {}} error="The deadline must be on or after the start date." />)
    expect(screen.getByRole('group', { name: 'Deadline' })).toHaveAccessibleDescription(
      expect.stringContaining('The deadline must be on or after the start date.')
    )
  })
})
