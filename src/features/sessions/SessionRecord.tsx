import { CancelledLateToggle } from '../fees/CancelledLateToggle'
import { useState, type FormEvent } from 'react'
import { useForm, useWatch, type Control } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { Link, useNavigate, useOutletContext, useParams } from 'react-router'
import { ExportToCalendarButton } from '../calendar/ExportToCalendar'
import { CopyLinkButton } from '../links/RecordLinks'
import type { z } from 'zod'
import type { Engagement } from '../../../electron/shared/engagements'
import { BILLING, BILLING_LABELS, SESSION_FORMAT_LABELS, SESSION_FORMATS, SESSION_STATUS_WORDS, SESSION_STATUSES, sessionsContract, type Session } from '../../../electron/shared/sessions'
import type { PrivacyMark } from '../../../electron/shared/reviews'
import { Button } from '../../components/Button'
import { CheckboxControl, DateTimeControl, NumberControl, SelectControl, TextControl } from '../../components/controlled'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { FormError } from '../../components/FormError'
import { SaveButton } from '../../components/FormPane'
import { EmptyState } from '../../components/EmptyState'
import { ShareableBadge } from '../../components/ShareableBadge'
import { notify } from '../../components/Toasts'
import { showServerError } from '../../components/formErrors'
import { useDiscardGuard } from '../../components/useDiscardGuard'
import { cancelOnEscape } from '../../components/cancelOnEscape'
import { messageOf } from '../../lib/api'
import { formatDateTime } from '../../lib/format'
import { useCommands } from '../../app/commands/registry'
import { useGoals } from '../goals/queries'
import { CommitmentsReview, NewCommitments } from './CommitmentsReview'
import { Introductions } from './Introductions'
import { capitalised, pluralNoun, sessionNounOf, sessionNumberLabel, START_MESSAGE } from './labels'
import { Attachments } from '../attachments/Attachments'
import { RecordHistory } from '../changes/RecordHistory'
import { ProgressRatings } from './ProgressRatings'
import { useDeleteSession, useSession, useUpdateSession } from './queries'
import './sessions.css'

const schema = sessionsContract['sessions:update'].input
export type SessionFormValues = z.input<typeof schema>
type Parsed = z.output<typeof schema>

const FIELDS = [
  'startsAt',
  'durationMinutes',
  'format',
  'billing',
  'status',
  'agenda',
  'notes',
  'notesShareable',
  'privateObservations',
  'nextFocus',
  'topicsDiscussed',
  'adviceGiven'
] as const

function valuesOf(session: Session): SessionFormValues {
  return {
    id: session.id,
    startsAt: session.startsAt,
    durationMinutes: session.durationMinutes,
    format: session.format,
    billing: session.billing,
    status: session.status,
    agenda: session.agenda,
    notes: session.notes,
    notesShareable: session.notesShareable,
    privateObservations: session.privateObservations,
    nextFocus: session.nextFocus,
    topicsDiscussed: session.topicsDiscussed,
    adviceGiven: session.adviceGiven,
    introductions: session.introductions.map(({ introducedTo, reason, outcome }) => ({ introducedTo, reason, outcome }))
  }
}

/** /engagements/:id/sessions/:sessionId — one session's record, written during or after it. */
export function SessionRecord() {
  const engagement = useOutletContext<Engagement>()
  const sessionId = Number(useParams().sessionId)
  const session = useSession(engagement.id, sessionId)

  if (session.isPending) return <section className="session-record" aria-busy="true" aria-label="Session record" />
  if (session.isError) {
    return (
      <section className="session-record" aria-label="Session record">
        <EmptyState
          title={`This ${sessionNounOf(engagement)} could not be shown`}
          action={<Link to={`/engagements/${engagement.id}/sessions`}>All {pluralNoun(sessionNounOf(engagement))}</Link>}
        >
          {messageOf(session.error)}
        </EmptyState>
      </section>
    )
  }
  return <SessionEditor key={session.data.id} engagement={engagement} session={session.data} />
}

