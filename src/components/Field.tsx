import type { ReactNode, Ref } from 'react'
import { FieldError, Input, Label, Text, TextArea, TextField, type TextFieldProps } from 'react-aria-components'

export interface FieldProps extends Omit<TextFieldProps, 'children' | 'isInvalid'> {
  label: string
  description?: ReactNode
  error?: string
  multiline?: boolean
  rows?: number
  placeholder?: string
  inputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>
}

/** A labelled text field whose error, when there is one, sits right under it. */
export function Field({ label, description, error, multiline, rows = 6, placeholder, inputRef, className, ...props }: FieldProps) {
  return (
    <TextField {...props} isInvalid={Boolean(error)} className={`field${className ? ` ${String(className)}` : ''}`}>
      <Label>{label}</Label>
      {multiline ? (
        <TextArea ref={inputRef} rows={rows} placeholder={placeholder} />
      ) : (
        <Input ref={inputRef} placeholder={placeholder} />
      )}
      {description && !error ? <Text slot="description">{description}</Text> : null}
      <FieldError>{error}</FieldError>
    </TextField>
  )
}
