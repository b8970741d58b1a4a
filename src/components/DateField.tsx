import { parseDate, type CalendarDate } from '@internationalized/date'
import { DatePicker } from 'react-aria-components'
import { DatePickerBody } from './DatePickerBody'

export interface DateFieldProps {
  label: string
  /** An ISO date, `YYYY-MM-DD`, or '' / null for none. */
  value: string | null | undefined
  onChange(value: string): void
  onBlur?(): void
  error?: string
  description?: string
  isRequired?: boolean
  className?: string
}

function toCalendarDate(value: string | null | undefined): CalendarDate | null {
  if (!value) return null
  try {
    return parseDate(value)
  } catch {
    return null
  }
}

/** A date typed segment by segment in the coach's locale, or picked from a calendar. Stored as YYYY-MM-DD. */
export function DateField({ label, value, onChange, onBlur, error, description, isRequired, className }: DateFieldProps) {
  return (
    <DatePicker
      className={`field${className ? ` ${className}` : ''}`}
      value={toCalendarDate(value)}
      onChange={(date) => onChange(date ? date.toString() : '')}
      onBlur={onBlur}
      isInvalid={Boolean(error)}
      isRequired={isRequired}
      granularity="day"
    >
      <DatePickerBody label={label} calendarButtonLabel={`Choose ${label.toLowerCase()} from a calendar`} description={description} error={error} />
    </DatePicker>
  )
}
