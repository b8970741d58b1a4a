import { useState } from 'react'
import { formatTaxRate, invoiceTotals, LINE_LIMITS, readTaxRate, type InvoiceLineInput, type LineSource } from '../../../electron/shared/invoices'
import { formatAmount, formatMoney, toMinorUnits } from '../../../electron/shared/money'
import { Button } from '../../components/Button'
import { Field } from '../../components/Field'
import { FormDialog } from '../../components/FormDialog'
import { NumberField } from '../../components/NumberField'
import { useRefusal } from '../../components/formErrors'
import { notify } from '../../components/Toasts'
import { todayIso } from '../../lib/format'
import { useCreateDraft, useInvoice, useSuggestedLines, useUpdateDraft } from './queries'

/** A line as typed: amounts and rates as text in the coach's locale, read digit by digit on saving. */
interface TypedLine {
  /** Keeps a row's fields apart from its neighbours' while rows come and go. */
  key: number
  description: string
  quantity: number | null
  unitAmount: string
  taxRate: string
  source: LineSource
  sessionId: number | null
  instalmentDueOn: string | null
}

type Reading = { lines: InvoiceLineInput[]; problem?: undefined } | { problem: { index: number; field: 'quantity' | 'unitAmount' | 'taxRate'; message: string } }

function readLines(rows: readonly TypedLine[], currency: string): Reading {
  const lines: InvoiceLineInput[] = []
  for (const [index, row] of rows.entries()) {
    if (row.quantity === null) return { problem: { index, field: 'quantity', message: 'Enter how many.' } }
    const amount = toMinorUnits(row.unitAmount, currency)
    if (!amount.ok) return { problem: { index, field: 'unitAmount', message: amount.message } }
    const rate = readTaxRate(row.taxRate)
    if (!rate.ok) return { problem: { index, field: 'taxRate', message: rate.message } }
    const { source, sessionId, instalmentDueOn, description, quantity } = row
    lines.push({ description, quantity, unitAmountMinor: amount.amountMinor, taxRateBp: rate.taxRateBp, source, sessionId, instalmentDueOn })
  }
  return { lines }
}

function typedLine(key: number, line: Omit<InvoiceLineInput, 'description'> & { description: string }, currency: string): TypedLine {
  return {
    key,
    description: line.description,
    quantity: line.quantity,
    unitAmount: formatAmount(line.unitAmountMinor, currency),
    taxRate: formatTaxRate(line.taxRateBp),
    source: line.source,
    sessionId: line.sessionId,
    instalmentDueOn: line.instalmentDueOn
  }
}

/** A new invoice (starting from the lines the contract makes billable) or a draft's lines, edited. */
export function DraftDialog({ engagementId, draftId, onClose }: { engagementId: number; draftId: number | null; onClose(): void }) {
  const suggested = useSuggestedLines(engagementId, draftId === null)
  const draft = useInvoice(engagementId, draftId)
  const currency = draftId === null ? suggested.data?.currency : draft.data?.currency
  const startLines = draftId === null ? suggested.data?.lines : draft.data?.lines
  if (currency === undefined || startLines === undefined) {
    const failure = suggested.error ?? draft.error
    return (
      <FormDialog isOpen title={draftId === null ? 'New invoice' : 'Edit draft invoice'} submitLabel="Save draft" canSubmit={false} error={failure?.message ?? null} onSubmit={() => undefined} onCancel={onClose}>
        <p className="muted">{failure ? '' : 'Loading what is billable…'}</p>
      </FormDialog>
    )
  }
  return <LinesForm engagementId={engagementId} draftId={draftId} currency={currency} initial={startLines.map((line, index) => typedLine(index, line, currency))} onClose={onClose} />
}

interface LinesFormProps {
  engagementId: number
  draftId: number | null
  currency: string
  initial: TypedLine[]
  onClose(): void
}

const FIELDS = { fields: ['lines'] as const }

function LinesForm({ engagementId, draftId, currency, initial, onClose }: LinesFormProps) {
  const create = useCreateDraft()
  const update = useUpdateDraft()
  const refusal = useRefusal(FIELDS)
  const [rows, setRows] = useState<TypedLine[]>(initial)
  const [problem, setProblem] = useState<Extract<Reading, { problem: object }>['problem'] | null>(null)
  const read = readLines(rows, currency)
  const totals = read.problem ? null : invoiceTotalsOrNull(read.lines)
  const nextKey = Math.max(0, ...rows.map((row) => row.key + 1))
  const change = (index: number, patch: Partial<TypedLine>) => setRows(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)))
  const errorOf = (index: number, field: 'quantity' | 'unitAmount' | 'taxRate') => (problem?.index === index && problem.field === field ? problem.message : undefined)

  const save = async () => {
    setProblem(read.problem ?? null)
    if (read.problem) return
    try {
      const today = todayIso()
      if (draftId === null) await create.mutateAsync({ engagementId, lines: read.lines, today })
      else await update.mutateAsync({ id: draftId, lines: read.lines, today })
      notify({ title: draftId === null ? 'Draft invoice saved' : 'Draft invoice updated', description: 'It has no number until you issue it.' })
      onClose()
    } catch (failure) {
      refusal.show(failure)
    }
  }

  return (
    <FormDialog
      isOpen
      title={draftId === null ? 'New invoice' : 'Edit draft invoice'}
      submitLabel="Save draft"
      error={refusal.general ?? refusal.on('lines') ?? null}
      isPending={create.isPending || update.isPending}
      onSubmit={() => void save()}
      onCancel={onClose}
    >
      {rows.length === 0 ? <p className="muted">Nothing is due to invoice yet. Add a line for anything else you bill, such as an expense.</p> : null}
      <div className="invoice-lines">
        {rows.map((row, index) => (
          <fieldset className="invoice-line" key={row.key}>
            <legend>Line {index + 1}</legend>
            <Field label={`Description ${index + 1}`} value={row.description} onChange={(description) => change(index, { description })} isRequired />
            <NumberField label={`Quantity ${index + 1}`} value={row.quantity} onChange={(quantity) => change(index, { quantity })} minValue={1} maxValue={LINE_LIMITS.quantity} error={errorOf(index, 'quantity')} isRequired />
            <Field label={`Unit amount ${index + 1} (${currency})`} value={row.unitAmount} inputMode="decimal" onChange={(unitAmount) => change(index, { unitAmount })} error={errorOf(index, 'unitAmount')} isRequired />
            <Field label={`Tax rate ${index + 1} (%)`} value={row.taxRate} inputMode="decimal" onChange={(taxRate) => change(index, { taxRate })} error={errorOf(index, 'taxRate')} isRequired />
            <Button variant="quiet" aria-label={`Remove line ${index + 1}`} onPress={() => setRows(rows.filter((_, at) => at !== index))}>
              Remove
            </Button>
          </fieldset>
        ))}
      </div>
      {rows.length < LINE_LIMITS.lines ? (
        <Button onPress={() => setRows([...rows, { key: nextKey, description: '', quantity: 1, unitAmount: '', taxRate: '0', source: 'free', sessionId: null, instalmentDueOn: null }])}>
          Add line
        </Button>
      ) : null}
      <p className="muted" role="status">
        {totals
          ? `Net ${formatMoney(totals.netMinor, currency)} · tax ${formatMoney(totals.taxMinor, currency)} · total ${formatMoney(totals.totalMinor, currency)}`
          : 'The total shows once every amount and rate can be read.'}
      </p>
    </FormDialog>
  )
}

function invoiceTotalsOrNull(lines: InvoiceLineInput[]) {
  try {
    return invoiceTotals(lines)
  } catch {
    return null
  }
}
