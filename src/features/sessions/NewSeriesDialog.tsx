import { useState } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import type { z } from 'zod'
import { tomorrowAt } from '../../../electron/shared/dates'
import type { Engagement } from '../../../electron/shared/engagements'
import {
  MONTHLY_RULE_LABELS,
  MONTHLY_RULES,
  SERIES_FREQUENCIES,
  SERIES_FREQUENCY_LABELS,
  SERIES_SIZE,
  seriesDates,
  skipDaysOutside,
  weekdayOrdinal,
  type MonthlyRule,
  type SeriesAdjustment,
  type SeriesDate,
  type SeriesFrequency
} from '../../../electron/shared/sessionSeries'
import { BILLING, BILLING_LABELS, SESSION_FORMAT_LABELS, SESSION_FORMATS, sessionsContract, type SessionCounts, type SessionNoun } from '../../../electron/shared/sessions'
import { CheckboxField } from '../../components/CheckboxField'
import { DateTimeControl, NumberControl, SelectControl } from '../../components/controlled'
import { FormDialog } from '../../components/FormDialog'
import { RadioField } from '../../components/RadioField'
import { notify } from '../../components/Toasts'
import { showServerError } from '../../components/formErrors'
import { coachTimeZone, dateTimeFormat, formatDate, formatDateTime } from '../../lib/format'
import { capitalised, pluralNoun, sessionCount, sessionNounOf, START_MESSAGE } from './labels'
import { useCreateSeries } from './queries'

const schema = sessionsContract['sessions:createSeries'].input
type Values = z.input<typeof schema>
type Parsed = z.output<typeof schema>

const FIELDS = ['firstStartsAt', 'frequency', 'monthlyBy', 'count', 'durationMinutes', 'format', 'billing', 'skipDays'] as const

/** Sessions offered when the engagement plans none, or has them all on the calendar already. */
const DEFAULT_COUNT = 6

/** The engagement's cadence where it has one; weekly for one met as needed. */
function frequencyOf(engagement: Engagement): SeriesFrequency {
  return SERIES_FREQUENCIES.find((frequency) => frequency === engagement.cadence) ?? 'weekly'
}

/** The sessions the engagement still plans beyond those held and scheduled. */
function countStillPlanned(counts: SessionCounts | undefined): number {
  if (!counts || counts.planned === null) return DEFAULT_COUNT
  const left = counts.planned - counts.held - counts.scheduled
  return left >= SERIES_SIZE.min ? Math.min(left, SERIES_SIZE.max) : DEFAULT_COUNT
}

