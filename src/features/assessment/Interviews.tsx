import { useForm } from 'react-hook-form'
import { assessmentContract, type AssessmentOverview, type Interview } from '../../../electron/shared/assessment'
import { contractResolver } from '../../components/contractForm'
import { type FormFieldMap } from '../../components/formErrors'
import { CheckboxControl, DateControl, TextControl } from '../../components/controlled'
import { formatDate, todayIso } from '../../lib/format'
import { InlineEditor, type EditorSlot } from './InlineEditor'
import { EvidenceLoss, ItemCard, NoteText } from './ItemCard'
import { anchorOf, citedBy } from './labels'
import { useCreateInterview, useDeleteInterview, useUpdateInterview } from './queries'
import { SectionHeader } from './SectionHeader'

interface InterviewValues {
  stakeholderName: string
  relationship: string
  interviewedOn: string
  notes: string
  shareable: boolean
}

const FIELDS: FormFieldMap<InterviewValues> = { fields: ['stakeholderName', 'relationship', 'interviewedOn', 'notes', 'shareable'] }

/** What the people around the client said: manager, peers, direct reports. */
export function Interviews({ overview, slot }: { overview: AssessmentOverview; slot: EditorSlot }) {
  const remove = useDeleteInterview()
  const interviews = overview.interviews
  return (
    <section className="assessment-section" aria-labelledby="interviews-heading">
      <SectionHeader id="interviews-heading" title="Stakeholder interviews" addLabel="Add interview" slot={slot} />
      {slot.open === 'new' ? <InterviewEditor engagementId={overview.engagementId} onClose={slot.close} /> : null}
      {interviews.length === 0 && slot.open !== 'new' ? (
        <p className="muted section-empty">
          No interviews yet. Talking to the client's manager, peers or direct reports shows how others see them: add
          each conversation here.
        </p>
      ) : null}
      {interviews.map((interview) =>
        slot.open === interview.id ? (
          <InterviewEditor key={interview.id} engagementId={overview.engagementId} interview={interview} onClose={slot.close} />
        ) : (
          <ItemCard
            key={interview.id}
            anchor={anchorOf({ kind: 'interview', id: interview.id })}
            title={interview.stakeholderName}
            name={`interview with ${interview.stakeholderName}`}
            meta={[interview.relationship, formatDate(interview.interviewedOn)].filter(Boolean).join(' · ')}
            shareable={interview.shareable}
            isEditDisabled={slot.busy}
            onEdit={() => slot.edit(interview.id)}
            deletion={{
              title: `Delete the interview with ${interview.stakeholderName}?`,
              confirmLabel: 'Delete interview',
              body: <EvidenceLoss citedBy={citedBy(overview, { kind: 'interview', id: interview.id })} />,
              done: 'Interview deleted',
              run: () => remove.mutateAsync({ id: interview.id })
            }}
          >
            {interview.notes ? <NoteText text={interview.notes} /> : <p className="muted">No notes.</p>}
          </ItemCard>
        )
      )}
    </section>
  )
}

function InterviewEditor({ engagementId, interview, onClose }: { engagementId: number; interview?: Interview; onClose(): void }) {
  const create = useCreateInterview()
  const update = useUpdateInterview()
  const form = useForm<InterviewValues>({
    defaultValues: {
      stakeholderName: interview?.stakeholderName ?? '',
      relationship: interview?.relationship ?? '',
      interviewedOn: interview?.interviewedOn ?? todayIso(),
      notes: interview?.notes ?? '',
      shareable: interview?.shareable ?? false
    },
    resolver: contractResolver({
      schema: interview
        ? assessmentContract['assessment:updateInterview'].input
        : assessmentContract['assessment:createInterview'].input,
      toInput: (values) => (interview ? { ...values, id: interview.id } : { ...values, engagementId }),
      map: FIELDS
    }),
    mode: 'onTouched'
  })
  const { control } = form

  return (
    <InlineEditor
      title={interview ? 'Edit interview' : 'New interview'}
      submitLabel="Save interview"
      form={form}
      persist={(values) => (interview ? update.mutateAsync({ ...values, id: interview.id }) : create.mutateAsync({ ...values, engagementId }))}
      saved={interview ? 'Interview saved' : 'Interview added'}
      fields={FIELDS}
      onClose={onClose}
    >
      <div className="editor-row">
        <TextControl control={control} name="stakeholderName" label="Name" isRequired />
        <TextControl control={control} name="relationship" label="Relationship" placeholder="e.g. Manager, peer, board member" />
        <DateControl control={control} name="interviewedOn" label="Date" isRequired />
      </div>
      <TextControl control={control} name="notes" label="Notes" multiline rows={6} />
      <CheckboxControl control={control} name="shareable" label="Shareable with client and sponsor" />
    </InlineEditor>
  )
}
