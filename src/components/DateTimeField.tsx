import { parseAbsoluteToLocal, type ZonedDateTime } from '@internationalized/date'
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

export interface DateTimeFieldProps {
  label: string
  /** A moment as ISO text, with its offset or in UTC ('…Z'); '' / null for none. */
  value: string | null | undefined
  /** The moment in the coach's time zone with its offset, e.g. '2026-03-14T09:30:00+01:00'; '' while incomplete. */
  onChange(value: string): void
  onBlur?(): void
  error?: string
  description?: string
  isRequired?: boolean
  className?: string
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
      <Label>{label}</Label>
      <Group className="date-group">
        <DateInput className="date-input">{(segment) => <DateSegment segment={segment} className="date-segment" />}</DateInput>
        <AriaButton className="combo-button" aria-label={`Choose the day of ${label.toLowerCase()} from a calendar`}>
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

