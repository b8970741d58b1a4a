import { useState } from 'react'
import {
  CADENCE_LABELS,
  CADENCES,
  PLANNED_SESSIONS,
  SESSION_MINUTES,
  type Cadence,
  type EngagementKind
} from '../../../electron/shared/engagements'
import { CheckboxField } from '../../components/CheckboxField'
import { Field } from '../../components/Field'
import { FormDialog } from '../../components/FormDialog'
import { NumberField } from '../../components/NumberField'
import { SelectField } from '../../components/SelectField'
import { notify } from '../../components/Toasts'
import { useRefusal } from '../../components/formErrors'
import { useCreateKind, useUpdateKind } from './queries'

/** The plan a new engagement of the kind starts with; null sessions is open-ended, null minutes not filled in yet. */
interface Plan {
  defaultPlannedSessions: number | null
  defaultCadence: Cadence
  defaultSessionMinutes: number | null
}

const planOf = ({ defaultPlannedSessions, defaultCadence, defaultSessionMinutes }: Plan): Plan => ({
  defaultPlannedSessions,
  defaultCadence,
  defaultSessionMinutes
})

/** What a new kind starts with; the same defaults the backend gives a kind when they are left out. */
const USUAL_PLAN: Record<'coaching' | 'mentoring', Plan> = {
  coaching: { defaultPlannedSessions: 6, defaultCadence: 'fortnightly', defaultSessionMinutes: 60 },
  mentoring: { defaultPlannedSessions: null, defaultCadence: 'as_needed', defaultSessionMinutes: 60 }
}

const samePlan = (a: Plan, b: Plan) =>
  a.defaultPlannedSessions === b.defaultPlannedSessions &&
  a.defaultCadence === b.defaultCadence &&
  a.defaultSessionMinutes === b.defaultSessionMinutes

/** Where a refusal is shown; one about anything else (whether it is mentoring) goes above the fields. */
const FIELDS = { fields: ['name', 'defaultPlannedSessions', 'defaultCadence', 'defaultSessionMinutes'] as const }

const CADENCE_OPTIONS = CADENCES.map((value) => ({ value, label: CADENCE_LABELS[value] }))

interface KindDialogProps {
  /** The coach's own kind to change; left out, the dialog adds a new one. */
  kind?: EngagementKind
  onSaved(kind: EngagementKind): void
  onCancel(): void
}

/**
 * Adds the coach's own kind of engagement, such as "Team coaching", or changes one.
 * Mount it to open it. Engagements already made keep the plan they started with.
 */
export function KindDialog({ kind, onSaved, onCancel }: KindDialogProps) {
  const create = useCreateKind()
  const update = useUpdateKind()
  const [name, setName] = useState(kind?.name ?? '')
  const [isMentoring, setIsMentoring] = useState(kind?.isMentoring ?? false)
  const [plan, setPlan] = useState<Plan>(kind ? planOf(kind) : USUAL_PLAN.coaching)
  const refusal = useRefusal(FIELDS)

  // Switching between coaching and mentoring brings that plan, unless the coach changed it.
  const chooseMentoring = (next: boolean) => {
    setIsMentoring(next)
    if (samePlan(plan, USUAL_PLAN[isMentoring ? 'mentoring' : 'coaching'])) {
      setPlan(USUAL_PLAN[next ? 'mentoring' : 'coaching'])
    }
  }
  const changePlan = (change: Partial<Plan>) => setPlan((current) => ({ ...current, ...change }))

  const callbacks = {
    onSuccess: (saved: EngagementKind) => {
      notify({ title: kind ? `${saved.name} saved` : `${saved.name} added to the kinds` })
      onSaved(saved)
    },
    onError: refusal.show
  }
  const save = () => {
    const { defaultSessionMinutes, ...rest } = plan
    if (defaultSessionMinutes === null) return refusal.showOn('defaultSessionMinutes', 'Enter the usual session length in minutes.')
    const fields = { name, isMentoring, defaultSessionMinutes, ...rest }
    if (kind) update.mutate({ ...fields, id: kind.id }, callbacks)
    else create.mutate(fields, callbacks)
  }

  return (
    <FormDialog
      isOpen
      title={kind ? 'Edit kind of engagement' : 'New kind of engagement'}
      submitLabel={kind ? 'Save kind' : 'Add kind'}
      error={refusal.general}
      isPending={create.isPending || update.isPending}
      onSubmit={save}
      onCancel={onCancel}
    >
      <Field
        label="Name"
        isRequired
        value={name}
        onChange={setName}
        error={refusal.on('name')}
        placeholder="e.g. Team coaching"
      />
      <div className="field">
        <CheckboxField label="Mentoring relationship" isSelected={isMentoring} onChange={chooseMentoring} />
        <span className="field-description">
          Mentoring is open-ended: meetings as needed, no set number of sessions. Coaching follows a plan of sessions
          on a cadence.
        </span>
      </div>
      <NumberField
        label="Usual number of sessions"
        value={plan.defaultPlannedSessions}
        onChange={(defaultPlannedSessions) => changePlan({ defaultPlannedSessions })}
        minValue={PLANNED_SESSIONS.min}
        maxValue={PLANNED_SESSIONS.max}
        error={refusal.on('defaultPlannedSessions')}
        description="Empty: open-ended."
      />
      <SelectField<Cadence>
        label="Usual cadence"
        options={CADENCE_OPTIONS}
        value={plan.defaultCadence}
        onChange={(defaultCadence) => changePlan({ defaultCadence })}
        error={refusal.on('defaultCadence')}
      />
      <NumberField
        label="Usual session length (minutes)"
        value={plan.defaultSessionMinutes}
        onChange={(defaultSessionMinutes) => changePlan({ defaultSessionMinutes })}
        minValue={SESSION_MINUTES.min}
        maxValue={SESSION_MINUTES.max}
        isRequired
        error={refusal.on('defaultSessionMinutes')}
      />
      <p className="field-description">
        {kind
          ? 'A new engagement of this kind starts with this plan. Engagements already made keep theirs.'
          : 'A new engagement of this kind starts with this plan; you can change it in each contract.'}
      </p>
    </FormDialog>
  )
}
