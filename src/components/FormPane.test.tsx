import { screen } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { renderInApp } from '../testing/render'
import { Field } from './Field'
import { FormPane } from './FormPane'
import { SelectField } from './SelectField'

interface PaneProps {
  onSave?(): void
  onCancel?(): void
  error?: string
  focusOnOpen?: boolean
  isSubmitting?: boolean
}

/** A pane with a one-line field, a list, and a second field: what a coach's form has. */
function GoalPane({ onSave = () => {}, onCancel = () => {}, error, focusOnOpen, isSubmitting = false }: PaneProps) {
  const [statement, setStatement] = useState('')
  const [priority, setPriority] = useState<string>('medium')
  return (
    <FormPane
      title="New goal"
      submitLabel="Save goal"
      isSubmitting={isSubmitting}
      error={error}
      onSave={(event) => {
        event?.preventDefault()
        onSave()
      }}
      onCancel={onCancel}
      focusOnOpen={focusOnOpen}
    >
      <Field label="Statement" value={statement} onChange={setStatement} />
      <SelectField<string>
        label="Priority"
        options={[
          { value: 'high', label: 'High' },
          { value: 'medium', label: 'Medium' }
        ]}
        value={priority}
        onChange={setPriority}
      />
    </FormPane>
  )
}

describe('FormPane', () => {
  it('is a region named by its title, with Cancel and Save in its header, and opens in its first field', async () => {
    renderInApp(<GoalPane />)
    const pane = await screen.findByRole('region', { name: 'New goal' })
    expect(pane).toContainElement(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.getByRole('textbox', { name: 'Statement' })).toHaveFocus()
  })

  it('leaves focus where it is when it opens a record to be read first', async () => {
    renderInApp(<GoalPane focusOnOpen={false} />)
    await screen.findByRole('region', { name: 'New goal' })
    expect(screen.getByRole('textbox', { name: 'Statement' })).not.toHaveFocus()
  })

  it('saves on Ctrl+S while the coach is typing, on Enter in a one-line field, and on Save', async () => {
    const onSave = vi.fn()
    const { user } = renderInApp(<GoalPane onSave={onSave} />)
    await screen.findByRole('region', { name: 'New goal' })
    await user.keyboard('Delegate the weekly report')
    await user.keyboard('{Control>}s{/Control}')
    expect(onSave).toHaveBeenCalledTimes(1)
    expect(screen.getByRole('textbox', { name: 'Statement' })).toHaveFocus()
    await user.keyboard('{Enter}')
    await vi.waitFor(() => expect(onSave).toHaveBeenCalledTimes(2))
    await user.click(screen.getByRole('button', { name: 'Save goal' }))
    expect(onSave).toHaveBeenCalledTimes(3)
  })

  it('cancels on Esc, but an Esc that closes an open list only closes the list', async () => {
    const onCancel = vi.fn()
    const { user } = renderInApp(<GoalPane onCancel={onCancel} />)
    await screen.findByRole('region', { name: 'New goal' })
    const priority = screen.getByRole('button', { name: /Priority/ })
    await user.click(priority)
    expect(await screen.findByRole('listbox')).toBeInTheDocument()
    await user.keyboard('{Escape}')
    await vi.waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument())
    await vi.waitFor(() => expect(priority).toHaveFocus())
    expect(onCancel).not.toHaveBeenCalled()
    await user.keyboard('{Escape}')
    expect(onCancel).toHaveBeenCalledTimes(1)
  })

  it('shows a failure of the whole form under its header, announced', async () => {
    renderInApp(<GoalPane error="Coachbook could not reach its data." />)
    expect(await screen.findByRole('alert')).toHaveTextContent('Coachbook could not reach its data.')
  })

  it('keeps Save from saving twice while a save is under way', async () => {
    const onSave = vi.fn()
    const { user } = renderInApp(<GoalPane onSave={onSave} isSubmitting />)
    await user.click(await screen.findByRole('button', { name: 'Save goal' }))
    expect(screen.getByRole('button', { name: 'Save goal' })).toHaveAttribute('aria-disabled', 'true')
    expect(onSave).not.toHaveBeenCalled()
  })
})
