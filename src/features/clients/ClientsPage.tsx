import { useMemo, useRef, useState } from 'react'
import { Outlet, useLocation, useNavigate, useParams } from 'react-router'
import {
  Collection,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  ListBoxLoadMoreItem,
  ListLayout,
  SearchField,
  ToggleButton,
  ToggleButtonGroup,
  Virtualizer,
  type Key
} from 'react-aria-components'
import { ARCHIVE_FILTER_LABELS, ARCHIVE_FILTERS, type ArchiveFilter, type ClientSummary } from '../../../electron/shared/clients'
import type { ClientFilter } from '../../../electron/shared/filters'
import { Button } from '../../components/Button'
import { useRowMenu } from '../../components/ContextMenu'
import { EmptyState } from '../../components/EmptyState'
import { messageOf } from '../../lib/api'
import { shortcutLabel } from '../../lib/shortcuts'
import { useCommands } from '../../app/commands/registry'
import { FilterBar } from '../filters/FilterBar'
import { useClientFilter } from '../filters/listFilter'
import { ImportClientButton } from '../privacy/ImportClient'
import { ClientRowMenu } from './ClientRowMenu'
import { useClientList } from './queries'
import { noun, totalOf } from '../../../electron/shared/words'


/** The client list beside the selected client: a master–detail window like a mail app. */
export function ClientsPage() {
  const navigate = useNavigate()
  const { clientId } = useParams()
  const [query, setQuery] = useState('')
  // The status, tag, kind, sponsor and time since the last session are in the address, so a saved filter links to them.
  const [filter, setFilter] = useClientFilter()
  const { archived } = filter
  const setArchived = (value: ArchiveFilter) => setFilter({ ...filter, archived: value })
  const filterRef = useRef<HTMLInputElement>(null)
  const list = useClientList({ query, ...filter })
  const items = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data])
  const total = list.data?.pages[0]?.total ?? 0

  useCommands({ 'list.filter': () => filterRef.current?.focus() })
  const rowMenu = useRowMenu(items)

  const { search } = useLocation()
  const select = (key: Key | null) => {
    // The list keeps its filters (in the address) while a client is open beside it.
    if (key !== null && String(key) !== clientId) void navigate({ pathname: `/clients/${String(key)}`, search })
  }

  return (
    <div className="master-detail">
      <section className="list-pane" aria-label="Client list" onContextMenu={rowMenu.onContextMenu}>
        <header className="pane-header">
          <h1>Clients</h1>
          <div className="toolbar">
            <ImportClientButton />
            <Button variant="primary" onPress={() => void navigate('/clients/new')} aria-keyshortcuts={shortcutLabel('n')}>
              New client
            </Button>
          </div>
        </header>
        <div className="list-tools">
          <SearchField value={query} onChange={setQuery} className="search-field" aria-label="Filter clients">
            <Input ref={filterRef} placeholder={`Filter clients (${shortcutLabel('f')})`} />
          </SearchField>
          <FilterBar list="clients" noun="clients" filter={filter} onChange={(next) => setFilter(next as ClientFilter)} />
          <div className="segmented-row">
            <Label id="show-label" className="visually-hidden">
              Show
            </Label>
            <ToggleButtonGroup
              aria-labelledby="show-label"
              selectionMode="single"
              disallowEmptySelection
              selectedKeys={[archived]}
              onSelectionChange={(keys) => setArchived([...keys][0] as ArchiveFilter)}
              className="segmented"
            >
              {ARCHIVE_FILTERS.map((filter) => (
                <ToggleButton key={filter} id={filter} className="segment">
                  {ARCHIVE_FILTER_LABELS[filter]}
                </ToggleButton>
              ))}
            </ToggleButtonGroup>
            <span className="count" aria-live="polite">
              {list.isSuccess ? totalOf(total, noun('client')) : ''}
            </span>
          </div>
        </div>
        {list.isError ? (
          <EmptyState title="The client list could not be loaded">{messageOf(list.error)}</EmptyState>
        ) : list.isSuccess && total === 0 ? (
          <ListEmptyState
            query={query}
            archived={archived}
            narrowed={filter.tag !== null || filter.kindId !== null || filter.sponsorId !== null || filter.sinceLastSession !== null}
            onClear={() => {
              setQuery('')
              setFilter({ archived, tag: null, kindId: null, sponsorId: null, sinceLastSession: null })
            }}
            onAdd={() => void navigate('/clients/new')}
          />
        ) : (
          // Only the rows in view are in the page, so a practice of thousands scrolls as lightly as one of ten;
          // the next page is fetched when the loader row scrolls into view.
          <Virtualizer layout={ListLayout} layoutOptions={LIST_LAYOUT}>
            <ListBox
              aria-label="Clients"
              className="list"
              // The layout pads the rows; padding on the scroller itself would throw off which rows are in view.
              style={{ padding: 0 }}
              selectionMode="single"
              selectionBehavior="replace"
              selectedKeys={clientId ? [Number(clientId)] : []}
              onSelectionChange={(keys) => select([...keys][0] ?? null)}
            >
              <Collection items={items}>{(client) => <ClientRow client={client} />}</Collection>
              <ListBoxLoadMoreItem
                className="list-item list-item-meta"
                isLoading={list.isFetchingNextPage}
                onLoadMore={() => {
                  if (list.hasNextPage && !list.isFetchingNextPage) void list.fetchNextPage()
                }}
              >
                Loading more clients…
              </ListBoxLoadMoreItem>
            </ListBox>
          </Virtualizer>
        )}
        {rowMenu.target ? <ClientRowMenu key={rowMenu.target.opened} client={rowMenu.target.row} at={rowMenu.target.at} /> : null}
      </section>
      <Outlet />
    </div>
  )
}

