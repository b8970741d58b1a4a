import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { listenForEnter } from '../testing/render'
import { Field } from './Field'
import { FormDialog, type FormDialogProps } from './FormDialog'

function NameDialog(props: Partial<FormDialogProps> & { nameError?: string }) {
  const [name, setName] = useState('')
  const [notes, setNotes] = useState('')
  return (
    <FormDialog isOpen title="New organisation" submitLabel="Add organisation" onSubmit={() => {}} onCancel={() => {}} {...props}>
      <Field label="Name" value={name} onChange={setName} error={props.nameError} />
      <Field label="Notes" multiline value={notes} onChange={setNotes} />
    </FormDialog>
  )
}

describe('FormDialog', () => {
  it('opens with focus in its first field, ready to type', () => {
    render(<NameDialog />)
    expect(screen.getByRole('dialog', { name: 'New organisation' })).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus()
  })

  it('submits on Enter in a one-line field, and on Ctrl+Enter in a multi-line one where Enter starts a new line', async () => {
    listenForEnter()
    const onSubmit = vi.fn()
    const user = userEvent.setup()
    render(<NameDialog onSubmit={onSubmit} />)
    await user.keyboard('Acme{Enter}')
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1))

    await user.click(screen.getByRole('textbox', { name: 'Notes' }))
    await user.keyboard('First line{Enter}second line')
    expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveValue('First line\nsecond line')
    expect(onSubmit).toHaveBeenCalledTimes(1)
    await user.keyboard('{Control>}{Enter}{/Control}')
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(2))
  })

  it('closes without saving on Esc or Cancel, and Cancel leaves focus in the field being typed in', async () => {
    const onCancel = vi.fn()
    const onSubmit = vi.fn()
    const user = userEvent.setup()
    render(<NameDialog onCancel={onCancel} onSubmit={onSubmit} />)
    await user.keyboard('Acme')
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(onCancel).toHaveBeenCalledTimes(1)
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(onCancel).toHaveBeenCalledTimes(2)
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('shows a field’s error under that field, and a failure of the whole form above the buttons', () => {
    render(<NameDialog nameError="An organisation called Acme is already recorded." error="Coachbook could not save this." />)
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('An organisation called Acme is already recorded.')
    expect(screen.getByRole('textbox', { name: 'Name' })).toBeInvalid()
    expect(screen.getByRole('alert')).toHaveTextContent('Coachbook could not save this.')
  })

  it('does not submit while there is nothing it could do', async () => {
    listenForEnter()
    const onSubmit = vi.fn()
    const user = userEvent.setup()
    render(<NameDialog onSubmit={onSubmit} canSubmit={false} error="Add a goal first." />)
    await user.keyboard('Acme{Enter}')
    expect(screen.getByRole('button', { name: 'Add organisation' })).toBeDisabled()
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(onSubmit).not.toHaveBeenCalled()
  })
})
