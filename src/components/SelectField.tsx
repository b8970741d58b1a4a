import {
  Button as AriaButton,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
  type Key
} from 'react-aria-components'

export interface Option<V extends string | number> {
  value: V
  label: string
}

export interface SelectFieldProps<V extends string | number> {
  label: string
  options: readonly Option<V>[]
  value: V | null | undefined
  onChange(value: V): void
  onBlur?(): void
  error?: string
  description?: string
  placeholder?: string
  isRequired?: boolean
  className?: string
}

/** A labelled drop-down list: type to jump, arrows to move, Enter to choose. */
export function SelectField<V extends string | number>({
  label,
  options,
  value,
  onChange,
  onBlur,
  error,
  description,
  placeholder = 'Choose…',
  isRequired,
  className
}: SelectFieldProps<V>) {
  const byKey = new Map<Key, V>(options.map((option) => [String(option.value), option.value]))
  return (
    <Select
      className={`field${className ? ` ${className}` : ''}`}
      selectedKey={value === null || value === undefined ? null : String(value)}
      onSelectionChange={(key) => {
        const chosen = key === null ? undefined : byKey.get(key)
        if (chosen !== undefined) onChange(chosen)
      }}
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
      <Popover className="popover">
        <ListBox className="popover-list">
          {options.map((option) => (
            <ListBoxItem key={String(option.value)} id={String(option.value)} className="list-item compact">
              {option.label}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  )
}
