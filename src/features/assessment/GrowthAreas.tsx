import { Controller, useForm } from 'react-hook-form'
import { CheckboxGroup, FieldError, Label, Text } from 'react-aria-components'
import { assessmentContract, type AssessmentOverview, type EvidenceKind, type GrowthArea } from '../../../electron/shared/assessment'
import { Button } from '../../components/Button'
import { CheckboxField } from '../../components/CheckboxField'
import { contractResolver } from '../../components/contractForm'
import { type FormFieldMap } from '../../components/formErrors'
import { CheckboxControl, TextControl } from '../../components/controlled'
import { InlineEditor, type EditorSlot } from './InlineEditor'
import { ItemCard, NoteText } from './ItemCard'
import { anchorOf, evidenceChoices, type EvidenceRef } from './labels'
import { useCreateGrowthArea, useDeleteGrowthArea, useUpdateGrowthArea } from './queries'
import { SectionHeader } from './SectionHeader'
import { UNDO_BRINGS_IT_BACK } from '../undo/words'

interface GrowthAreaValues {
  title: string
  description: string
  agreedWithClient: boolean
  /** Checkbox values, "kind:id". */
  evidence: string[]
}

const FIELDS: FormFieldMap<GrowthAreaValues> = { fields: ['title', 'description', 'agreedWithClient', 'evidence'] }

const keyOf = (ref: EvidenceRef) => `${ref.kind}:${ref.id}`

function refOf(key: string): EvidenceRef {
  const [kind, id] = key.split(':')
  return { kind: kind as EvidenceKind, id: Number(id) }
}

function toFields(values: GrowthAreaValues) {
  return { ...values, evidence: values.evidence.map(refOf) }
}

/** Brings the cited note, interview or result into view and puts focus on it. */
function showEvidence(ref: EvidenceRef): void {
  const target = document.getElementById(anchorOf(ref))
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' })
  target?.focus({ preventScroll: true })
}

/** What the client will work on, agreed together and traced to the evidence. */
export function GrowthAreas({ overview, slot }: { overview: AssessmentOverview; slot: EditorSlot }) {
  const remove = useDeleteGrowthArea()
  const areas = overview.growthAreas
  const labels = new Map(evidenceChoices(overview).map((choice) => [keyOf(choice), choice.label]))
  return (
    <section className="assessment-section" aria-labelledby="growth-heading">
      <SectionHeader id="growth-heading" title="Growth areas" addLabel="Add growth area" slot={slot} />
      {slot.open === 'new' ? <GrowthAreaEditor overview={overview} onClose={slot.close} /> : null}
      {areas.length === 0 && slot.open !== 'new' ? (
        <p className="muted section-empty">
          No growth areas yet. Name what the client wants to develop, agree it with them, and link the notes and
          results it came from. Goals are built on these.
        </p>
      ) : null}
      {areas.map((area) =>
        slot.open === area.id ? (
          <GrowthAreaEditor key={area.id} overview={overview} area={area} onClose={slot.close} />
        ) : (
          <ItemCard
            key={area.id}
            title={area.title}
            name={`growth area ${area.title}`}
            badges={
              area.agreedWithClient ? (
                <span className="shareable-badge">Agreed with client</span>
              ) : (
                <span className="private-badge">Not yet agreed</span>
              )
            }
            isEditDisabled={slot.busy}
            onEdit={() => slot.edit(area.id)}
            deletion={{
              title: `Delete the growth area “${area.title}”?`,
              confirmLabel: 'Delete growth area',
              body: (
                <p>
                  Its description and links to evidence go with it; the notes, interviews and results stay. Goals built
                  on it are kept, no longer linked to a growth area. {UNDO_BRINGS_IT_BACK}
                </p>
              ),
              done: 'Growth area deleted',
              run: () => remove.mutateAsync({ id: area.id })
            }}
          >
            <NoteText text={area.description} />
            {area.evidence.length > 0 ? (
              <div className="evidence-links">
                <span className="note-label">Evidence</span>
                <ul aria-label={`Evidence for ${area.title}`}>
                  {area.evidence.map((ref) => (
                    <li key={keyOf(ref)}>
                      <Button variant="quiet" className="evidence-link" onPress={() => showEvidence(ref)}>
                        {labels.get(keyOf(ref)) ?? 'Evidence no longer here'}
                      </Button>
                    </li>
                  ))}
                </ul>
              </div>
            ) : (
              <p className="muted">No evidence linked.</p>
            )}
          </ItemCard>
        )
      )}
    </section>
  )
}

function GrowthAreaEditor({ overview, area, onClose }: { overview: AssessmentOverview; area?: GrowthArea; onClose(): void }) {
  const engagementId = overview.engagementId
  const create = useCreateGrowthArea()
  const update = useUpdateGrowthArea()
  const choices = evidenceChoices(overview)
  const form = useForm<GrowthAreaValues>({
    defaultValues: {
      title: area?.title ?? '',
      description: area?.description ?? '',
      agreedWithClient: area?.agreedWithClient ?? false,
      evidence: area?.evidence.map(keyOf) ?? []
    },
    resolver: contractResolver({
      schema: area
        ? assessmentContract['assessment:updateGrowthArea'].input
        : assessmentContract['assessment:createGrowthArea'].input,
      toInput: (values) => (area ? { ...toFields(values), id: area.id } : { ...toFields(values), engagementId }),
      map: FIELDS
    }),
    mode: 'onTouched'
  })
  const { control } = form

  return (
    <InlineEditor
      title={area ? 'Edit growth area' : 'New growth area'}
      submitLabel="Save growth area"
      form={form}
      persist={(values) => (area ? update.mutateAsync({ ...toFields(values), id: area.id }) : create.mutateAsync({ ...toFields(values), engagementId }))}
      saved={area ? 'Growth area saved' : 'Growth area added'}
      fields={FIELDS}
      onClose={onClose}
    >
      <TextControl control={control} name="title" label="Title" isRequired placeholder="e.g. Delegating" />
      <TextControl control={control} name="description" label="Description" multiline rows={4} />
      <CheckboxControl control={control} name="agreedWithClient" label="Agreed with the client" />
      <Controller
        control={control}
        name="evidence"
        render={({ field, fieldState }) => (
          <CheckboxGroup
            className="field evidence-picker"
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            isInvalid={Boolean(fieldState.error)}
          >
            <Label>Evidence</Label>
            {choices.length === 0 ? (
              <Text slot="description">Add intake notes, interviews or results above to cite them here.</Text>
            ) : (
              <>
                <Text slot="description">The notes, interviews and results this growth area came from.</Text>
                {choices.map((choice) => (
                  <CheckboxField key={keyOf(choice)} value={keyOf(choice)} label={choice.label} />
                ))}
              </>
            )}
            <FieldError>{fieldState.error?.message}</FieldError>
          </CheckboxGroup>
        )}
      />
    </InlineEditor>
  )
}
