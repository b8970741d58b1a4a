import { useState } from 'react'
import { Button } from '../../components/Button'
import { Field } from '../../components/Field'
import { notify } from '../../components/Toasts'
import { messageOf } from '../../lib/api'
import { useInvoiceSeries, useSetInvoiceSeries } from './queries'
import './invoices.css'

/** This computer's invoice series: the prefix every number it issues begins with, one no other computer of the practice uses. */
export function InvoiceSettings() {
  const series = useInvoiceSeries()
  const save = useSetInvoiceSeries()
  const [typed, setTyped] = useState<string | null>(null)
  const [error, setError] = useState<string | undefined>()
  const value = typed ?? series.data?.prefix ?? ''
  const submit = () =>
    save.mutate(
      { prefix: value },
      {
        onSuccess: (saved) => {
          setError(undefined)
          setTyped(null)
          notify({ title: `This computer issues invoices as ${saved.prefix ?? ''}-…` })
        },
        onError: (failure) => setError(messageOf(failure))
      }
    )
  const taken = series.data?.taken ?? []
  return (
    <section aria-labelledby="invoice-settings-title">
      <h2 id="invoice-settings-title">Invoices</h2>
      <form
        className="invoice-series-form"
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        <Field
          label="This computer’s invoice series"
          value={value}
          onChange={(next) => {
            setTyped(next)
            setError(undefined)
          }}
          error={error}
          description={`One to six letters or digits: invoices issued here are numbered ${value || 'A'}-2026-0001 and on.${taken.length > 0 ? ` Other computers of this practice use ${taken.join(', ')}.` : ''}`}
        />
        <Button type="submit" isDisabled={save.isPending}>
          Save series
        </Button>
      </form>
    </section>
  )
}
