import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import {
  Autocomplete,
  Collection,
  Dialog,
  FieldInputContext,
  Header,
  Label,
  ListBox,
  ListBoxItem,
  ListBoxLoadMoreItem,
  ListBoxSection,
  ListLayout,
  Modal,
  ModalOverlay,
  Provider,
  SelectableCollectionContext,
  ToggleButton,
  ToggleButtonGroup,
  Virtualizer,
  type Key
} from 'react-aria-components'
import {
  SEARCH_TYPE_NOUNS,
  SEARCH_TYPES,
  SEARCH_VISIBILITY,
  SEARCH_VISIBILITY_LABELS,
  TYPING_PAUSE_MS,
  type SearchResult,
  type SearchType,
  type SearchVisibility,
  type SnippetPart
} from '../../../electron/shared/search'
import { Button } from '../../components/Button'
import { ListSearchField } from '../../components/ListSearchField'
import { DateField } from '../../components/DateField'
import { SelectField } from '../../components/SelectField'
import { messageOf } from '../../lib/api'
import { formatDate } from '../../lib/format'
import { ariaShortcut, shortcutLabel } from '../../lib/shortcuts'
import { useCommands } from '../../app/commands/registry'
import { CommandItems, useMatchingCommands } from './CommandItems'
import { groupHeading, pathOf } from './labels'
import { searchQuery, useClientChoices, useSearch, type SearchInput } from './queries'
import './search.css'

const ALL_TYPES = 'all'
const TYPE_OPTIONS: { value: SearchType | typeof ALL_TYPES; label: string }[] = [
  { value: ALL_TYPES, label: 'All types' },
  ...SEARCH_TYPES.map((type) => ({ value: type, label: groupHeading(type) }))
]
/** Results of each type: a few in every group, or a page at a time when one type is chosen. */
const PER_GROUP = 5
const PER_PAGE = 30

/**
 * The Search button in the sidebar and the search palette it opens (also with ⌘K /
 * Ctrl+K from anywhere): one search across the practice, results grouped by type with
 * the words found highlighted, and after them every command of the app whose name has
 * the words typed, with its shortcut; Enter or a click opens the result or runs the
 * command, Esc closes.
 */
export function SearchCommand() {
  const [isOpen, setOpen] = useState(false)
  useCommands({ 'view.search': () => setOpen(true) }, { everywhere: true })
  return (
    <>
      <Button className="search-trigger" onPress={() => setOpen(true)} aria-keyshortcuts={ariaShortcut('k')}>
        Search
        <kbd aria-hidden="true">{shortcutLabel('k')}</kbd>
      </Button>
      <SearchDialog isOpen={isOpen} onClose={() => setOpen(false)} />
    </>
  )
}

interface Filters {
  type: SearchType | typeof ALL_TYPES
  clientId: number | null
  from: string
  to: string
  visibility: SearchVisibility
}

const NO_FILTERS: Filters = { type: ALL_TYPES, clientId: null, from: '', to: '', visibility: 'all' }

/** The value once it has stayed the same for `delay` ms; `settle` takes it at once. */
function useDebounced<T>(value: T, delay: number): { settled: T; settle(): void } {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay)
    return () => clearTimeout(timer)
  }, [value, delay])
  return { settled, settle: () => setSettled(value) }
}

export function SearchDialog({ isOpen, onClose }: { isOpen: boolean; onClose(): void }) {
  return (
    <ModalOverlay
      isOpen={isOpen}
      onOpenChange={(open) => !open && onClose()}
      isDismissable
      className="modal-overlay search-overlay"
    >
      <Modal className="modal search-modal">
        <Dialog aria-label="Search" className="search-dialog">
          <SearchPalette onClose={onClose} />
        </Dialog>
      </Modal>
    </ModalOverlay>
  )
}

