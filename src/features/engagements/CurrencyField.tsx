import { SelectField, type Option } from '../../components/SelectField'
import { currencyName } from '../../lib/format'

/** Found by code or by name: the label holds both ("EUR Euro"), the name in the coach's locale. */
const currencies = (): Option<string>[] =>
  Intl.supportedValuesOf('currency').map((code) => ({ value: code, label: `${code} ${currencyName(code)}`.trim() }))

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
      options={currencies()}
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
