import { FieldError, Group, Input, Label, NumberField as AriaNumberField, Text, Button as AriaButton } from 'react-aria-components'

export interface NumberFieldProps {
  label: string
  value: number | null | undefined
  onChange(value: number | null): void
  onBlur?(): void
  error?: string
  description?: string
  minValue?: number
  maxValue?: number
  step?: number
  formatOptions?: Intl.NumberFormatOptions
  isRequired?: boolean
  className?: string
}

/** A number in the coach's locale; an empty field is null, never a silent 0. */
export function NumberField({ label, value, onChange, onBlur, error, description, className, ...props }: NumberFieldProps) {
  return (
    <AriaNumberField
      {...props}
      className={`field${className ? ` ${className}` : ''}`}
      value={value ?? Number.NaN}
      onChange={(next) => onChange(Number.isNaN(next) ? null : next)}
      onBlur={onBlur}
      isInvalid={Boolean(error)}
    >
      <Label>{label}</Label>
      <Group className="number-group">
        <Input />
        <AriaButton slot="decrement" className="stepper" aria-label={`Decrease ${label.toLowerCase()}`}>
          −
        </AriaButton>
        <AriaButton slot="increment" className="stepper" aria-label={`Increase ${label.toLowerCase()}`}>
          +
        </AriaButton>
      </Group>
      {description && !error ? <Text slot="description">{description}</Text> : null}
      <FieldError>{error}</FieldError>
    </AriaNumberField>
  )
}
