import { FEE_BASIS_LABELS } from '../../../electron/shared/engagements'
import { Controller, useWatch, type Control } from 'react-hook-form'
import { SelectControl, TextControl } from '../../components/controlled'
import type { ContractValues } from './contractValues'
import { CurrencyField } from './CurrencyField'

const FEE_BASIS_OPTIONS = [
  { value: 'per_session', label: FEE_BASIS_LABELS.per_session },
  { value: 'package', label: FEE_BASIS_LABELS.package }
] as const

/** The fee agreed, per session or for the package, typed in the currency's own units; or none recorded. */
export function FeeFields({ control }: { control: Control<ContractValues> }) {
  const feeBasis = useWatch({ control, name: 'feeBasis' })
  return (
    <div className="form-grid fee-grid">
      <SelectControl
        control={control}
        name="feeBasis"
        label="Fee"
        options={FEE_BASIS_OPTIONS}
        none="No fee recorded"
        description={feeBasis === null ? 'Pro bono, or not agreed yet.' : undefined}
      />
      {feeBasis === null ? null : (
        <>
          {/* Typed as text and read digit by digit (shared/money.ts): a number field would hand over a float. */}
          <TextControl
            control={control}
            name="feeAmount"
            label="Amount"
            isRequired
            inputMode="decimal"
            description={feeBasis === 'package' ? 'For the whole package.' : 'For each session.'}
          />
          <Controller
            control={control}
            name="feeCurrency"
            render={({ field, fieldState }) => (
              <CurrencyField value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={fieldState.error?.message} />
            )}
          />
        </>
      )}
    </div>
  )
}
