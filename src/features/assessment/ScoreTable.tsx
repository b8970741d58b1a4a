import { Controller, useFieldArray, type Control } from 'react-hook-form'
import { FieldError, Input, NumberField as AriaNumberField, TextField } from 'react-aria-components'
import { RATER_GROUP_LABELS, RATER_GROUPS, scoreMatrix, type Score } from '../../../electron/shared/assessment'
import { Button } from '../../components/Button'
import { emptyRow, type ResultValues } from './resultForm'
import { formatNumber } from '../../lib/format'


/** Competencies down, rater groups across; only the groups that gave scores. The PDFs print the same matrix. */
export function ScoreTable({ scores }: { scores: Score[] }) {
  const { groups, rows } = scoreMatrix(scores)
  return (
    <table className="data-table score-table">
      <caption className="visually-hidden">Scores</caption>
      <thead>
        <tr>
          <th scope="col">Competency</th>
          {groups.map((group) => (
            <th key={group} scope="col" className="score">
              {RATER_GROUP_LABELS[group]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.competency}>
            <th scope="row">{row.competency}</th>
            {row.scores.map((score, column) => (
              <td key={groups[column]} className="score">
                {score === null ? <span className="muted">—</span> : formatNumber(score)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The score table as a grid of inputs; Tab moves along a row, as in a spreadsheet. */
export function ScoreTableEditor({ control, error }: { control: Control<ResultValues>; error?: string }) {
  const { fields, append, remove } = useFieldArray({ control, name: 'rows' })

  return (
    <fieldset className="score-editor">
      <legend>Scores</legend>
      <p className="score-hint">One row per competency; leave a cell empty where a rater group gave no score.</p>
      <div className="score-scroll">
        <table className="data-table score-table editing">
          <thead>
            <tr>
              <th scope="col">Competency</th>
              {RATER_GROUPS.map((group) => (
                <th key={group} scope="col" className="score">
                  {RATER_GROUP_LABELS[group]}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field, index) => (
              <tr key={field.id}>
                <td>
                  <Controller
                    control={control}
                    name={`rows.${index}.competency`}
                    render={({ field: cell, fieldState }) => (
                      <TextField
                        aria-label={`Competency, row ${index + 1}`}
                        className="field score-name"
                        value={cell.value}
                        onChange={cell.onChange}
                        onBlur={cell.onBlur}
                        isInvalid={Boolean(fieldState.error)}
                      >
                        <Input ref={cell.ref} placeholder="e.g. Listening" />
                        <FieldError>{fieldState.error?.message}</FieldError>
                      </TextField>
                    )}
                  />
                </td>
                {RATER_GROUPS.map((group) => (
                  <td key={group} className="score">
                    <Controller
                      control={control}
                      name={`rows.${index}.${group}`}
                      render={({ field: cell }) => (
                        <AriaNumberField
                          aria-label={`${RATER_GROUP_LABELS[group]} score, row ${index + 1}`}
                          className="field score-input"
                          value={cell.value ?? Number.NaN}
                          onChange={(value) => cell.onChange(Number.isNaN(value) ? null : value)}
                          onBlur={cell.onBlur}
                          formatOptions={{ maximumFractionDigits: 2 }}
                        >
                          <Input />
                        </AriaNumberField>
                      )}
                    />
                  </td>
                ))}
                <td>
                  <Button variant="quiet" onPress={() => remove(index)} aria-label={`Remove row ${index + 1}`}>
                    ×
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <Button onPress={() => append(emptyRow(), { focusName: `rows.${fields.length}.competency` })}>Add competency</Button>
    </fieldset>
  )
}
