import { render, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { I18nProvider } from 'react-aria-components'
import { describe, expect, it } from 'vitest'
import { CheckboxField } from './CheckboxField'
import { DateField } from './DateField'
import { Field } from './Field'
import { useFocusFirstField } from './focusFirstField'
import { SelectField } from './SelectField'

function Opened({ enabled, children }: { enabled?: boolean; children: ReactNode }) {
  const ref = useFocusFirstField<HTMLFormElement>(enabled)
  return (
    <I18nProvider locale="en-GB">
      <button type="button">Back</button>
      <form ref={ref} aria-label="Editor">
        {children}
      </form>
    </I18nProvider>
  )
}

describe('useFocusFirstField', () => {
  it('puts focus in the first field the coach can type in, past what is hidden, disabled or inert', () => {
    render(
      <Opened>
        <button type="button">Help</button>
        <input type="hidden" name="id" value="4" />
        <div hidden>
          <input aria-label="Hidden" />
        </div>
        <div aria-hidden="true">
          <input aria-label="Decorative" />
        </div>
        <div inert>
          <input aria-label="Behind a dialog" />
        </div>
        <Field label="Locked" isDisabled />
        <Field label="Statement" />
      </Opened>
    )
    expect(screen.getByRole('textbox', { name: 'Statement' })).toHaveFocus()
  })

  it('starts a date at its first segment', () => {
    render(
      <Opened>
        <DateField label="Held on" value="2026-03-14" onChange={() => {}} />
        <Field label="Notes" />
      </Opened>
    )
    // In a day-first locale the first segment is the day.
    expect(screen.getAllByRole('spinbutton')[0]).toHaveFocus()
    expect(document.activeElement).toHaveAccessibleName(/day/i)
  })

  it('opens a list’s button or a check box when it comes first', () => {
    const { unmount } = render(
      <Opened>
        <SelectField label="Owner" options={[{ value: 'client', label: 'Client' }]} value="client" onChange={() => {}} />
      </Opened>
    )
    expect(screen.getByRole('button', { name: /Owner/ })).toHaveFocus()
    unmount()
    render(
      <Opened>
        <CheckboxField label="Reached" />
      </Opened>
    )
    expect(screen.getByRole('checkbox', { name: 'Reached' })).toHaveFocus()
  })

  it('leaves focus where it is when not enabled (a record opened to be read)', () => {
    render(
      <Opened enabled={false}>
        <Field label="Statement" />
      </Opened>
    )
    expect(screen.getByRole('textbox', { name: 'Statement' })).not.toHaveFocus()
    expect(document.body).toHaveFocus()
  })
})