function SearchPalette({ onClose }: { onClose(): void }) {
  const navigate = useNavigate()
  const [text, setText] = useState('')
  const [filters, setFilters] = useState<Filters>(NO_FILTERS)
  const typed = useDebounced(text, TYPING_PAUSE_MS)
  const queryClient = useQueryClient()
  const input: SearchInput = {
    text: typed.settled,
    types: filters.type === ALL_TYPES ? [] : [filters.type],
    clientId: filters.clientId,
    from: filters.from || null,
    to: filters.to || null,
    visibility: filters.visibility,
    limit: filters.type === ALL_TYPES ? PER_GROUP : PER_PAGE
  }
  const search = useSearch(input)
  const results = useMemo(() => search.data?.pages.flatMap((page) => page.items) ?? [], [search.data])
  const groups = useMemo(() => groupByType(results, filters.type === ALL_TYPES ? PER_GROUP : null), [results, filters.type])
  const byKey = useMemo(() => new Map(results.map((result) => [keyOf(result), result])), [results])

  const openResult = (result: SearchResult | undefined) => {
    const path = result && pathOf(result)
    if (!path) return
    onClose()
    void navigate(path)
  }

  const commands = useMatchingCommands(text)
  const open = (key: Key) => {
    const command = commands.byKey.get(String(key))
    if (command) {
      onClose()
      return command.run()
    }
    const more = MORE_OF.exec(String(key))?.[1] as SearchType | undefined
    if (more) return setFilters({ ...filters, type: more })
    openResult(byKey.get(String(key)))
  }

  /** The text in the box now, for a search that answers after more was typed. */
  const boxText = useRef(text)
  useEffect(() => {
    boxText.current = text
  }, [text])

  /**
   * Enter acts on the text in the box. Within the pause before a search runs, the list
   * still shows the results of what was typed before: the search runs now instead, and
   * its best result opens once it is in (unless the coach typed on meanwhile).
   */
  const onKeyDownCapture = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement) || event.target.type !== 'search') return
    const shownAreOfTheBox = text === input.text && search.isSuccess && !search.isPlaceholderData
    if (shownAreOfTheBox || !text.trim()) return
    event.preventDefault()
    event.stopPropagation()
    typed.settle()
    const asked = text
    void queryClient.fetchInfiniteQuery(searchQuery({ ...input, text: asked })).then(
      (found) => {
        if (boxText.current === asked) openResult(found.pages[0]?.items[0])
      },
      // The list shows why the search failed, as it does for any search.
      () => undefined
    )
  }

  return (
    <div className="search-palette" onKeyDownCapture={onKeyDownCapture}>
      <Autocomplete inputValue={text} onInputChange={setText}>
        <ListSearchField
          label="Search your practice"
          placeholder="Search clients, notes, goals, actions, sessions…"
          className="search-input"
          // Esc closes the palette at once, even with something typed.
          onKeyDown={(event) => event.key === 'Escape' && onClose()}
        />
        {/* The filters are ordinary fields: keep the palette's search behaviour away from them. */}
        <Provider
          values={[
            [SelectableCollectionContext, null],
            [FieldInputContext, null]
          ]}
        >
          <SearchFilters filters={filters} onChange={setFilters} />
        </Provider>
        {/* Only the results in view are in the page, however many pages of one type have been scrolled through. */}
        <Virtualizer layout={ListLayout} layoutOptions={RESULTS_LAYOUT}>
          <ListBox
            aria-label="Search results"
            className="search-results"
            // The layout pads the rows; padding on the scroller itself would throw off which rows are in view.
            style={{ padding: 0 }}
            onAction={open}
            disabledKeys={commands.disabledKeys}
            renderEmptyState={() => (
              <SearchEmptyState text={input.text} isError={search.isError} error={search.error} isFiltered={filters !== NO_FILTERS} />
            )}
          >
            <Collection items={groups}>
              {(group) => (
                <ListBoxSection id={group.type} className="search-group">
                  <Header className="search-group-title">{groupHeading(group.type)}</Header>
                  <Collection items={group.results}>{(found) => <ResultItem found={found} />}</Collection>
                  {group.more ? (
                    <ListBoxItem id={`more:${group.type}`} className="search-result search-result-more">
                      More {SEARCH_TYPE_NOUNS[group.type].other}…
                    </ListBoxItem>
                  ) : null}
                </ListBoxSection>
              )}
            </Collection>
            <CommandItems commands={commands.items} />
            {/* With every type shown, each group's "More…" opens that type; with one type, pages follow as you scroll. */}
            <ListBoxLoadMoreItem
              className="search-more"
              isLoading={search.isFetchingNextPage}
              onLoadMore={() => {
                if (filters.type !== ALL_TYPES && search.hasNextPage && !search.isFetchingNextPage) void search.fetchNextPage()
              }}
            >
              Loading more results…
            </ListBoxLoadMoreItem>
          </ListBox>
        </Virtualizer>
      </Autocomplete>
      <p className="search-hint" aria-hidden="true">
        ↑↓ to move · Enter to open or run · Esc to close · "quotes" for an exact phrase
      </p>
    </div>
  )
}

/** Results are measured as they render (a snippet takes one or two lines); these are the guesses for the rest. */
const RESULTS_LAYOUT = { estimatedRowHeight: 56, estimatedHeadingHeight: 30, padding: 6, loaderHeight: 32 }

/** A result with the key the list knows it by. */
interface Found {
  id: string
  result: SearchResult
}

interface Group {
  id: SearchType
  type: SearchType
  results: Found[]
  /** Whether to offer the rest of this type: a full group may have more behind it. */
  more: boolean
}

const MORE_OF = /^more:(\w+)$/

