import { useId, useRef, useState } from 'react'
import { dayOf } from '../../../electron/shared/dates'
import { RATING, type Goal } from '../../../electron/shared/goals'
import { Button } from '../../components/Button'
import { NumberField } from '../../components/NumberField'
import { notify } from '../../components/Toasts'
import { useRefusal } from '../../components/formErrors'
import { messageOf } from '../../lib/api'
import { formatValue, valueLabel } from '../goals/format'
import { useCreateMeasurement } from '../goals/queries'

/**
 * Optional quick ratings of each goal taken in the session: each becomes a measurement
 * of the goal on the session's day, linked to the session.
 */
export function ProgressRatings({ goals, sessionId, startsAt }: { goals: readonly Goal[]; sessionId: number; startsAt: string }) {
  const active = goals.filter((goal) => goal.status !== 'dropped')
  return (
    <section className="session-section" aria-labelledby="ratings-heading">
      <h3 id="ratings-heading">Progress ratings</h3>
      <p className="muted session-hint">Optional: where each goal stands today. Each rating is added to the goal's progress at once.</p>
      {active.length === 0 ? (
        <p className="muted">No goals to rate yet: set them on the Goals &amp; actions tab.</p>
      ) : (
        <div className="rating-rows">
          {active.map((goal) => (
            <RatingRow key={goal.id} goal={goal} sessionId={sessionId} day={dayOf(startsAt)!} />
          ))}
        </div>
      )}
    </section>
  )
}

/** A refused value is shown next to it; any other refusal in a notification. */
const RATING_FIELDS = { fields: ['value'] as const }

function RatingRow({ goal, sessionId, day }: { goal: Goal; sessionId: number; day: string }) {
  const create = useCreateMeasurement()
  const [value, setValue] = useState<number | null>(null)
  // The number field hands over its value on Enter just before the form submits: read the latest here.
  const latest = useRef<number | null>(null)
  const refusal = useRefusal(RATING_FIELDS)
  const headingId = useId()
  const taken = goal.measurements.filter((measurement) => measurement.sessionId === sessionId)

  const change = (next: number | null) => {
    latest.current = next
    setValue(next)
  }

  const add = () => {
    const rating = latest.current
    if (rating === null) {
      refusal.showOn('value', goal.measure === 'rating' ? 'Enter a rating from 0 to 10.' : 'Enter a value.')
      return
    }
    refusal.clear()
    create.mutate(
      { goalId: goal.id, measuredOn: day, value: rating, comment: '', sessionId },
      {
        onSuccess: () => {
          change(null)
          notify({ title: 'Rating added', description: goal.statement })
        },
        onError: (failure) => {
          if (refusal.show(failure) === null) notify({ title: 'Not added', description: messageOf(failure) })
        }
      }
    )
  }

  return (
    <form
      aria-labelledby={headingId}
      className="rating-row"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        add()
      }}
    >
      <div className="rating-goal">
        <div id={headingId} className="rating-statement">
          {goal.statement}
        </div>
        <div className="muted rating-meta">
          {formatValue(goal.baseline, goal)} → latest {formatValue(goal.latestValue, goal)} → target{' '}
          {formatValue(goal.target, goal)}
          {taken.length > 0 ? ` · In this session: ${taken.map((measurement) => formatValue(measurement.value, goal)).join(', ')}` : ''}
        </div>
      </div>
      <NumberField
        label={valueLabel(goal)}
        {...(goal.measure === 'rating' ? { minValue: RATING.min, maxValue: RATING.max, step: 1 } : {})}
        value={value}
        onChange={change}
        error={refusal.on('value')}
        className="rating-input"
      />
      <Button type="submit" isPending={create.isPending} className="rating-add">
        Add rating
      </Button>
    </form>
  )
}