function SessionEditor({ engagement, session }: { engagement: Engagement; session: Session }) {
  const navigate = useNavigate()
  const update = useUpdateSession()
  const remove = useDeleteSession()
  const goals = useGoals(engagement.id)
  const [confirmingDelete, setConfirmingDelete] = useState(false)
  const form = useForm<SessionFormValues, unknown, Parsed>({ defaultValues: valuesOf(session), resolver: zodResolver(schema), mode: 'onTouched' })
  const { control, formState, handleSubmit, setError, reset } = form
  const isDirty = formState.isDirty
  const noun = sessionNounOf(engagement)
  const mentoring = engagement.kind.isMentoring
  const listPath = `/engagements/${engagement.id}/sessions`
  const goalItems = goals.data?.items ?? []

  // Deleting discards whatever is unsaved: the guard stands down while it happens.
  const [deleting, setDeleting] = useState(false)
  const guard = useDiscardGuard(isDirty && !deleting)

  const save = handleSubmit(async (fields) => {
    try {
      const saved = await update.mutateAsync(fields)
      reset(valuesOf(saved))
      notify({ title: `${capitalised(noun)} saved` })
    } catch (error) {
      showServerError(setError, error, { fields: FIELDS })
    }
  })
  const submit = (event: FormEvent) => void save(event)

  useCommands({ 'record.save': () => void save() })

  // Esc leaves the record (asking first if something is unsaved).
  const onKeyDown = cancelOnEscape(() => void navigate(listPath))

  // Awaited rather than mutate's callbacks: this screen may be gone once the lists refresh.
  const onDelete = async () => {
    setConfirmingDelete(false)
    setDeleting(true)
    try {
      await remove.mutateAsync({ id: session.id })
      notify({ title: `${capitalised(noun)} deleted` })
      void navigate(listPath)
    } catch (error) {
      setDeleting(false)
      notify({ title: 'Not deleted', description: messageOf(error) })
    }
  }

  const title = sessionNumberLabel(session, noun) ?? `${SESSION_STATUS_WORDS[session.status].label} ${noun}`
  const commitmentProps = { engagementId: engagement.id, sessionId: session.id, startsAt: session.startsAt, goals: goalItems, noun }

  return (
    <section className="session-record" aria-labelledby="session-title" onKeyDown={onKeyDown}>
      <header className="session-record-header">
        <div>
          <p className="breadcrumb">
            <Link to={listPath}>All {pluralNoun(noun)}</Link>
          </p>
          <h2 id="session-title">{title}</h2>
          <p className="muted">
            {formatDateTime(session.startsAt)} · {session.durationMinutes} min · {SESSION_FORMAT_LABELS[session.format]} · {BILLING_LABELS[session.billing]}
          </p>
        </div>
        <div className="toolbar">
          {isDirty ? <span className="muted session-unsaved">Unsaved changes</span> : null}
          <CopyLinkButton kind="session" id={session.id} />
          <ExportToCalendarButton target={{ sessionId: session.id }} label="Export to calendar…" />
          <Button variant="danger" onPress={() => setConfirmingDelete(true)}>
            Delete {noun}…
          </Button>
          <SaveButton onPress={() => void save()} isPending={formState.isSubmitting}>
            Save {noun}
          </SaveButton>
        </div>
      </header>

      <FormError message={formState.errors.root?.message} />

      {/* The record's own fields are saved together with "Save"; the sections between the
          forms (commitments, ratings) save each change at once. */}
      <form className="session-form" noValidate onSubmit={submit} aria-label="When and how">
        <WhenAndHow control={control} />
        <TextArea control={control} name="agenda" label={mentoring ? 'Agenda' : 'Agenda and focus'} rows={3} description={`What the client wants from this ${noun}.`} />
        {mentoring ? <TextArea control={control} name="topicsDiscussed" label="Topics discussed" rows={4} /> : null}
      </form>

      {session.status === 'cancelled' ? <CancelledLateToggle engagementId={engagement.id} sessionId={session.id} /> : null}

      <CommitmentsReview {...commitmentProps} />

      <form className="session-form" noValidate onSubmit={submit} aria-label="Notes">
        <NotesSection control={control} />
        {mentoring ? (
          <>
            <TextArea control={control} name="adviceGiven" label="Advice given" rows={4} />
            <Introductions control={control} />
          </>
        ) : null}
      </form>

      <NewCommitments {...commitmentProps} />
      <ProgressRatings goals={goalItems} sessionId={session.id} startsAt={session.startsAt} />

      <form className="session-form" noValidate onSubmit={submit} aria-label="Next focus">
        <TextArea control={control} name="nextFocus" label="Next focus" rows={3} description={`Where to start the next ${noun}.`} />
      </form>

      <Attachments on={{ kind: 'session', id: session.id }} />

      <RecordHistory table="sessions" id={session.id} noun={noun} />

      <ConfirmDialog
        isOpen={confirmingDelete}
        title={`Delete this ${noun} for good?`}
        confirmLabel="Delete permanently"
        destructive
        onConfirm={() => void onDelete()}
        onCancel={() => setConfirmingDelete(false)}
      >
        <p>
          Its record, notes and private observations will be erased. Commitments agreed and ratings taken in it stay, no longer linked to it.
        </p>
        <p>
          If it did not take place, set its status to {SESSION_STATUS_WORDS.cancelled.label} or {SESSION_STATUS_WORDS.no_show.label} instead: it then
          stays on the record.
        </p>
      </ConfirmDialog>

      {guard.dialog}
    </section>
  )
}

