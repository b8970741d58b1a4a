import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form'
import { CheckboxField, type CheckboxFieldProps } from './CheckboxField'
import { DateField, type DateFieldProps } from './DateField'
import { DateTimeField, type DateTimeFieldProps } from './DateTimeField'
import { Field, type FieldProps } from './Field'
import { NumberField, type NumberFieldProps } from './NumberField'
import { SelectField, type SelectFieldProps } from './SelectField'

/**
 * The shared fields bound to a react-hook-form field by name: value, change, blur,
 * focus on error and the error message are wired the same way everywhere.
 */
interface Bound<V extends FieldValues, T extends FieldValues> {
  control: Control<V, unknown, T>
  name: FieldPath<V>
}

type Wired = 'value' | 'onChange' | 'onBlur' | 'error'

export function TextControl<V extends FieldValues, T extends FieldValues = V>({
  control,
  name,
  ...props
}: Bound<V, T> & Omit<FieldProps, Wired | 'name' | 'inputRef'>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field
          {...props}
          value={typeof field.value === 'string' ? field.value : ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          name={field.name}
          inputRef={field.ref}
          error={fieldState.error?.message}
        />
      )}
    />
  )
}

export function DateControl<V extends FieldValues, T extends FieldValues = V>({
  control,
  name,
  ...props
}: Bound<V, T> & Omit<DateFieldProps, Wired>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <DateField
          {...props}
          value={typeof field.value === 'string' ? field.value : ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={fieldState.error?.message}
        />
      )}
    />
  )
}

export function DateTimeControl<V extends FieldValues, T extends FieldValues = V>({
  control,
  name,
  errorMessage,
  ...props
}: Bound<V, T> &
  Omit<DateTimeFieldProps, Wired> & {
    /** Said instead of the field's own message: a picker filled segment by segment fails in one way, not being complete. */
    errorMessage?: string
  }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <DateTimeField
          {...props}
          value={typeof field.value === 'string' ? field.value : ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={fieldState.error ? (errorMessage ?? fieldState.error.message) : undefined}
        />
      )}
    />
  )
}

export function NumberControl<V extends FieldValues, T extends FieldValues = V>({
  control,
  name,
  ...props
}: Bound<V, T> & Omit<NumberFieldProps, Wired>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <NumberField
          {...props}
          value={typeof field.value === 'number' ? field.value : null}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={fieldState.error?.message}
        />
      )}
    />
  )
}

export function SelectControl<V extends FieldValues, O extends string | number, T extends FieldValues = V>({
  control,
  name,
  ...props
}: Bound<V, T> & Omit<SelectFieldProps<O>, Wired>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <SelectField<O>
          {...props}
          value={field.value as O | null}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={fieldState.error?.message}
        />
      )}
    />
  )
}

export function CheckboxControl<V extends FieldValues, T extends FieldValues = V>({
  control,
  name,
  ...props
}: Bound<V, T> & Omit<CheckboxFieldProps, 'isSelected' | 'onChange' | 'onBlur' | 'name'>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <CheckboxField {...props} isSelected={field.value === true} onChange={field.onChange} onBlur={field.onBlur} name={field.name} />
      )}
    />
  )
}
