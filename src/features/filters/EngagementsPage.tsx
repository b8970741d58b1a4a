import { useMemo } from 'react'
import { useNavigate } from 'react-router'
import { Collection, ListBox, ListBoxItem, ListBoxLoadMoreItem, ListLayout, Virtualizer } from 'react-aria-components'
import { ENGAGEMENT_STATUS_WORDS } from '../../../electron/shared/engagements'
import type { EngagementListItem } from '../../../electron/shared/filters'
import { noun, totalOf } from '../../../electron/shared/words'
import { Button } from '../../components/Button'
import { EmptyState } from '../../components/EmptyState'
import { messageOf } from '../../lib/api'
import { formatMomentDay } from '../../../electron/shared/dates'
import { FilterBar } from './FilterBar'
import { useEngagementFilter } from './listFilter'
import { useEngagementList } from './queries'

/** Every engagement across clients, narrowed by status, tag, kind, sponsor and time since the last session. */
export function EngagementsPage() {
  const navigate = useNavigate()
  const [filter, setFilter] = useEngagementFilter()
  const list = useEngagementList(filter)
  const items = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data])
  const total = list.data?.pages[0]?.total ?? 0
  const narrowed = Object.values(filter).some((value) => value !== null)

  return (
    <section className="list-pane list-pane-wide" aria-label="Engagement list">
      <header className="pane-header">
        <h1>Engagements</h1>
      </header>
      <div className="list-tools">
        <FilterBar list="engagements" noun="engagements" filter={filter} onChange={(next) => setFilter(next as typeof filter)} />
        <span className="count" aria-live="polite">
          {list.isSuccess ? totalOf(total, noun('engagement')) : ''}
        </span>
      </div>
      {list.isError ? (
        <EmptyState title="The engagement list could not be loaded">{messageOf(list.error)}</EmptyState>
      ) : list.isSuccess && total === 0 ? (
        narrowed ? (
          <EmptyState
            title="No engagements match these filters"
            action={<Button onPress={() => setFilter({ status: null, tag: null, kindId: null, sponsorId: null, sinceLastSession: null })}>Clear filters</Button>}
          >
            Remove a filter to see more.
          </EmptyState>
        ) : (
          <EmptyState title="No engagements yet">Open a client and contract a new engagement from their page.</EmptyState>
        )
      ) : (
        <Virtualizer layout={ListLayout} layoutOptions={LIST_LAYOUT}>
          <ListBox
            aria-label="Engagements"
            className="list"
            style={{ padding: 0 }}
            selectionMode="none"
            onAction={(key) => void navigate(`/engagements/${String(key)}`)}
          >
            <Collection items={items}>{(engagement) => <EngagementRow engagement={engagement} />}</Collection>
            <ListBoxLoadMoreItem
              className="list-item list-item-meta"
              isLoading={list.isFetchingNextPage}
              onLoadMore={() => {
                if (list.hasNextPage && !list.isFetchingNextPage) void list.fetchNextPage()
              }}
            >
              Loading more engagements…
            </ListBoxLoadMoreItem>
          </ListBox>
        </Virtualizer>
      )}
    </section>
  )
}

const LIST_LAYOUT = { estimatedRowHeight: 48, padding: 4, loaderHeight: 32 }

function lastSessionText(engagement: EngagementListItem): string {
  return engagement.lastSessionAt ? `last session ${formatMomentDay(engagement.lastSessionAt)}` : 'no session held yet'
}

function EngagementRow({ engagement }: { engagement: EngagementListItem }) {
  const title = `${engagement.clientName} — ${engagement.title}`
  return (
    <ListBoxItem id={engagement.id} textValue={title} className="list-item">
      <span className="list-item-title">
        {title}
        <span className="badge">{ENGAGEMENT_STATUS_WORDS[engagement.status].label}</span>
      </span>
      <span className="list-item-meta">
        {[engagement.kindName, engagement.sponsorName, lastSessionText(engagement), engagement.tags.join(', ')].filter(Boolean).join(' · ')}
      </span>
    </ListBoxItem>
  )
}
