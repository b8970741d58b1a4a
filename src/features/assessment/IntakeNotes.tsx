import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { startingText, type Template } from '../../../electron/shared/templates'
import { TemplatePicker } from '../templates/TemplatePicker'
import { assessmentContract, type AssessmentOverview, type IntakeNote } from '../../../electron/shared/assessment'
import { contractResolver } from '../../components/contractForm'
import { type FormFieldMap } from '../../components/formErrors'
import { CheckboxControl, DateControl, TextControl } from '../../components/controlled'
import { formatDate, todayIso } from '../../lib/format'
import { InlineEditor, type EditorSlot } from './InlineEditor'
import { EvidenceLoss, ItemCard, NoteText } from './ItemCard'
import { anchorOf, citedBy } from './labels'
import { useCreateIntakeNote, useDeleteIntakeNote, useUpdateIntakeNote } from './queries'
import { SectionHeader } from './SectionHeader'

interface IntakeValues {
  notedOn: string
  whatBrought: string
  context: string
  hopes: string
  shareable: boolean
}

const FIELDS: FormFieldMap<IntakeValues> = { fields: ['notedOn', 'whatBrought', 'context', 'hopes', 'shareable'] }

/** The first conversation: what brought the client, their context, their hopes. */
export function IntakeNotes({ overview, slot }: { overview: AssessmentOverview; slot: EditorSlot }) {
  const remove = useDeleteIntakeNote()
  const notes = overview.intakeNotes
  return (
    <section className="assessment-section" aria-labelledby="intake-heading">
      <SectionHeader id="intake-heading" title="Intake notes" addLabel="Add intake note" slot={slot} />
      {slot.open === 'new' ? <IntakeEditor engagementId={overview.engagementId} onClose={slot.close} /> : null}
      {notes.length === 0 && slot.open !== 'new' ? (
        <p className="muted section-empty">
          No intake notes yet. After the first conversation, note what brought the client, their context and what they
          hope for.
        </p>
      ) : null}
      {notes.map((note) =>
        slot.open === note.id ? (
          <IntakeEditor key={note.id} engagementId={overview.engagementId} note={note} onClose={slot.close} />
        ) : (
          <ItemCard
            key={note.id}
            anchor={anchorOf({ kind: 'intake_note', id: note.id })}
            title={`Intake note, ${formatDate(note.notedOn)}`}
            name={`intake note of ${formatDate(note.notedOn)}`}
            shareable={note.shareable}
            isEditDisabled={slot.busy}
            onEdit={() => slot.edit(note.id)}
            deletion={{
              title: `Delete the intake note of ${formatDate(note.notedOn)}?`,
              confirmLabel: 'Delete intake note',
              body: <EvidenceLoss citedBy={citedBy(overview, { kind: 'intake_note', id: note.id })} />,
              done: 'Intake note deleted',
              run: () => remove.mutateAsync({ id: note.id })
            }}
          >
            <NoteText label="What brought the client" text={note.whatBrought} />
            <NoteText label="Context" text={note.context} />
            <NoteText label="Hopes" text={note.hopes} />
          </ItemCard>
        )
      )}
    </section>
  )
}

function IntakeEditor({ engagementId, note, onClose }: { engagementId: number; note?: IntakeNote; onClose(): void }) {
  const create = useCreateIntakeNote()
  const update = useUpdateIntakeNote()
  const form = useForm<IntakeValues>({
    defaultValues: {
      notedOn: note?.notedOn ?? todayIso(),
      whatBrought: note?.whatBrought ?? '',
      context: note?.context ?? '',
      hopes: note?.hopes ?? '',
      shareable: note?.shareable ?? false
    },
    resolver: contractResolver({
      schema: note ? assessmentContract['assessment:updateIntakeNote'].input : assessmentContract['assessment:createIntakeNote'].input,
      toInput: (values) => (note ? { ...values, id: note.id } : { ...values, engagementId }),
      map: FIELDS
    }),
    mode: 'onTouched'
  })
  const { control } = form
  const [template, setTemplate] = useState<Template | null>(null)
  // A template's sections go into the Context, the free-form part of the note, after what is typed there already.
  const startFrom = (chosen: Template | null) => {
    setTemplate(chosen)
    if (!chosen) return
    const typed = form.getValues('context').trim()
    form.setValue('context', [typed, startingText(chosen.sections)].filter(Boolean).join('\n\n'), { shouldDirty: true })
  }

  return (
    <InlineEditor
      title={note ? 'Edit intake note' : 'New intake note'}
      submitLabel="Save intake note"
      form={form}
      persist={(values) => (note ? update.mutateAsync({ ...values, id: note.id }) : create.mutateAsync({ ...values, engagementId }))}
      saved={note ? 'Intake note saved' : 'Intake note added'}
      fields={FIELDS}
      onClose={onClose}
    >
      <TextControl control={control} name="whatBrought" label="What brought the client" multiline rows={4} />
      <TextControl control={control} name="context" label="Context" multiline rows={4} description="Their role, organisation, what is going on around them." />
      <TextControl control={control} name="hopes" label="Hopes" multiline rows={3} description="What they hope to get from working together." />
      {/* After the fields, so the note still opens with the focus in the first of them. */}
      {note ? null : <TemplatePicker kind="intake" value={template} onChange={startFrom} />}
      <div className="editor-row">
        <DateControl control={control} name="notedOn" label="Date" isRequired />
        <CheckboxControl control={control} name="shareable" label="Shareable with client and sponsor" />
      </div>
    </InlineEditor>
  )
}
