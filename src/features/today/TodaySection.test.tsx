import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { TodaySection } from './TodaySection'

describe('a section of Today', () => {
  it('says how many more there are than it lists, and "990+ more" past what main counts', () => {
    const { rerender } = render(
      <TodaySection id="overdue" title="Overdue actions" shown={10} total={14} empty="No action is overdue." more="on each client's page">
        <p>the first ten</p>
      </TodaySection>
    )
    expect(screen.getByRole('heading', { name: /^Overdue actions\s?14$/ })).toBeInTheDocument()
    expect(screen.getByText("4 more on each client's page.")).toBeInTheDocument()
    rerender(
      <TodaySection id="overdue" title="Overdue actions" shown={10} total={1001} empty="No action is overdue." more="on each client's page">
        <p>the first ten</p>
      </TodaySection>
    )
    expect(screen.getByRole('heading', { name: /^Overdue actions\s?1,000\+$/ })).toBeInTheDocument()
    expect(screen.getByText("990+ more on each client's page.")).toBeInTheDocument()
  })

  it('says plainly when there is nothing', () => {
    render(
      <TodaySection id="overdue" title="Overdue actions" shown={0} total={0} empty="No action is overdue.">
        <p>never shown</p>
      </TodaySection>
    )
    expect(screen.getByText('No action is overdue.')).toBeInTheDocument()
    expect(screen.queryByText('never shown')).not.toBeInTheDocument()
  })
})
