import { parseAbsoluteToLocal, type ZonedDateTime } from '@internationalized/date'
import { DatePicker } from 'react-aria-components'
import type { DateFieldProps } from './DateField'
import { DatePickerBody } from './DatePickerBody'

/** As a DateField's, but the value is a moment, not a day. */
export interface DateTimeFieldProps extends Omit<DateFieldProps, 'value' | 'onChange'> {
  /** A moment as ISO text, with its offset or in UTC ('…Z'); '' / null for none. */
  value: string | null | undefined
  /** The moment in the coach's time zone with its offset, e.g. '2026-03-14T09:30:00+01:00'; '' while incomplete. */
  onChange(value: string): void
}

function toZoned(value: string | null | undefined): ZonedDateTime | null {
  if (!value) return null
  try {
    return parseAbsoluteToLocal(value)
  } catch {
    return null
  }
}

/** ZonedDateTime writes '…+01:00[Europe/Berlin]'; the contract wants plain ISO with the offset. */
function withOffset(value: ZonedDateTime): string {
  return value.toString().replace(/\[[^\]]*\]$/, '')
}

/**
 * A date and time to the minute, typed segment by segment in the coach's locale and
 * time zone (or the day picked from a calendar). Sent as ISO text with its offset.
 */
export function DateTimeField({ label, value, onChange, onBlur, error, description, isRequired, className }: DateTimeFieldProps) {
  return (
    <DatePicker
      className={`field${className ? ` ${className}` : ''}`}
      value={toZoned(value)}
      onChange={(moment) => onChange(moment ? withOffset(moment) : '')}
      onBlur={onBlur}
      isInvalid={Boolean(error)}
      isRequired={isRequired}
      granularity="minute"
      placeholderValue={parseAbsoluteToLocal(new Date().toISOString()).set({ minute: 0, second: 0, millisecond: 0 })}
    >
      <DatePickerBody label={label} calendarButtonLabel={`Choose the day of ${label.toLowerCase()} from a calendar`} description={description} error={error} />
    </DatePicker>
  )
}

