import { useForm, useWatch } from 'react-hook-form'
import { assessmentContract, INSTRUMENT_LABELS, instrumentOf, INSTRUMENTS, type AssessmentOverview, type AssessmentResult } from '../../../electron/shared/assessment'
import { contractResolver } from '../../components/contractForm'
import { type FormFieldMap } from '../../components/formErrors'
import { CheckboxControl, DateControl, SelectControl, TextControl } from '../../components/controlled'
import { formatDate, todayIso } from '../../lib/format'
import { InlineEditor, type EditorSlot } from './InlineEditor'
import { EvidenceLoss, ItemCard, NoteText } from './ItemCard'
import { anchorOf, citedBy } from './labels'
import { useCreateResult, useDeleteResult, useUpdateResult } from './queries'
import { emptyRow, rowProblems, rowsOf, scoresOf, type ResultValues } from './resultForm'
import { Attachments } from '../attachments/Attachments'
import { ScoreTable, ScoreTableEditor } from './ScoreTable'
import { SectionHeader } from './SectionHeader'
import { countOf, noun } from '../../../electron/shared/words'

const FIELDS: FormFieldMap<ResultValues> = {
  fields: ['instrument', 'instrumentName', 'takenOn', 'interpretation', 'shareable'],
  rename: { scores: 'rows' }
}

function toFields(values: ResultValues) {
  const { rows, ...fields } = values
  return { ...fields, scores: scoresOf(rows) }
}

/** Instruments and their results: 360° feedback by rater group, psychometrics, values. */
export function Results({ overview, slot }: { overview: AssessmentOverview; slot: EditorSlot }) {
  const remove = useDeleteResult()
  const results = overview.results
  return (
    <section className="assessment-section" aria-labelledby="results-heading">
      <SectionHeader id="results-heading" title="Assessment results" addLabel="Add result" slot={slot} />
      {slot.open === 'new' ? <ResultEditor engagementId={overview.engagementId} onClose={slot.close} /> : null}
      {results.length === 0 && slot.open !== 'new' ? (
        <p className="muted section-empty">
          No results yet. Record 360° feedback by rater group, or a psychometric such as DiSC, MBTI or EQ-i, with your
          interpretation.
        </p>
      ) : null}
      {results.map((result) =>
        slot.open === result.id ? (
          <ResultEditor key={result.id} engagementId={overview.engagementId} result={result} onClose={slot.close} />
        ) : (
          <ItemCard
            key={result.id}
            anchor={anchorOf({ kind: 'result', id: result.id })}
            title={instrumentOf(result)}
            name={`${instrumentOf(result)} result of ${formatDate(result.takenOn)}`}
            meta={formatDate(result.takenOn)}
            shareable={result.shareable}
            isEditDisabled={slot.busy}
            onEdit={() => slot.edit(result.id)}
            deletion={{
              title: `Delete the ${instrumentOf(result)} result of ${formatDate(result.takenOn)}?`,
              confirmLabel: 'Delete result',
              body: (
                <>
                  <p>
                    {result.scores.length === 0
                      ? 'Your interpretation goes with it.'
                      : `Its ${countOf(result.scores.length, noun('score'))} and your interpretation go with it.`}
                  </p>
                  <EvidenceLoss citedBy={citedBy(overview, { kind: 'result', id: result.id })} />
                </>
              ),
              done: 'Result deleted',
              run: () => remove.mutateAsync({ id: result.id })
            }}
          >
            {result.scores.length > 0 ? <ScoreTable scores={result.scores} /> : null}
            <NoteText label="Interpretation" text={result.interpretation} />
            <Attachments on={{ kind: 'result', id: result.id }} inCard />
          </ItemCard>
        )
      )}
    </section>
  )
}

function ResultEditor({ engagementId, result, onClose }: { engagementId: number; result?: AssessmentResult; onClose(): void }) {
  const create = useCreateResult()
  const update = useUpdateResult()
  const form = useForm<ResultValues>({
    defaultValues: {
      instrument: result?.instrument ?? '360_feedback',
      instrumentName: result?.instrumentName ?? '',
      takenOn: result?.takenOn ?? todayIso(),
      rows: result && result.scores.length > 0 ? rowsOf(result.scores) : [emptyRow()],
      interpretation: result?.interpretation ?? '',
      shareable: result?.shareable ?? false
    },
    resolver: contractResolver({
      schema: result ? assessmentContract['assessment:updateResult'].input : assessmentContract['assessment:createResult'].input,
      toInput: (values) => (result ? { ...toFields(values), id: result.id } : { ...toFields(values), engagementId }),
      map: FIELDS,
      check: (values) => rowProblems(values.rows)
    }),
    mode: 'onTouched'
  })
  const { control, formState } = form
  const instrument = useWatch({ control, name: 'instrument' })

  return (
    <InlineEditor
      title={result ? 'Edit result' : 'New result'}
      submitLabel="Save result"
      form={form}
      persist={(values) => (result ? update.mutateAsync({ ...toFields(values), id: result.id }) : create.mutateAsync({ ...toFields(values), engagementId }))}
      saved={result ? 'Result saved' : 'Result added'}
      fields={FIELDS}
      onClose={onClose}
    >
      <div className="editor-row">
        <SelectControl
          control={control}
          name="instrument"
          label="Instrument"
          options={INSTRUMENTS.map((value) => ({ value, label: INSTRUMENT_LABELS[value] }))}
        />
        <TextControl
          control={control}
          name="instrumentName"
          label="Instrument name"
          isRequired={instrument === 'other'}
          placeholder={instrument === 'other' ? 'e.g. Hogan HPI' : 'Optional, e.g. Leadership Circle'}
        />
        <DateControl control={control} name="takenOn" label="Date" isRequired />
      </div>
      <ScoreTableEditor control={control} error={formState.errors.rows?.message} />
      <TextControl
        control={control}
        name="interpretation"
        label="Your interpretation"
        multiline
        rows={6}
        description="What the results say about the client, in your words."
      />
      <CheckboxControl control={control} name="shareable" label="Shareable with client and sponsor" />
    </InlineEditor>
  )
}
