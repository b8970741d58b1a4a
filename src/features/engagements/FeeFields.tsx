import { FEE_BASES, FEE_BASIS_WORDS } from '../../../electron/shared/engagements'
import { Controller, useWatch, type Control } from 'react-hook-form'
import { SelectControl, TextControl } from '../../components/controlled'
import type { ContractValues } from './contractValues'
import { CurrencyField } from './CurrencyField'

const FEE_BASIS_OPTIONS = FEE_BASES.map((value) => ({ value, label: FEE_BASIS_WORDS[value].label }))

/** The fee agreed, per session, for the package or a month, typed in the currency's own units; or none recorded. */
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
            description={FEE_BASIS_WORDS[feeBasis].amountFor}
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
