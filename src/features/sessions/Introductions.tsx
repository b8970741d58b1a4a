import { Controller, useFieldArray, type Control } from 'react-hook-form'
import { Button } from '../../components/Button'
import { Field } from '../../components/Field'
import type { SessionFormValues } from './SessionRecord'

/** The introductions a mentor made in this meeting: to whom, why, and what came of it. Saved with the meeting. */
export function Introductions({ control }: { control: Control<SessionFormValues> }) {
  const { fields, append, remove } = useFieldArray({ control, name: 'introductions' })

  return (
    <section className="session-section" aria-labelledby="introductions-heading">
      <div className="section-header">
        <h3 id="introductions-heading">Introductions made</h3>
        <Button onPress={() => append({ introducedTo: '', reason: '', outcome: '' })}>Add introduction</Button>
      </div>
      {fields.length === 0 ? <p className="muted">No introductions in this meeting. Add one when you connect the mentee with someone in your network.</p> : null}
      {fields.map((row, index) => (
        <fieldset key={row.id} className="introduction-row">
          <legend className="visually-hidden">Introduction {index + 1}</legend>
          <Controller
            control={control}
            name={`introductions.${index}.introducedTo`}
            render={({ field, fieldState }) => (
              <Field
                label="Introduced to"
                isRequired
                autoFocus={index === fields.length - 1 && !row.introducedTo}
                value={field.value ?? ''}
                onChange={field.onChange}
                onBlur={field.onBlur}
                inputRef={field.ref}
                error={fieldState.error?.message}
              />
            )}
          />
          {(
            [
              ['reason', 'Why'],
              ['outcome', 'Outcome']
            ] as const
          ).map(([name, label]) => (
            <Controller
              key={name}
              control={control}
              name={`introductions.${index}.${name}`}
              render={({ field, fieldState }) => (
                <Field
                  label={label}
                  multiline
                  rows={2}
                  value={field.value ?? ''}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  inputRef={field.ref}
                  error={fieldState.error?.message}
                />
              )}
            />
          ))}
          <Button variant="quiet" className="introduction-remove" onPress={() => remove(index)} aria-label={`Remove introduction ${index + 1}`}>
            Remove
          </Button>
        </fieldset>
      ))}
    </section>
  )
}
