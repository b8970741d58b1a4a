import { screen } from '@testing-library/react'
import { useForm } from 'react-hook-form'
import { describe, expect, it } from 'vitest'
import type { AppErrorShape } from '../../electron/shared/result'
import { ApiError } from '../lib/api'
import { renderInApp } from '../testing/render'
import { TextControl } from './controlled'
import { FormPane } from './FormPane'
import { showServerError, type FormFieldMap } from './formErrors'

interface Values {
  name: string
  email: string
  tags: string
  feeAmount: string
}

const FIELDS: FormFieldMap<Values> = { fields: ['name', 'email', 'tags'], rename: { 'fee.amountMinor': 'feeAmount' } }

/** A form whose save main refuses with `failure`. */
function RefusedForm({ failure }: { failure: unknown }) {
  const { control, handleSubmit, setError, formState } = useForm<Values>({ defaultValues: { name: '', email: '', tags: '', feeAmount: '' } })
  const save = handleSubmit(() => showServerError(setError, failure, FIELDS))
  return (
    <FormPane title="New client" submitLabel="Add client" isSubmitting={false} error={formState.errors.root?.message} onSave={save} onCancel={() => {}}>
      <TextControl control={control} name="name" label="Name" />
      <TextControl control={control} name="email" label="Email" />
      <TextControl control={control} name="tags" label="Tags" />
      <TextControl control={control} name="feeAmount" label="Amount" />
    </FormPane>
  )
}

const refusal = (shape: Partial<AppErrorShape>) => new ApiError({ code: 'invalid_input', message: 'Refused.', ...shape })

async function saveWith(failure: unknown) {
  const view = renderInApp(<RefusedForm failure={failure} />)
  await view.user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Zoë Ødegård')
  await view.user.click(screen.getByRole('button', { name: 'Add client' }))
  return view
}

describe('a refusal from main on a form', () => {
  it('sits under the field it names, which takes focus, and what was typed stays', async () => {
    await saveWith(refusal({ field: 'email', message: 'Enter an email address such as name@example.com.' }))
    const email = screen.getByRole('textbox', { name: 'Email' })
    expect(email).toHaveAccessibleDescription('Enter an email address such as name@example.com.')
    expect(email).toBeInvalid()
    expect(email).toHaveFocus()
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Zoë Ødegård')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('goes to the field that holds the part it names: one tag of the tags', async () => {
    await saveWith(refusal({ field: 'tags.2', message: 'A tag is at most 40 characters.' }))
    expect(screen.getByRole('textbox', { name: 'Tags' })).toHaveAccessibleDescription('A tag is at most 40 characters.')
  })

  it('goes to the field a contract path is typed in, when the form’s fields differ from the contract', async () => {
    await saveWith(refusal({ field: 'fee.amountMinor', message: 'The amount must be a number.' }))
    expect(screen.getByRole('textbox', { name: 'Amount' })).toHaveAccessibleDescription('The amount must be a number.')
  })

  it('is shown over the whole form when it names no field of it, never lost', async () => {
    await saveWith(refusal({ field: 'id', message: 'This client no longer exists.' }))
    expect(screen.getByRole('alert')).toHaveTextContent('This client no longer exists.')
  })

  it('writes the days it names as the coach writes dates', async () => {
    await saveWith(refusal({ field: 'name', message: 'Not after 2026-01-05.', dates: ['2026-01-05'] }))
    const shown = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 5))
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(`Not after ${shown}.`)
  })

  it('never shows what went wrong inside: any other failure says to try again', async () => {
    await saveWith(new TypeError('Cannot read properties of undefined'))
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('Coachbook could not reach its data. Try again; if it keeps happening, restart Coachbook.')
    expect(alert).not.toHaveTextContent('undefined')
  })
})
