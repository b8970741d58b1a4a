import { useState } from 'react'
import { addDays } from '../../../electron/shared/dates'
import { PAYMENT_METHOD_LABELS, PAYMENT_METHODS, type InvoiceSummary, type PaymentMethod } from '../../../electron/shared/invoices'
import { formatAmount, formatMoney, toMinorUnits } from '../../../electron/shared/money'
import { DateField } from '../../components/DateField'
import { Field } from '../../components/Field'
import { FormDialog } from '../../components/FormDialog'
import { SelectField } from '../../components/SelectField'
import { useRefusal } from '../../components/formErrors'
import { notify } from '../../components/Toasts'
import { todayIso } from '../../lib/format'
import { NEVER_UNDONE } from '../undo/words'
import { invoiceName } from './InvoicesSection'
import { useAddPayment, useIssueInvoice, useVoidInvoice } from './queries'

/** Payment terms before the coach says otherwise: thirty days. */
const DEFAULT_PAYMENT_DAYS = 30

const ISSUE_FIELDS = { fields: ['issuedOn', 'dueOn', 'lines'] as const }

/** Issues a draft: it gets its number and its bill-to, and can no longer change. Said before the coach confirms. */
export function IssueDialog({ invoice, onClose }: { invoice: InvoiceSummary; onClose(): void }) {
  const issue = useIssueInvoice()
  const refusal = useRefusal(ISSUE_FIELDS)
  const [issuedOn, setIssuedOn] = useState(todayIso())
  const [dueOn, setDueOn] = useState(addDays(todayIso(), DEFAULT_PAYMENT_DAYS))
  const save = async () => {
    try {
      const issued = await issue.mutateAsync({ id: invoice.id, issuedOn, dueOn, today: todayIso() })
      notify({ title: `Invoice ${issued.number ?? ''} issued`, description: `${formatMoney(issued.totalMinor, issued.currency)}, due ${dueOn}.` })
      onClose()
    } catch (failure) {
      refusal.show(failure)
    }
  }
  return (
    <FormDialog isOpen title="Issue this invoice?" submitLabel="Issue invoice" error={refusal.general ?? refusal.on('lines') ?? null} isPending={issue.isPending} onSubmit={() => void save()} onCancel={onClose}>
      <p>
        Issuing gives the invoice of {formatMoney(invoice.totalMinor, invoice.currency)} the next number of this computer’s series and copies who it
        is billed to onto it. An issued invoice is never edited or deleted: a mistake is put right by voiding it with a credit note. {NEVER_UNDONE}
      </p>
      <DateField label="Issue date" value={issuedOn} onChange={setIssuedOn} error={refusal.on('issuedOn')} isRequired />
      <DateField label="Due date" value={dueOn} onChange={setDueOn} error={refusal.on('dueOn')} isRequired />
    </FormDialog>
  )
}

const PAYMENT_FIELDS = { fields: ['paidOn', 'amountMinor', 'method'] as const }

/** A payment received: its date, amount (what is outstanding at first) and method. */
export function PaymentDialog({ invoice, onClose }: { invoice: InvoiceSummary; onClose(): void }) {
  const pay = useAddPayment()
  const refusal = useRefusal(PAYMENT_FIELDS)
  const [paidOn, setPaidOn] = useState(todayIso())
  const [amount, setAmount] = useState(formatAmount(invoice.outstandingMinor, invoice.currency))
  const [method, setMethod] = useState<PaymentMethod>('bank_transfer')
  const save = async () => {
    const read = toMinorUnits(amount, invoice.currency)
    if (!read.ok) {
      refusal.showOn('amountMinor', read.message)
      return
    }
    try {
      const paid = await pay.mutateAsync({ id: invoice.id, paidOn, amountMinor: read.amountMinor, method, today: todayIso() })
      notify({
        title: 'Payment recorded',
        description: paid.outstandingMinor === 0 ? `${invoiceName(paid)} is paid.` : `${formatMoney(paid.outstandingMinor, paid.currency)} still to pay.`
      })
      onClose()
    } catch (failure) {
      refusal.show(failure)
    }
  }
  return (
    <FormDialog isOpen title={`Record a payment of ${invoiceName(invoice)}`} submitLabel="Record payment" error={refusal.general} isPending={pay.isPending} onSubmit={() => void save()} onCancel={onClose}>
      <p className="muted">Outstanding: {formatMoney(invoice.outstandingMinor, invoice.currency)}.</p>
      <DateField label="Date paid" value={paidOn} onChange={setPaidOn} error={refusal.on('paidOn')} isRequired />
      <Field label={`Amount paid (${invoice.currency})`} value={amount} inputMode="decimal" onChange={setAmount} error={refusal.on('amountMinor')} isRequired />
      <SelectField<PaymentMethod>
        label="Method"
        value={method}
        onChange={setMethod}
        options={PAYMENT_METHODS.map((value) => ({ value, label: PAYMENT_METHOD_LABELS[value] }))}
        error={refusal.on('method')}
      />
    </FormDialog>
  )
}

const VOID_FIELDS = { fields: ['voidedOn'] as const }

/** Voids an issued invoice with a credit note for its whole amount. Said before the coach confirms. */
export function VoidDialog({ invoice, onClose }: { invoice: InvoiceSummary; onClose(): void }) {
  const voiding = useVoidInvoice()
  const refusal = useRefusal(VOID_FIELDS)
  const [voidedOn, setVoidedOn] = useState(todayIso())
  const save = async () => {
    try {
      await voiding.mutateAsync({ id: invoice.id, voidedOn, today: todayIso() })
      notify({ title: `${invoiceName(invoice)} voided`, description: 'A credit note for its whole amount is issued.' })
      onClose()
    } catch (failure) {
      refusal.show(failure)
    }
  }
  return (
    <FormDialog isOpen title={`Void ${invoiceName(invoice)}?`} submitLabel="Void with a credit note" destructive error={refusal.general} isPending={voiding.isPending} onSubmit={() => void save()} onCancel={onClose}>
      <p>
        A credit note for the whole {formatMoney(invoice.totalMinor, invoice.currency)} is issued with the next number of this computer’s series, and
        the invoice becomes void; its sessions and instalments can be invoiced again. {NEVER_UNDONE}
      </p>
      <DateField label="Date of the credit note" value={voidedOn} onChange={setVoidedOn} error={refusal.on('voidedOn')} isRequired />
    </FormDialog>
  )
}
