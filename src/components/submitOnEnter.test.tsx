import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { I18nProvider } from 'react-aria-components'
import { describe, expect, it, vi } from 'vitest'
import { listenForEnter } from '../testing/render'
import { CheckboxField } from './CheckboxField'
import { DateField } from './DateField'
import { Field } from './Field'
import { NumberField } from './NumberField'
import { OWN_ENTER } from './submitOnEnter'

/** A form without a submit button of its own, as the inline ones are: only the app's Enter rule submits it. */
function SessionForm({ onSubmit }: { onSubmit(values: { minutes: number | null }): void }) {
  const [minutes, setMinutes] = useState<number | null>(null)
  const [day, setDay] = useState('2026-03-14')
  const [shareable, setShareable] = useState(false)
  return (
    <I18nProvider locale="en-GB">
      <form
        aria-label="Session"
        onSubmit={(event) => {
          event.preventDefault()
          onSubmit({ minutes })
        }}
      >
        <Field label="Agenda" />
        <Field label="Notes" multiline />
        <NumberField label="Duration (minutes)" value={minutes} onChange={setMinutes} />
        <DateField label="Held on" value={day} onChange={setDay} />
        <CheckboxField label="Shareable" isSelected={shareable} onChange={setShareable} />
        <div {...{ [OWN_ENTER]: '' }}>
          <Field label="Tag" />
        </div>
        <button type="button">Add commitment</button>
      </form>
    </I18nProvider>
  )
}

async function setUp() {
  listenForEnter()
  const onSubmit = vi.fn()
  const user = userEvent.setup()
  render(<SessionForm onSubmit={onSubmit} />)
  /** Lets the submit queued after the field's own Enter run. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 5))
  return { onSubmit, user, settle }
}

describe('submitOnEnter, the app’s Enter rule for forms', () => {
  it('submits from a one-line text field', async () => {
    const { onSubmit, user, settle } = await setUp()
    await user.type(screen.getByRole('textbox', { name: 'Agenda' }), 'Delegation{Enter}')
    await settle()
    expect(onSubmit).toHaveBeenCalledTimes(1)
  })

  it('submits from a number field with the number just typed, which the field takes in on Enter', async () => {
    const { onSubmit, user, settle } = await setUp()
    await user.type(screen.getByRole('textbox', { name: 'Duration (minutes)' }), '45{Enter}')
    await settle()
    expect(onSubmit).toHaveBeenCalledWith({ minutes: 45 })
  })

  it('submits from a segment of a date', async () => {
    const { onSubmit, user, settle } = await setUp()
    await user.click(screen.getAllByRole('spinbutton', { name: /day/i })[0]!)
    await user.keyboard('{Enter}')
    await settle()
    expect(onSubmit).toHaveBeenCalledTimes(1)
  })

  it('leaves Enter to a multi-line field, where Ctrl+Enter submits', async () => {
    const { onSubmit, user, settle } = await setUp()
    const notes = screen.getByRole('textbox', { name: 'Notes' })
    await user.type(notes, 'One{Enter}two')
    await settle()
    expect(notes).toHaveValue('One\ntwo')
    expect(onSubmit).not.toHaveBeenCalled()
    await user.keyboard('{Control>}{Enter}{/Control}')
    await settle()
    expect(onSubmit).toHaveBeenCalledTimes(1)
  })

  it('leaves Enter to buttons, check boxes and fields that use Enter themselves', async () => {
    const { onSubmit, user, settle } = await setUp()
    await user.type(screen.getByRole('textbox', { name: 'Tag' }), 'leadership{Enter}')
    screen.getByRole('button', { name: 'Add commitment' }).focus()
    await user.keyboard('{Enter}')
    screen.getByRole('checkbox', { name: 'Shareable' }).focus()
    await user.keyboard('{Enter}')
    await user.type(screen.getByRole('textbox', { name: 'Agenda' }), '{Shift>}{Enter}{/Shift}{Alt>}{Enter}{/Alt}')
    await settle()
    expect(onSubmit).not.toHaveBeenCalled()
  })
})
