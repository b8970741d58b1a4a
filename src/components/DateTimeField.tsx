import { useState } from 'react'
import { CalendarDateTime } from '@internationalized/date'
import { DatePicker } from 'react-aria-components'
import { momentOf, wallClockOf, type WallClock } from '../../electron/shared/dates'
import type { DateFieldProps } from './DateField'
import { DatePickerBody } from './DatePickerBody'

/** As a DateField's, but the value is a moment, not a day. */
export interface DateTimeFieldProps extends Omit<DateFieldProps, 'value' | 'onChange'> {
  /** A moment as ISO text, with its offset or in UTC ('…Z'); '' / null for none. */
  value: string | null | undefined
  /** The moment typed, in UTC ('2026-03-14T08:30:00.000Z'); '' once the field is cleared. */
  onChange(value: string): void
}

function toCalendar(wall: WallClock | null): CalendarDateTime | null {
  return wall && new CalendarDateTime(wall.year, wall.month, wall.day, wall.hour, wall.minute)
}

/** The hour now began, offered while the field is empty. */
function thisHour(): CalendarDateTime {
  return toCalendar({ ...wallClockOf(new Date().toISOString())!, minute: 0 })!
}

/**
 * What the field shows: the wall-clock time typed, kept as typed while the coach edits
 * it, and read again from `value` only when the value comes from elsewhere (a form
 * loaded or reset).
 *
 * The field works in wall-clock time, with no time zone of its own: turned into a moment
 * only on the way out. Were it to hold the moment, every keystroke would go out and come
 * back through the time zone, and a year being typed ("2", "20", "202") falls in times
 * when places kept their local mean time, offsets like -00:01:15 that ISO text cannot
 * carry, and the field would lose the whole date.
 */
function useWallClock(value: string, onChange: (value: string) => void) {
  const [shown, setShown] = useState(() => ({ value, wall: toCalendar(wallClockOf(value)) }))
  // A value from elsewhere: show it (React renders again at once with it).
  if (shown.value !== value) setShown({ value, wall: toCalendar(wallClockOf(value)) })
  const change = (wall: CalendarDateTime | null) => {
    const moment = wall ? momentOf(wall) : ''
    setShown({ value: moment, wall })
    onChange(moment)
  }
  return [shown.wall, change] as const
}

/**
 * A date and time to the minute, typed segment by segment in the coach's locale and
 * time zone (or the day picked from a calendar); the arrow keys move between segments.
 * Sent in UTC.
 */
export function DateTimeField({ label, value, onChange, onBlur, error, description, isRequired, className }: DateTimeFieldProps) {
  const [wall, setWall] = useWallClock(value ?? '', onChange)
  const [placeholder] = useState(thisHour)
  return (
    <DatePicker
      className={`field${className ? ` ${className}` : ''}`}
      value={wall}
      onChange={setWall}
      onBlur={onBlur}
      isInvalid={Boolean(error)}
      isRequired={isRequired}
      granularity="minute"
      placeholderValue={placeholder}
    >
      <DatePickerBody label={label} calendarButtonLabel={`Choose the day of ${label.toLowerCase()} from a calendar`} description={description} error={error} />
    </DatePicker>
  )
}
