import { Checkbox, type CheckboxProps } from 'react-aria-components'
import './pointer-check.css'

export interface CheckboxFieldProps extends Omit<CheckboxProps, 'children'> {
  label: string
}

/** A labelled yes/no box; Space toggles it. */
export function CheckboxField({ label, className, ...props }: CheckboxFieldProps) {
  return (
    <Checkbox {...props} className={`checkbox pointer-check${className ? ` ${String(className)}` : ''}`}>
      <span className="checkbox-box" aria-hidden="true">
        <svg viewBox="0 0 12 12" width="10" height="10">
          <polyline points="2,6.5 5,9 10,3" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      </span>
      {label}
    </Checkbox>
  )
}
