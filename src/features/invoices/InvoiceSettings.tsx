import { useState } from 'react'
import { Button } from '../../components/Button'
import { Field } from '../../components/Field'
import { notify } from '../../components/Toasts'
import { messageOf } from '../../lib/api'
import type { PaymentDetails } from '../../../electron/shared/invoices'
import { useInvoiceSeries, usePaymentDetails, useSetInvoiceSeries, useSetPaymentDetails } from './queries'
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
      <PaymentDetailsForm />
    </section>
  )
}

/** What every invoice says of how to pay: its terms, and the bank details or a payment link. */
function PaymentDetailsForm() {
  const stored = usePaymentDetails()
  if (stored.isError) {
    return (
      <p className="form-error" role="alert">
        {messageOf(stored.error)}
      </p>
    )
  }
  return stored.data ? <PaymentDetailsFields stored={stored.data} /> : null
}

function PaymentDetailsFields({ stored }: { stored: PaymentDetails }) {
  const save = useSetPaymentDetails()
  const [details, setDetails] = useState(stored)
  const [error, setError] = useState<string | null>(null)
  const submit = () =>
    save.mutate(details, {
      onSuccess: () => {
        setError(null)
        notify({ title: 'Payment details saved', description: 'Invoices print them from now on.' })
      },
      onError: (failure) => setError(messageOf(failure))
    })
  return (
    <form
      className="invoice-payment-form"
      aria-label="Payment details on invoices"
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
    >
      <Field
        label="Payment terms"
        value={details.paymentTerms}
        onChange={(paymentTerms) => setDetails({ ...details, paymentTerms })}
        description="Printed on every invoice, such as “Payment within 30 days of the invoice date.”"
      />
      <Field
        label="Bank details or payment link"
        multiline
        rows={3}
        value={details.paymentDetails}
        onChange={(paymentDetails) => setDetails({ ...details, paymentDetails })}
        description="Account holder, IBAN and BIC, or a link where the invoice can be paid."
      />
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <Button type="submit" isDisabled={save.isPending}>
        Save payment details
      </Button>
    </form>
  )
}
