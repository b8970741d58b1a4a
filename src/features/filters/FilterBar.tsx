import { useState } from 'react'
import {
  Button as AriaButton,
  Menu,
  MenuItem,
  MenuTrigger,
  Popover,
  SubmenuTrigger,
  Tag,
  TagGroup,
  TagList,
  type Key
} from 'react-aria-components'
import { ENGAGEMENT_STATUS_WORDS, ENGAGEMENT_STATUSES } from '../../../electron/shared/engagements'
import { SINCE_LAST_SESSION, SINCE_LAST_SESSION_WORDS, type SavedFilterTarget } from '../../../electron/shared/filters'
import { Button } from '../../components/Button'
import { useEngagementKinds } from '../engagements/queries'
import { useOrganisationList } from '../organisations/queries'
import { useTags } from '../tags/queries'
import { SaveFilterDialog } from './SaveFilterDialog'

type Filter = SavedFilterTarget['filter']
type FilterPart = 'tag' | 'kindId' | 'sponsorId' | 'sinceLastSession' | 'status'

interface Choice {
  id: string
  label: string
}

/** One way to narrow the list: its name, the choices it offers, and the one chosen. */
interface Dimension {
  part: FilterPart
  name: string
  choices: Choice[]
  /** What the menu says when there is nothing to choose yet. */
  none: string
  /**
   * What a chip says when its choice is no longer offered — a saved filter can outlive the
   * sponsor or kind it names, and its number means nothing to the coach. Null: the value
   * itself is readable (a tag's name).
   */
  gone: string | null
  loading: boolean
}

function useDimensions(list: SavedFilterTarget['list']): Dimension[] {
  const tags = useTags()
  const kinds = useEngagementKinds()
  const sponsors = useOrganisationList()
  const dimensions: Dimension[] = [
    { part: 'tag', name: 'Tag', none: 'No tags yet', gone: null, loading: tags.isPending, choices: (tags.data?.items ?? []).map(({ tag }) => ({ id: tag, label: tag })) },
    {
      part: 'kindId',
      name: 'Kind',
      none: 'No kinds',
      gone: 'a deleted kind',
      loading: kinds.isPending,
      choices: (kinds.data?.items ?? []).map((kind) => ({ id: String(kind.id), label: kind.name }))
    },
    {
      part: 'sponsorId',
      name: 'Sponsor',
      none: 'No sponsors yet',
      gone: 'a deleted sponsor',
      loading: sponsors.isPending,
      choices: (sponsors.data?.items ?? []).map((sponsor) => ({ id: String(sponsor.id), label: sponsor.name }))
    },
    {
      part: 'sinceLastSession',
      name: 'Last session',
      none: '',
      gone: null,
      loading: false,
      choices: SINCE_LAST_SESSION.map((since) => ({ id: since, label: SINCE_LAST_SESSION_WORDS[since].label }))
    }
  ]
  if (list === 'engagements') {
    dimensions.unshift({
      part: 'status',
      name: 'Status',
      none: '',
      gone: null,
      loading: false,
      choices: ENGAGEMENT_STATUSES.map((status) => ({ id: status, label: ENGAGEMENT_STATUS_WORDS[status].label }))
    })
  }
  return dimensions
}

function valueOf(filter: Filter, part: FilterPart): string | null {
  const value = (filter as Partial<Record<FilterPart, string | number | null>>)[part]
  return value === null || value === undefined ? null : String(value)
}

function choiceLabel(dimension: Dimension, value: string): string {
  const label = dimension.choices.find((choice) => choice.id === value)?.label
  if (label !== undefined) return label
  if (dimension.loading) return '…'
  return dimension.gone ?? value
}

function withValue(filter: Filter, part: FilterPart, value: string | null): Filter {
  const typed = value === null ? null : part === 'kindId' || part === 'sponsorId' ? Number(value) : value
  return { ...filter, [part]: typed } as Filter
}

export interface FilterBarProps {
  list: SavedFilterTarget['list']
  /** What the list is called in messages: "clients", "engagements". */
  noun: string
  filter: Filter
  onChange(filter: Filter): void
}

/**
 * The list's filters as menus (Add filter ▸ Tag ▸ executive) and the ones set as chips
 * that Backspace, Delete or their × remove; a filter set can be saved and named.
 */
export function FilterBar({ list, noun, filter, onChange }: FilterBarProps) {
  const dimensions = useDimensions(list)
  const [saving, setSaving] = useState(false)
  const chosen = dimensions
    .map((dimension) => ({ dimension, value: valueOf(filter, dimension.part) }))
    .filter((entry): entry is { dimension: Dimension; value: string } => entry.value !== null)
  const chipLabel = ({ dimension, value }: { dimension: Dimension; value: string }) => `${dimension.name}: ${choiceLabel(dimension, value)}`

  return (
    <div className="filter-bar">
      <MenuTrigger>
        <Button variant="quiet" className="filter-add">
          Add filter ▾
        </Button>
        <Popover className="popover menu-popover">
          <Menu className="menu" aria-label={`Filter ${noun} by`}>
            {dimensions.map((dimension) => (
              <SubmenuTrigger key={dimension.part}>
                <MenuItem id={dimension.part} className="menu-item">
                  {dimension.name} <span aria-hidden="true">▸</span>
                </MenuItem>
                <Popover className="popover menu-popover">
                  <Menu
                    className="menu"
                    aria-label={dimension.name}
                    selectionMode="single"
                    selectedKeys={valueOf(filter, dimension.part) === null ? [] : [valueOf(filter, dimension.part)!]}
                    onAction={(key: Key) => onChange(withValue(filter, dimension.part, String(key)))}
                    renderEmptyState={() => <div className="menu-item muted">{dimension.none}</div>}
                    items={dimension.choices}
                  >
                    {(choice) => (
                      <MenuItem id={choice.id} className="menu-item">
                        {choice.label}
                      </MenuItem>
                    )}
                  </Menu>
                </Popover>
              </SubmenuTrigger>
            ))}
          </Menu>
        </Popover>
      </MenuTrigger>
      {chosen.length > 0 ? (
        <>
          <TagGroup
            aria-label="Filters"
            className="filter-chips"
            onRemove={(keys) => {
              let next = filter
              for (const key of keys) next = withValue(next, key as FilterPart, null)
              onChange(next)
            }}
          >
            <TagList className="tag-list">
              {chosen.map((entry) => (
                <Tag key={entry.dimension.part} id={entry.dimension.part} textValue={chipLabel(entry)} className="tag">
                  {chipLabel(entry)}
                  <AriaButton slot="remove" className="tag-remove" aria-label={`Remove filter ${chipLabel(entry)}`}>
                    ×
                  </AriaButton>
                </Tag>
              ))}
            </TagList>
          </TagGroup>
          <Button variant="quiet" onPress={() => setSaving(true)}>
            Save filter…
          </Button>
        </>
      ) : null}
      {saving ? <SaveFilterDialog target={{ list, filter } as SavedFilterTarget} onDone={() => setSaving(false)} /> : null}
    </div>
  )
}