function keyOf(result: SearchResult): string {
  return `${result.type}:${result.id}:${result.private ? 'private' : 'shared'}`
}

/** Results grouped by type, in the order they came (types in a fixed order, each best first). */
function groupByType(results: SearchResult[], perGroup: number | null): Group[] {
  const groups = new Map<SearchType, Group>()
  for (const result of results) {
    const group = groups.get(result.type) ?? { id: result.type, type: result.type, results: [], more: false }
    group.results.push({ id: keyOf(result), result })
    group.more = perGroup !== null && group.results.length >= perGroup
    groups.set(result.type, group)
  }
  return [...groups.values()]
}

function Highlighted({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </>
  )
}

function plainText(parts: SnippetPart[]): string {
  return parts.map((part) => part.text).join('')
}

function ResultItem({ found: { id, result } }: { found: Found }) {
  const title = plainText(result.title)
  const details = [result.context, result.date ? formatDate(result.date) : null].filter(Boolean).join(' · ')
  return (
    <ListBoxItem id={id} textValue={title} className="search-result">
      <span className="search-result-title">
        <Highlighted parts={result.title} />
        {result.private ? (
          <span className="badge" aria-hidden="true">
            Private
          </span>
        ) : null}
      </span>
      <span className="search-result-details">
        {result.private ? <span className="visually-hidden">Private. </span> : null}
        {details ? <span className="search-result-context">{details}</span> : null}
        {result.snippet.length > 0 ? (
          <span className="search-result-snippet">
            <Highlighted parts={result.snippet} />
          </span>
        ) : null}
      </span>
    </ListBoxItem>
  )
}

function SearchEmptyState({
  text,
  isError,
  error,
  isFiltered
}: {
  text: string
  isError: boolean
  error: unknown
  isFiltered: boolean
}) {
  if (isError) return <p className="search-empty">{messageOf(error)}</p>
  if (!text.trim()) return <p className="search-empty">Type to search everything you have written: names, notes, goals, actions and sessions.</p>
  return (
    <p className="search-empty">
      Nothing found for “{text.trim()}”{isFiltered ? ' with these filters' : ''}. Try fewer words or the start of a word.
    </p>
  )
}

function SearchFilters({ filters, onChange }: { filters: Filters; onChange(filters: Filters): void }) {
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => onChange({ ...filters, [key]: value })
  return (
    <div className="search-filters" role="group" aria-label="Filters">
      <SelectField
        label="Type"
        className="search-filter"
        options={TYPE_OPTIONS}
        value={filters.type}
        onChange={(type) => set('type', type)}
      />
      <ClientFilter clientId={filters.clientId} onChange={(clientId) => set('clientId', clientId)} />
      <DateField label="From" className="search-filter" value={filters.from} onChange={(from) => set('from', from)} />
      <DateField label="To" className="search-filter" value={filters.to} onChange={(to) => set('to', to)} />
      <div className="search-filter">
        <Label id="search-visibility-label">Show</Label>
        <ToggleButtonGroup
          aria-labelledby="search-visibility-label"
          selectionMode="single"
          disallowEmptySelection
          selectedKeys={[filters.visibility]}
          onSelectionChange={(keys) => set('visibility', [...keys][0] as SearchVisibility)}
          className="segmented"
        >
          {SEARCH_VISIBILITY.map((visibility) => (
            <ToggleButton key={visibility} id={visibility} className="segment">
              {SEARCH_VISIBILITY_LABELS[visibility]}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </div>
      {filters !== NO_FILTERS ? (
        <Button variant="quiet" className="search-filter-clear" onPress={() => onChange(NO_FILTERS)}>
          Clear filters
        </Button>
      ) : null}
    </div>
  )
}

/** Any client, found by typing part of their name; "Any client" means every one. */
function ClientFilter({ clientId, onChange }: { clientId: number | null; onChange(clientId: number | null): void }) {
  const [query, setQuery] = useState('')
  // The chosen client stays on offer (and shown) whatever is typed in the list's search box.
  const [chosen, setChosen] = useState<{ value: number; label: string } | null>(null)
  const choices = useClientChoices(query)
  const found = (choices.data?.items ?? []).map((client) => ({ value: client.id, label: client.name }))
  const kept = chosen && chosen.value === clientId && !found.some((client) => client.value === chosen.value) ? [chosen] : []
  const options = [...kept, ...found]
  return (
    <SelectField
      label="Client"
      className="search-filter"
      options={options}
      none="Any client"
      value={clientId}
      onChange={(id) => {
        setChosen(options.find((option) => option.value === id) ?? null)
        onChange(id)
      }}
      search={{ label: 'Search clients', placeholder: 'Part of a name', emptyText: 'No client by that name.', text: query, onTextChange: setQuery }}
    />
  )
}