const ordinal = new Intl.PluralRules('en', { type: 'ordinal' })
const SUFFIXES: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' }
/** "1st", "22nd", "5th". */
const nth = (value: number) => `${value}${SUFFIXES[ordinal.select(value)] ?? 'th'}`
const weekdayName = (day: string) => new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`))

/** The two monthly rules, in words for the first date: "The 31st of each month", "The 5th Tuesday of each month". */
function monthlyOptions(firstDay: string | null): { value: MonthlyRule; label: string }[] {
  if (!firstDay) return MONTHLY_RULES.map((value) => ({ value, label: MONTHLY_RULE_LABELS[value] }))
  const ordinalOfWeekday = weekdayOrdinal(firstDay)
  const date = Number(firstDay.slice(8))
  const labels: Record<MonthlyRule, string> = {
    date: `The ${nth(date)} of each month${date > 28 ? ' (the last day of a month that has no such date)' : ''}`,
    weekday: `The ${nth(ordinalOfWeekday)} ${weekdayName(firstDay)} of each month${ordinalOfWeekday === 5 ? ` (the last ${weekdayName(firstDay)} of a month that has no fifth)` : ''}`
  }
  return MONTHLY_RULES.map((value) => ({ value, label: labels[value] }))
}

/** "Mon 29 Mar 2027, 09:00": the day and time as the sessions list will show them, with the weekday first. */
const shownTime = (moment: string) => `${dateTimeFormat({ weekday: 'short' }).format(new Date(moment))} ${formatDateTime(moment)}`

/** Why a date is not the rule's plain reading, in words. */
function adjustmentText(adjustment: SeriesAdjustment, date: SeriesDate): string {
  switch (adjustment.kind) {
    case 'monthEnd':
      return `No ${nth(adjustment.wantedDate)} this month: its last day`
    case 'lastWeekday':
      return `No 5th ${weekdayName(date.day)} this month: the last ${weekdayName(date.day)}`
    case 'clockGap':
      return `The clocks go forward through ${adjustment.wantedTime} that night: the same time after the change`
  }
}

export interface NewSeriesDialogProps {
  engagement: Engagement
  counts: SessionCounts | undefined
  onCreated(): void
  onCancel(): void
}

/**
 * A series of scheduled sessions from the engagement's cadence, previewed date by date
 * before anything is written; any date can be skipped from the preview (a holiday), and
 * the series goes on one date further for it. Created in one write: one Undo.
 */
export function NewSeriesDialog({ engagement, counts, onCreated, onCancel }: NewSeriesDialogProps) {
  const create = useCreateSeries()
  const noun = sessionNounOf(engagement)
  const [timeZone] = useState(coachTimeZone)
  const form = useForm<Values, unknown, Parsed>({
    defaultValues: {
      engagementId: engagement.id,
      firstStartsAt: tomorrowAt(9),
      timeZone,
      frequency: frequencyOf(engagement),
      monthlyBy: 'date',
      count: countStillPlanned(counts),
      durationMinutes: engagement.sessionMinutes,
      format: 'video',
      // No fee agreed usually means pro bono work.
      billing: engagement.fee === null ? 'pro_bono' : 'paid',
      skipDays: []
    },
    resolver: zodResolver(schema),
    mode: 'onTouched'
  })
  const { control, formState, handleSubmit, setError, setValue } = form
  const values = useWatch({ control })
  const plan = schema.safeParse(values)
  const dates = plan.success ? seriesDates(plan.data) : []
  const outside = plan.success ? skipDaysOutside(plan.data, dates) : []
  const kept = dates.filter((date) => !date.skipped)
  const firstDay = dates[0]?.day ?? null

  const toggleSkip = (day: string, skipped: boolean) => {
    const skipDays = (values.skipDays ?? []).filter((other) => other !== day)
    setValue('skipDays', skipped ? [...skipDays, day].sort() : skipDays)
  }

  const save = handleSubmit(async (fields) => {
    try {
      const { created } = await create.mutateAsync(fields)
      notify({ title: `${capitalised(sessionCount(created.length, noun))} scheduled` })
      onCreated()
    } catch (error) {
      showServerError(setError, error, { fields: FIELDS })
    }
  })

  return (
    <FormDialog
      isOpen
      title={`Schedule a series of ${pluralNoun(noun)}`}
      submitLabel={plan.success ? `Schedule ${sessionCount(kept.length, noun)}` : `Schedule ${pluralNoun(noun)}`}
      error={formState.errors.root?.message ?? formState.errors.skipDays?.message}
      isPending={formState.isSubmitting}
      canSubmit={outside.length === 0}
      onSubmit={() => void save()}
      onCancel={onCancel}
    >
      <DateTimeControl
        control={control}
        name="firstStartsAt"
        label={`First ${noun}`}
        isRequired
        description={`Its time is every ${noun}'s, on your clock (${timeZone}), when the clocks change too.`}
        errorMessage={START_MESSAGE}
      />
      <div className="session-fields-row">
        <SelectControl
          control={control}
          name="frequency"
          label="Repeats"
          options={SERIES_FREQUENCIES.map((value) => ({ value, label: SERIES_FREQUENCY_LABELS[value] }))}
        />
        <NumberControl control={control} name="count" label={`Number of ${pluralNoun(noun)}`} minValue={SERIES_SIZE.min} maxValue={SERIES_SIZE.max} />
      </div>
      {values.frequency === 'monthly' ? (
        <Controller
          control={control}
          name="monthlyBy"
          render={({ field }) => (
            <RadioField label="On" options={monthlyOptions(firstDay)} value={field.value ?? 'date'} onChange={field.onChange} />
          )}
        />
      ) : null}
      <NumberControl control={control} name="durationMinutes" label="Duration (minutes)" minValue={1} />
      <div className="session-fields-row">
        <SelectControl control={control} name="format" label="Format" options={SESSION_FORMATS.map((value) => ({ value, label: SESSION_FORMAT_LABELS[value] }))} />
        <SelectControl control={control} name="billing" label="Billing" options={BILLING.map((value) => ({ value, label: BILLING_LABELS[value] }))} />
      </div>
      <SeriesPreview dates={dates} outside={outside} noun={noun} onSkip={toggleSkip} />
    </FormDialog>
  )
}

/** The dates as they will be created, in the coach's locale and on their clock; each can be skipped. */
function SeriesPreview({
  dates,
  outside,
  noun,
  onSkip
}: {
  dates: SeriesDate[]
  outside: string[]
  noun: SessionNoun
  onSkip(day: string, skipped: boolean): void
}) {
  if (dates.length === 0) {
    return <p className="muted">Enter the first {noun}&apos;s date and time and how many to schedule: the dates show here before anything is saved.</p>
  }
  return (
    <section className="series-preview" aria-labelledby="series-preview-heading">
      <h3 id="series-preview-heading" className="series-preview-heading">
        Dates
      </h3>
      <p className="muted series-preview-hint">Tick a date to skip it (a holiday): the series goes on one date further. Nothing is saved until you schedule.</p>
      <ol className="series-dates" aria-label={`Dates of the ${pluralNoun(noun)}`}>
        {dates.map((date) => {
          const when = shownTime(date.startsAt)
          return (
            <li key={date.day} className={`series-date${date.skipped ? ' series-date-skipped' : ''}`}>
              <span className="series-date-when">{when}</span>
              {date.skipped ? <span className="series-date-note">Skipped</span> : null}
              {date.adjustment ? <span className="series-date-note">{adjustmentText(date.adjustment, date)}</span> : null}
              <CheckboxField label="Skip" aria-label={`Skip ${when}`} isSelected={date.skipped} onChange={(skipped) => onSkip(date.day, skipped)} />
            </li>
          )
        })}
      </ol>
      {outside.length > 0 ? (
        <div role="alert" className="form-error">
          {outside.map((day) => (
            <CheckboxField
              key={day}
              label={`${formatDate(day)} is not a date of this series any more: untick it to go on`}
              isSelected
              onChange={() => onSkip(day, false)}
            />
          ))}
        </div>
      ) : null}
    </section>
  )
}
