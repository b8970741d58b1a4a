import type { ReactNode } from 'react'
import {
  Autocomplete,
  Button as AriaButton,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
  useFilter,
  type Key
} from 'react-aria-components'
import { ListSearchField } from './ListSearchField'

export interface Option<V extends string | number> {
  value: V
  label: string
}

/** A list long enough to search: a search box at the top of the open list filters it. */
export interface ListSearch {
  /** The search box's name, e.g. "Search time zones". */
  label: string
  placeholder?: string
  /** What the open list says when nothing matches. */
  emptyText: string
  /** When main does the filtering (the options change as the coach types): the text and its changes. */
  text?: string
  onTextChange?(text: string): void
}

interface SelectFieldBase<V extends string | number> {
  label: string
  options: readonly Option<V>[]
  value: V | null | undefined
  onBlur?(): void
  error?: string
  description?: string
  placeholder?: string
  isRequired?: boolean
  className?: string
  search?: ListSearch
  /** How an option shows in the open list, when not just its label. */
  renderOption?(option: Option<V>): ReactNode
}

/**
 * With `none`, the list starts with a choice that stands for no value ("No sponsor"),
 * shown while the value is null and giving null when chosen.
 */
export type SelectFieldProps<V extends string | number> = SelectFieldBase<V> &
  ({ none?: undefined; onChange(value: V): void } | { none: string; onChange(value: V | null): void })

/** The key of the "none" choice: a number, which no option's key (its value as text) can be. */
const NONE_KEY = -1

/**
 * A labelled drop-down list: type to jump, arrows to move, Enter to choose. A long one
 * (time zones, currencies, clients) has a search box at the top of the open list. Its
 * list opens as a modal popover, so nothing behind it can be reached while it is open.
 */
export function SelectField<V extends string | number>(props: SelectFieldProps<V>) {
  const { label, options, value, onBlur, error, description, placeholder = 'Choose…', isRequired, className, search, renderOption } = props
  const byKey = new Map<Key, V>(options.map((option) => [String(option.value), option.value]))
  const items: { id: Key; label: string; option: Option<V> | null }[] = options.map((option) => ({ id: String(option.value), label: option.label, option }))
  if (props.none !== undefined) items.unshift({ id: NONE_KEY, label: props.none, option: null })
  const choose = (key: Key | null) => {
    if (key === NONE_KEY && props.none !== undefined) return props.onChange(null)
    const chosen = key === null ? undefined : byKey.get(key)
    if (chosen !== undefined) props.onChange(chosen)
  }
  const list = (
    <ListBox
      className="popover-list"
      items={items}
      renderEmptyState={search ? () => <p className="popover-empty">{search.emptyText}</p> : undefined}
    >
      {(item) => (
        <ListBoxItem id={item.id} textValue={item.label} className="list-item compact">
          {renderOption && item.option ? renderOption(item.option) : item.label}
        </ListBoxItem>
      )}
    </ListBox>
  )
  return (
    <Select
      className={`field${className ? ` ${className}` : ''}`}
      selectedKey={value === null || value === undefined ? (props.none === undefined ? null : NONE_KEY) : String(value)}
      onSelectionChange={choose}
      onBlur={onBlur}
      isInvalid={Boolean(error)}
      isRequired={isRequired}
      placeholder={placeholder}
    >
      <Label>{label}</Label>
      <AriaButton className="select-button">
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </AriaButton>
      {description && !error ? <Text slot="description">{description}</Text> : null}
      <FieldError>{error}</FieldError>
      <Popover className={search ? 'popover popover-searchable' : 'popover'}>
        {search ? <SearchableList search={search}>{list}</SearchableList> : list}
      </Popover>
    </Select>
  )
}

function SearchableList({ search, children }: { search: ListSearch; children: ReactNode }) {
  const { contains } = useFilter({ sensitivity: 'base' })
  const filtered = search.onTextChange !== undefined
  return (
    <Autocomplete
      filter={filtered ? undefined : contains}
      {...(filtered ? { inputValue: search.text ?? '', onInputChange: search.onTextChange } : {})}
    >
      <ListSearchField label={search.label} placeholder={search.placeholder ?? 'Type to search'} className="popover-search" />
      {children}
    </Autocomplete>
  )
}
