import { Label, Radio, RadioGroup, Text } from 'react-aria-components'
import type { Option } from './SelectField'
import './pointer-check.css'
import './radio.css'

export interface RadioFieldProps<V extends string> {
  label: string
  options: readonly Option<V>[]
  value: V
  onChange(value: V): void
  description?: string
}

/** One choice among a few, all in view; the arrow keys move between them. */
export function RadioField<V extends string>({ label, options, value, onChange, description }: RadioFieldProps<V>) {
  return (
    <RadioGroup className="field radio-group" value={value} onChange={(chosen) => onChange(chosen as V)}>
      <Label>{label}</Label>
      {options.map((option) => (
        <Radio key={option.value} value={option.value} className="radio pointer-check">
          <span className="radio-dot" aria-hidden="true" />
          {option.label}
        </Radio>
      ))}
      {description ? <Text slot="description">{description}</Text> : null}
    </RadioGroup>
  )
}
