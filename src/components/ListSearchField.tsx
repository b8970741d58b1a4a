import type { KeyboardEvent } from 'react'
import { Input, SearchField } from 'react-aria-components'

export interface ListSearchFieldProps {
  /** Its name, e.g. "Search your practice". */
  label: string
  placeholder?: string
  className?: string
  onKeyDown?(event: KeyboardEvent): void
}

/**
 * The text box of an Autocomplete: typing filters the list under it, and the arrow keys
 * move through that list while focus stays in the box. That is a combo box whose list is
 * always shown, and it says so (role combobox, expanded): assistive technology then reads
 * the list as its popup, and the list needs no focus of its own to be scrolled.
 */
export function ListSearchField({ label, placeholder, className, onKeyDown }: ListSearchFieldProps) {
  return (
    <SearchField aria-label={label} autoFocus className={`search-field${className ? ` ${className}` : ''}`} onKeyDown={onKeyDown}>
      <Input role="combobox" aria-expanded="true" placeholder={placeholder} />
    </SearchField>
  )
}
