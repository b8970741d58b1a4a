import type { ReactNode } from 'react'
import { restFigure, totalFigure } from '../../../electron/shared/words'

/**
 * One section of Today: its heading, what it lists, and in plain words when there is
 * nothing, or how many more there are than it shows.
 */
export function TodaySection({
  id,
  title,
  shown,
  total,
  empty,
  more,
  wide = false,
  children
}: {
  id: string
  title: string
  shown: number
  total: number
  empty: string
  /** Where the rest are, when there are more than shown. */
  more?: string
  wide?: boolean
  children: ReactNode
}) {
  return (
    <section className={`today-section${wide ? ' today-wide' : ''}`} aria-labelledby={id}>
      <h2 id={id}>
        {title}
        {total > 0 ? <span className="today-count"> {totalFigure(total)}</span> : null}
      </h2>
      {total === 0 ? <p className="muted">{empty}</p> : children}
      {total > shown ? (
        <p className="muted">
          {restFigure(total, shown)} more{more ? ` ${more}` : ''}.
        </p>
      ) : null}
    </section>
  )
}
