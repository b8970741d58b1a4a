import {
  Button as AriaButton,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DateSegment,
  Dialog,
  FieldError,
  Group,
  Heading,
  Label,
  Popover,
  Text
} from 'react-aria-components'

interface DatePickerBodyProps {
  label: string
  /** The calendar button's name, e.g. "Choose due date from a calendar". */
  calendarButtonLabel: string
  description?: string
  error?: string
}

/**
 * What a React Aria DatePicker holds in Coachbook, whatever it picks (a day, or a day
 * and a time): its label, the segments typed in the coach's locale, the button opening
 * a month calendar, the description or the error.
 */
export function DatePickerBody({ label, calendarButtonLabel, description, error }: DatePickerBodyProps) {
  return (
    <>
      <Label>{label}</Label>
      <Group className="date-group">
        <DateInput className="date-input">{(segment) => <DateSegment segment={segment} className="date-segment" />}</DateInput>
        <AriaButton className="combo-button" aria-label={calendarButtonLabel}>
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
    </>
  )
}
