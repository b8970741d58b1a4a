import { SelectField, type Option } from '../../components/SelectField'

const TIME_ZONES: Option<string>[] = Intl.supportedValuesOf('timeZone').map((zone) => ({ value: zone, label: zone }))

export interface TimeZoneFieldProps {
  /** An IANA time zone, or '' for none. */
  value: string
  onChange(zone: string): void
  onBlur?(): void
  error?: string
}

/** One of the IANA time zones, found by typing part of its name. */
export function TimeZoneField({ value, onChange, onBlur, error }: TimeZoneFieldProps) {
  // A zone stored under another of its names (an alias) is kept on offer.
  const options = value && !TIME_ZONES.some((zone) => zone.value === value) ? [...TIME_ZONES, { value, label: value }] : TIME_ZONES
  return (
    <SelectField
      label="Time zone"
      options={options}
      none="No time zone"
      value={value || null}
      onChange={(zone) => onChange(zone ?? '')}
      onBlur={onBlur}
      error={error}
      search={{ label: 'Search time zones', placeholder: 'e.g. Berlin', emptyText: 'No time zone by that name.' }}
    />
  )
}
