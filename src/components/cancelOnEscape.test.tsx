import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createPortal } from 'react-dom'
import { describe, expect, it, vi } from 'vitest'
import { cancelOnEscape } from './cancelOnEscape'

/** A record's page that Esc leaves, holding an editor that Esc cancels. */
function Page({ leave, cancel }: { leave(): void; cancel(): void }) {
  return (
    <section aria-label="Session record" onKeyDown={cancelOnEscape(leave)}>
      <input aria-label="Agenda" />
      <form aria-label="Commitment" onKeyDown={cancelOnEscape(cancel)}>
        <input aria-label="Description" />
        {/* A combo box keeps focus in its box while its list is open below. */}
        <input aria-label="Owner" role="combobox" aria-expanded="true" />
        {/* A calendar or a confirmation, shown outside the form on screen though part of it in React. */}
        {createPortal(<input aria-label="Calendar day" />, document.body)}
      </form>
    </section>
  )
}

function setUp() {
  const leave = vi.fn()
  const cancel = vi.fn()
  render(<Page leave={leave} cancel={cancel} />)
  return { leave, cancel, user: userEvent.setup() }
}

describe('cancelOnEscape', () => {
  it('cancels the editor Esc is pressed in, and that Esc goes no further: the page stays', async () => {
    const { leave, cancel, user } = setUp()
    await user.click(screen.getByRole('textbox', { name: 'Description' }))
    await user.keyboard('{Escape}')
    expect(cancel).toHaveBeenCalledTimes(1)
    expect(leave).not.toHaveBeenCalled()
  })

  it('leaves the page on Esc outside the editor', async () => {
    const { leave, cancel, user } = setUp()
    await user.click(screen.getByRole('textbox', { name: 'Agenda' }))
    await user.keyboard('{Escape}')
    expect(leave).toHaveBeenCalledTimes(1)
    expect(cancel).not.toHaveBeenCalled()
  })

  it('lets an Esc that closes an open list close only the list', async () => {
    const { leave, cancel, user } = setUp()
    await user.click(screen.getByRole('combobox', { name: 'Owner' }))
    await user.keyboard('{Escape}')
    expect(cancel).not.toHaveBeenCalled()
    expect(leave).not.toHaveBeenCalled()
  })

  it('ignores an Esc from something shown outside the form, such as a calendar', async () => {
    const { leave, cancel, user } = setUp()
    await user.click(screen.getByRole('textbox', { name: 'Calendar day' }))
    await user.keyboard('{Escape}')
    expect(cancel).not.toHaveBeenCalled()
    expect(leave).not.toHaveBeenCalled()
  })
})
