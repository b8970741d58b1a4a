import { SelectField, type Option } from '../../components/SelectField'

const currencyNames = new Intl.DisplayNames(undefined, { type: 'currency' })
/** Found by code or by name: the label holds both ("EUR Euro"). */
const CURRENCIES: Option<string>[] = Intl.supportedValuesOf('currency').map((code) => ({
  value: code,
  label: `${code} ${currencyNames.of(code) ?? ''}`.trim()
}))

export interface CurrencyFieldProps {
  /** An ISO 4217 code, or '' while none is chosen. */
  value: string
  onChange(code: string): void
  onBlur?(): void
  error?: string
}

/** An ISO 4217 currency, found by its code ("EUR") or its name ("euro"). */
export function CurrencyField({ value, onChange, onBlur, error }: CurrencyFieldProps) {
  return (
    <SelectField
      label="Currency"
      options={CURRENCIES}
      value={value || null}
      onChange={onChange}
      onBlur={onBlur}
      error={error}
      placeholder="Choose a currency…"
      search={{ label: 'Search currencies', placeholder: 'Code or name, e.g. euro', emptyText: 'No currency by that code or name.' }}
      renderOption={(option) => (
        <span className="currency-option">
          <strong>{option.value}</strong> <span className="currency-name">{option.label.slice(option.value.length + 1)}</span>
        </span>
      )}
    />
  )
}
