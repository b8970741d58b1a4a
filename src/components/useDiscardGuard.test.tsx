import { fireEvent, screen, within } from '@testing-library/react'
import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { describe, expect, it, vi } from 'vitest'
import { renderInApp } from '../testing/render'
import { Button } from './Button'
import { Field } from './Field'
import { useDiscardGuard } from './useDiscardGuard'

/** An editor as the app has them: a field, a Cancel that asks first, a link away, and a way to another goal by the query. */
function GoalNotes({ onClosed = () => {} }: { onClosed?(): void }) {
  const [notes, setNotes] = useState('')
  const navigate = useNavigate()
  const guard = useDiscardGuard(notes !== '', { subject: 'this goal', includeQuery: true })
  return (
    <>
      <Field label="Notes" value={notes} onChange={setNotes} />
      <Button onPress={() => guard.confirmDiscard(onClosed)}>Cancel</Button>
      <Link to="/clients">Clients</Link>
      <Button onPress={() => void navigate('/goals?goal=2')}>Next goal</Button>
      {guard.dialog}
    </>
  )
}

function setUp(onClosed?: () => void) {
  return renderInApp(<GoalNotes onClosed={onClosed} />, {
    path: '/goals',
    routes: { '/clients': <h1>All clients</h1> }
  })
}

describe('useDiscardGuard', () => {
  it('lets the coach leave at once while nothing is typed', async () => {
    const onClosed = vi.fn()
    const { user } = setUp(onClosed)
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(onClosed).toHaveBeenCalledTimes(1)
    await user.click(screen.getByRole('link', { name: 'Clients' }))
    expect(await screen.findByRole('heading', { name: 'All clients' })).toBeInTheDocument()
  })

  it('asks before leaving for another screen with unsaved typing, and Keep editing keeps it', async () => {
    const { user, router } = setUp()
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'Chaired the meeting')
    await user.click(screen.getByRole('link', { name: 'Clients' }))
    const question = await screen.findByRole('alertdialog', { name: 'Discard unsaved changes?' })
    expect(question).toHaveTextContent('What you typed in this goal has not been saved.')
    // The safe answer is the one under the coach's hand.
    expect(within(question).getByRole('button', { name: 'Keep editing' })).toHaveFocus()
    await user.click(within(question).getByRole('button', { name: 'Keep editing' }))
    expect(router.state.location.pathname).toBe('/goals')
    expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveValue('Chaired the meeting')
  })

  it('goes on once the coach chooses to discard', async () => {
    const { user } = setUp()
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'Chaired the meeting')
    await user.click(screen.getByRole('link', { name: 'Clients' }))
    await user.click(await screen.findByRole('button', { name: 'Discard changes' }))
    expect(await screen.findByRole('heading', { name: 'All clients' })).toBeInTheDocument()
  })

  it('asks when the address’s query changes, for editors opened by one', async () => {
    const { user, router } = setUp()
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'Draft')
    await user.click(screen.getByRole('button', { name: 'Next goal' }))
    expect(await screen.findByRole('alertdialog', { name: 'Discard unsaved changes?' })).toBeInTheDocument()
    expect(router.state.location.search).toBe('')
  })

  it('asks before a cancel drops the typing, and only closes once told to', async () => {
    const onClosed = vi.fn()
    const { user } = setUp(onClosed)
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'Draft')
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(onClosed).not.toHaveBeenCalled()
    await user.click(await screen.findByRole('button', { name: 'Discard changes' }))
    expect(onClosed).toHaveBeenCalledTimes(1)
  })

  it('holds the window open while something is unsaved, and not otherwise', async () => {
    const { user } = setUp()
    const closing = () => {
      const event = new Event('beforeunload', { cancelable: true })
      fireEvent(window, event)
      return event.defaultPrevented
    }
    expect(closing()).toBe(false)
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'Draft')
    expect(closing()).toBe(true)
    await user.clear(screen.getByRole('textbox', { name: 'Notes' }))
    expect(closing()).toBe(false)
  })
})