function WhenAndHow({ control }: { control: Control<SessionFormValues> }) {
  return (
    <div className="session-when">
      <DateTimeControl
        control={control}
        name="startsAt"
        label="Date and time"
        isRequired
        description="In your time zone."
        className="session-when-start"
        errorMessage={START_MESSAGE}
      />
      <NumberControl control={control} name="durationMinutes" label="Duration (minutes)" minValue={1} />
      <SelectControl control={control} name="format" label="Format" options={SESSION_FORMATS.map((value) => ({ value, label: SESSION_FORMAT_LABELS[value] }))} />
      <SelectControl control={control} name="billing" label="Billing" options={BILLING.map((value) => ({ value, label: BILLING_LABELS[value] }))} />
      <SelectControl
        control={control}
        name="status"
        label="Status"
        options={SESSION_STATUSES.map((value) => ({ value, label: SESSION_STATUS_WORDS[value].label }))}
      />
    </div>
  )
}

/** The session notes, private unless the coach marks them shareable, and the always-private observations. */
function NotesSection({ control }: { control: Control<SessionFormValues> }) {
  const shareable = useWatch({ control, name: 'notesShareable' })
  return (
    <>
      <div className="session-notes">
        <TextArea
          control={control}
          name="notes"
          label="Notes and insights"
          rows={10}
          description={shareable ? 'Shareable: these notes can appear in the client and sponsor summaries.' : 'Private to you unless you mark them shareable.'}
          badge={shareable ? 'shareable' : 'private'}
        />
        <CheckboxControl control={control} name="notesShareable" label="Shareable with client and sponsor" />
      </div>
      <TextArea
        control={control}
        name="privateObservations"
        label="Private observations"
        rows={5}
        description="Always private: never shared, never in any summary."
        badge="private"
      />
    </>
  )
}

type TextName = 'agenda' | 'notes' | 'privateObservations' | 'nextFocus' | 'topicsDiscussed' | 'adviceGiven'

function TextArea({
  control,
  name,
  label,
  rows,
  description,
  badge
}: {
  control: Control<SessionFormValues>
  name: TextName
  label: string
  rows: number
  description?: string
  badge?: PrivacyMark
}) {
  return (
    <div className="session-text">
      {badge ? (
        <span className="session-badge">
          <ShareableBadge mark={badge} />
        </span>
      ) : null}
      <TextControl control={control} name={name} label={label} multiline rows={rows} description={description} />
    </div>
  )
}
