import { parseDate, type CalendarDate } from '@internationalized/date'
import {
  Button as AriaButton,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog,
  FieldError,
  Group,
  Heading,
  Label,
  Popover,
  Text
} from 'react-aria-components'

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
      <Label>{label}</Label>
      <Group className="date-group">
        <DateInput className="date-input">{(segment) => <DateSegment segment={segment} className="date-segment" />}</DateInput>
        <AriaButton className="combo-button" aria-label={`Choose ${label.toLowerCase()} from a calendar`}>
          ▾
        </AriaButton>
      </Group>
      {description && !error ? <Text slot="description">{description}</Text> : null}
      <FieldError>{error}</FieldError>
      <Popover className="popover calendar-popover">
        <Dialog className="calendar-dialog" aria-label={label}>
          <Calendar className="calendar">
            <header className="calendar-header">
              <AriaButton slot="previous" className="button button-quiet" aria-label="Previous month">
                ‹
              </AriaButton>
              <Heading className="calendar-heading" />
              <AriaButton slot="next" className="button button-quiet" aria-label="Next month">
                ›
              </AriaButton>
            </header>
            <CalendarGrid className="calendar-grid">{(date) => <CalendarCell date={date} className="calendar-cell" />}</CalendarGrid>
          </Calendar>
        </Dialog>
      </Popover>
    </DatePicker>
  )
}