/** Rows are measured as they render; this is the guess for the ones not rendered yet. */
const LIST_LAYOUT = { estimatedRowHeight: 48, padding: 4, loaderHeight: 32 }

/** A row's name is all of its text, so what a screen reader says starts with what is seen. */
function ClientRow({ client }: { client: ClientSummary }) {
  return (
    <ListBoxItem id={client.id} textValue={client.name} className="list-item">
      <span className="list-item-title">
        {client.name}
        {client.archivedAt ? <span className="badge">Archived</span> : null}
      </span>
      <span className="list-item-meta">{[client.role, client.organisation].filter(Boolean).join(' · ') || client.email || '\u00a0'}</span>
    </ListBoxItem>
  )
}

function ListEmptyState({
  query,
  archived,
  narrowed,
  onClear,
  onAdd
}: {
  query: string
  archived: ArchiveFilter
  narrowed: boolean
  onClear(): void
  onAdd(): void
}) {
  if (narrowed) {
    return (
      <EmptyState title="No clients match these filters" action={<Button onPress={onClear}>Clear filters</Button>}>
        Remove a filter to see more.
      </EmptyState>
    )
  }
  if (query.trim()) {
    return (
      <EmptyState title={`No clients match “${query.trim()}”`} action={<Button onPress={onClear}>Clear filter</Button>}>
        Try part of a name, an organisation, an email address or a tag.
      </EmptyState>
    )
  }
  if (archived === 'archived') {
    return <EmptyState title="No archived clients">Clients you archive are kept here, out of your way.</EmptyState>
  }
  return (
    <EmptyState
      title="Your practice is empty"
      action={
        <Button variant="primary" onPress={onAdd}>
          Add your first client
        </Button>
      }
    >
      Add a client to start keeping their records. Everything stays on this computer.
    </EmptyState>
  )
}

export function NoClientSelected() {
  return (
    <section className="detail-pane" aria-label="Client">
      <EmptyState title="No client selected">
        Choose a client from the list, or press {shortcutLabel('n')} to add one.
      </EmptyState>
    </section>
  )
}
