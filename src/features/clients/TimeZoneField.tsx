import { ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover, Button as AriaButton } from 'react-aria-components'

const TIME_ZONES = Intl.supportedValuesOf('timeZone').map((zone) => ({ id: zone, name: zone }))

export interface TimeZoneFieldProps {
  value: string
  onChange(zone: string): void
  onBlur?(): void
  error?: string
}

/** Pick from the IANA time zones, filtered as you type. */
export function TimeZoneField({ value, onChange, onBlur, error }: TimeZoneFieldProps) {
  return (
    <ComboBox
      className="field"
      defaultItems={TIME_ZONES}
      inputValue={value}
      onInputChange={onChange}
      onBlur={onBlur}
      allowsCustomValue
      isInvalid={Boolean(error)}
    >
      <Label>Time zone</Label>
      <div className="combo">
        <Input placeholder="e.g. Europe/Berlin" />
        <AriaButton className="combo-button" aria-label="Show time zones">
          ▾
        </AriaButton>
      </div>
      <FieldError>{error}</FieldError>
      <Popover className="popover">
        <ListBox className="popover-list">
          {(zone: { id: string; name: string }) => (
            <ListBoxItem id={zone.id} className="list-item compact">
              {zone.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  )
}
