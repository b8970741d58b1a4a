import { ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover, Text, Button as AriaButton } from 'react-aria-components'

const currencyNames = new Intl.DisplayNames(undefined, { type: 'currency' })
const CURRENCIES = Intl.supportedValuesOf('currency').map((code) => ({ id: code, name: currencyNames.of(code) ?? code }))
const CODES = new Set(CURRENCIES.map((currency) => currency.id))

/** Currencies whose code or name contains what was typed; all of them once a code is chosen. */
function currenciesFor(text: string) {
  const typed = text.trim().toLowerCase()
  if (!typed || CODES.has(text.trim().toUpperCase())) return CURRENCIES
  return CURRENCIES.filter((currency) => currency.id.toLowerCase().includes(typed) || currency.name.toLowerCase().includes(typed))
}

export interface CurrencyFieldProps {
  value: string
  onChange(code: string): void
  onBlur?(): void
  error?: string
}

/** An ISO 4217 code, typed ("EUR") or found by name ("euro"). */
export function CurrencyField({ value, onChange, onBlur, error }: CurrencyFieldProps) {
  return (
    <ComboBox
      className="field"
      items={currenciesFor(value)}
      inputValue={value}
      onInputChange={onChange}
      onBlur={onBlur}
      allowsCustomValue
      isInvalid={Boolean(error)}
    >
      <Label>Currency</Label>
      <div className="combo">
        <Input placeholder="e.g. EUR" />
        <AriaButton className="combo-button" aria-label="Show currencies">
          ▾
        </AriaButton>
      </div>
      {error ? null : <Text slot="description">Its three-letter code, or type its name.</Text>}
      <FieldError>{error}</FieldError>
      <Popover className="popover">
        <ListBox className="popover-list">
          {(currency: { id: string; name: string }) => (
            <ListBoxItem id={currency.id} textValue={currency.id} className="list-item compact currency-option">
              <span>
                <strong>{currency.id}</strong> <span className="currency-name">{currency.name}</span>
              </span>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  )
}
