import { screen } from '@testing-library/react'
import { useForm } from 'react-hook-form'
import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { renderInApp } from '../testing/render'
import { contractResolver } from './contractForm'
import { CheckboxControl, DateControl, NumberControl, SelectControl, TextControl } from './controlled'
import { FormPane } from './FormPane'

/** A channel's input as the contract states it: the fee in minor units, as main stores it. */
const milestoneInput = z.strictObject({
  title: z.string().trim().min(1, 'Enter a title.'),
  dueOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date.'),
  sessions: z.number({ error: 'Enter a number.' }).int().min(1).nullable(),
  owner: z.enum(['client', 'coach']).nullable(),
  reached: z.boolean(),
  fee: z.object({ amountMinor: z.number({ error: 'Enter the amount.' }) })
})

interface Values {
  title: string
  dueOn: string
  sessions: number | null
  owner: 'client' | 'coach' | null
  reached: boolean
  feeAmount: number | null
}

const toInput = ({ feeAmount, ...values }: Values) => ({ ...values, fee: { amountMinor: feeAmount === null ? Number.NaN : Math.round(feeAmount * 100) } })

function MilestoneForm({ onSave, check }: { onSave(values: Values): void; check?(values: Values): Partial<Record<keyof Values, string>> }) {
  const { control, handleSubmit, formState } = useForm<Values>({
    defaultValues: { title: '', dueOn: '', sessions: null, owner: null, reached: false, feeAmount: null },
    resolver: contractResolver({
      schema: milestoneInput,
      toInput,
      map: { fields: ['title', 'dueOn', 'sessions', 'owner', 'reached'], rename: { fee: 'feeAmount' } },
      messages: { title: 'Name the milestone, such as “First team meeting chaired”.' },
      check
    }),
    mode: 'onTouched'
  })
  return (
    <FormPane title="New milestone" submitLabel="Save" isSubmitting={false} error={formState.errors.root?.message} onSave={handleSubmit(onSave)} onCancel={() => {}}>
      <TextControl control={control} name="title" label="Milestone" />
      <DateControl control={control} name="dueOn" label="Date" />
      <NumberControl control={control} name="sessions" label="Sessions" />
      <SelectControl
        control={control}
        name="owner"
        label="Owner"
        none="Nobody yet"
        options={[
          { value: 'client', label: 'Client' },
          { value: 'coach', label: 'Coach' }
        ]}
      />
      <CheckboxControl control={control} name="reached" label="Reached" />
      <NumberControl control={control} name="feeAmount" label="Amount" />
    </FormPane>
  )
}

describe('fields bound to a form, checked by the contract’s own schema', () => {
  it('hand the form what the coach entered: text, a day, a number, a choice, a tick', async () => {
    const onSave = vi.fn()
    const { user } = renderInApp(<MilestoneForm onSave={onSave} />)
    await user.type(await screen.findByRole('textbox', { name: 'Milestone' }), 'First team meeting chaired')
    await user.click(screen.getAllByRole('spinbutton')[0]!)
    await user.keyboard('14032026')
    await user.type(screen.getByRole('textbox', { name: 'Sessions' }), '3')
    await user.click(screen.getByRole('button', { name: /Owner/ }))
    await user.click(await screen.findByRole('option', { name: 'Client' }))
    await user.click(screen.getByRole('checkbox', { name: 'Reached' }))
    await user.type(screen.getByRole('textbox', { name: 'Amount' }), '150.5')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(onSave).toHaveBeenCalledTimes(1)
    expect(onSave.mock.calls[0]![0]).toEqual({ title: 'First team meeting chaired', dueOn: '2026-03-14', sessions: 3, owner: 'client', reached: true, feeAmount: 150.5 })
  })

  it('keep an empty number empty (null), never a silent 0, and “none” as null', async () => {
    const onSave = vi.fn()
    const { user } = renderInApp(<MilestoneForm onSave={onSave} />)
    await user.type(await screen.findByRole('textbox', { name: 'Milestone' }), 'Chaired')
    await user.click(screen.getAllByRole('spinbutton')[0]!)
    await user.keyboard('14032026')
    await user.type(screen.getByRole('textbox', { name: 'Amount' }), '10')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(onSave.mock.calls[0]![0]).toMatchObject({ sessions: null, owner: null })
  })

  it('show each of the contract’s complaints under its field, in the form’s own words where it has them', async () => {
    const onSave = vi.fn()
    const { user } = renderInApp(<MilestoneForm onSave={onSave} />)
    await user.click(await screen.findByRole('button', { name: 'Save' }))
    expect(onSave).not.toHaveBeenCalled()
    expect(screen.getByRole('textbox', { name: 'Milestone' })).toHaveAccessibleDescription('Name the milestone, such as “First team meeting chaired”.')
    expect(screen.getByRole('group', { name: 'Date' })).toHaveAccessibleDescription('Enter a date.')
    // The contract's `fee.amountMinor` is typed in the Amount field.
    expect(screen.getByRole('textbox', { name: 'Amount' })).toHaveAccessibleDescription('Enter the amount.')
    // Focus goes to the first field to fix.
    expect(screen.getByRole('textbox', { name: 'Milestone' })).toHaveFocus()
  })

  it('check a field once the coach leaves it, not while they are still typing', async () => {
    const { user } = renderInApp(<MilestoneForm onSave={() => {}} />)
    const title = await screen.findByRole('textbox', { name: 'Milestone' })
    await user.type(title, ' ')
    expect(title).not.toBeInvalid()
    await user.tab()
    expect(title).toBeInvalid()
    await user.type(title, 'Chaired')
    expect(title).not.toBeInvalid()
  })

  it('show the form’s own rules first, which the contract cannot see', async () => {
    const onSave = vi.fn()
    const check = (values: Values) => ({ sessions: values.reached && values.sessions === null ? 'Say how many sessions it took.' : undefined })
    const { user } = renderInApp(<MilestoneForm onSave={onSave} check={check} />)
    await user.click(await screen.findByRole('checkbox', { name: 'Reached' }))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(screen.getByRole('textbox', { name: 'Sessions' })).toHaveAccessibleDescription('Say how many sessions it took.')
  })
})
