import { useMemo } from 'react'
import { Link } from 'react-router'
import type { SponsoredEngagement } from '../../../electron/shared/organisations'
import { Button } from '../../components/Button'
import { messageOf } from '../../lib/api'
import { formatDate, formatNumber } from '../../lib/format'
import { useSponsoredEngagements } from './queries'
import './organisations.css'
import { noun, totalFigure, totalOf } from '../../../electron/shared/words'
import { ENGAGEMENT_STATUS_WORDS } from '../../../electron/shared/engagements'

/**
 * The engagements naming this organisation as sponsor, newest start first. The list sits
 * in the detail pane, which scrolls as a whole: a page at a time behind "Show more"
 * rather than a second, virtualised scroller inside the pane.
 */
export function SponsoredEngagements({ organisationId, organisationName }: { organisationId: number; organisationName: string }) {
  const list = useSponsoredEngagements(organisationId)
  const items = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data])
  const total = list.data?.pages[0]?.total ?? 0

  return (
    <section aria-labelledby="sponsored-heading" aria-busy={list.isPending}>
      <div className="section-header">
        <h3 id="sponsored-heading">Engagements sponsored</h3>
        {list.isSuccess && total > 0 ? (
          <span className="count">
            {totalOf(total, noun('engagement'))}
          </span>
        ) : null}
      </div>
      {list.isError ? (
        <p className="form-error" role="alert">
          {messageOf(list.error)}
        </p>
      ) : list.isSuccess && items.length === 0 ? (
        <p className="muted">
          No engagements name {organisationName} as sponsor yet. Engagements naming this organisation as sponsor appear
          here. To name it, choose {organisationName} as the sponsor organisation in an engagement's contract: Edit
          contract on the engagement's Contract tab, or when you start a new engagement from a client's page.
        </p>
      ) : (
        <>
          <ul className="engagement-list sponsored-list" aria-label="Engagements sponsored">
            {items.map((engagement) => (
              <SponsoredEngagementCard key={engagement.id} engagement={engagement} />
            ))}
          </ul>
          {list.hasNextPage ? (
            <div className="sponsored-more">
              <span className="count">
                Showing {formatNumber(items.length)} of {totalFigure(total)}
              </span>
              <Button onPress={() => void list.fetchNextPage()} isPending={list.isFetchingNextPage}>
                Show more engagements
              </Button>
            </div>
          ) : null}
        </>
      )}
    </section>
  )
}

function SponsoredEngagementCard({ engagement }: { engagement: SponsoredEngagement }) {
  return (
    <li className="card">
      {/* The client comes first in the link's name: many engagements share a title such as "Executive coaching". */}
      <Link to={`/engagements/${engagement.id}`} className="card-link">
        {engagement.client.name} · {engagement.title}
      </Link>
      <div className="muted">
        {engagement.kind.name} ·{' '}
        <span className={`status status-${engagement.status}`}>{ENGAGEMENT_STATUS_WORDS[engagement.status].label}</span> ·{' '}
        {datesOf(engagement)}
        {engagement.sponsorContact ? ` · Contact: ${engagement.sponsorContact.name}` : ''}
      </div>
    </li>
  )
}

/** Start → planned end, saying plainly what is not set yet. */
function datesOf({ startDate, plannedEndDate }: SponsoredEngagement): string {
  if (startDate === null && plannedEndDate === null) return 'No dates yet'
  const start = startDate === null ? 'No start date' : formatDate(startDate)
  const end = plannedEndDate === null ? 'no planned end' : formatDate(plannedEndDate)
  return `${start} → ${end}`
}
