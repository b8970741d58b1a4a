import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { I18nProvider } from 'react-aria-components'
import { describe, expect, it, vi } from 'vitest'
import { DateTimeField } from './DateTimeField'

function StartsAt({ value, onChange }: { value: string; onChange(value: string): void }) {
  return (
    <I18nProvider locale="en-GB">
      <DateTimeField label="Date and time" value={value} onChange={onChange} />
    </I18nProvider>
  )
}

function Controlled({ initial = '', onChange }: { initial?: string; onChange(value: string): void }) {
  const [value, setValue] = useState(initial)
  return (
    <StartsAt
      value={value}
      onChange={(next) => {
        setValue(next)
        onChange(next)
      }}
    />
  )
}

const segments = () => screen.getAllByRole('spinbutton')
const shown = () => segments().map((segment) => segment.getAttribute('aria-valuenow'))

/** What the wall clock here shows at a moment: the same whatever the machine's time zone. */
const wallClock = (moment: string) => {
  const date = new Date(moment)
  return [date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getHours(), date.getMinutes()]
}

describe('DateTimeField', () => {
  it('sends the moment typed on the coach’s clock, in UTC', async () => {
    const onChange = vi.fn()
    const user = userEvent.setup()
    render(<Controlled onChange={onChange} />)
    await user.click(segments()[0]!)
    // Digit by digit, the year passing through 2, 20 and 202: years whose local offsets ISO text cannot carry.
    await user.keyboard('140320260930')
    const sent: string = onChange.mock.lastCall![0]
    expect(sent).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000Z$/)
    expect(wallClock(sent)).toEqual([2026, 3, 14, 9, 30])
    expect(shown()).toEqual(['14', '3', '2026', '9', '30'])
  })

  it('shows a stored moment on the coach’s clock, and a new value given from outside', () => {
    const stored = new Date(2026, 10, 2, 17, 45).toISOString()
    const { rerender } = render(<StartsAt value={stored} onChange={() => {}} />)
    expect(shown()).toEqual(['2', '11', '2026', '17', '45'])
    rerender(<StartsAt value={new Date(2027, 0, 1, 8, 0).toISOString()} onChange={() => {}} />)
    expect(shown()).toEqual(['1', '1', '2027', '8', '0'])
  })

  it('keeps every other segment while one is retyped', async () => {
    const onChange = vi.fn()
    const user = userEvent.setup()
    render(<Controlled initial={new Date(2026, 2, 14, 9, 30).toISOString()} onChange={onChange} />)
    await user.click(segments()[2]!)
    await user.keyboard('{Backspace}{Backspace}{Backspace}{Backspace}2027')
    expect(shown()).toEqual(['14', '3', '2027', '9', '30'])
    expect(wallClock(onChange.mock.lastCall![0])).toEqual([2027, 3, 14, 9, 30])
  })
})
