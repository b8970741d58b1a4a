import { useState } from 'react'
import type { Engagement } from '../../../electron/shared/engagements'
import { MAX_INSTALMENTS, NOTICE_HOURS, PAYER_LABELS, PAYERS, type BillingTerms, type Payer } from '../../../electron/shared/fees'
import { formatAmount, formatMoney, toMinorUnits } from '../../../electron/shared/money'
import { Button } from '../../components/Button'
import { CheckboxField } from '../../components/CheckboxField'
import { DateField } from '../../components/DateField'
import { Field } from '../../components/Field'
import { FormDialog } from '../../components/FormDialog'
import { NumberField } from '../../components/NumberField'
import { RadioField } from '../../components/RadioField'
import { useRefusal } from '../../components/formErrors'
import { notify } from '../../components/Toasts'
import { formatNumber, todayIso } from '../../lib/format'
import { useUpdateBillingTerms } from './queries'

/** "an hour’s notice", "48 hours’ notice". */
export function noticeWords(hours: number): string {
  return hours === 1 ? 'an hour’s notice' : `${formatNumber(hours)} hours’ notice`
}

interface TypedInstalment {
  /** Keeps a row's fields apart from its neighbours' while rows come and go. */
  key: number
  dueOn: string
  amount: string
}

const FIELDS = { fields: ['payer', 'lateCancellationNoticeHours', 'instalments'] as const }

/** The instalments as typed, in minor units, or the first row whose amount cannot be read (with why). */
function readInstalments(rows: TypedInstalment[], currency: string) {
  const read: { dueOn: string; amountMinor: number }[] = []
  for (const [index, row] of rows.entries()) {
    const amount = toMinorUnits(row.amount, currency)
    if (!amount.ok) return { problem: { index, message: amount.message } }
    read.push({ dueOn: row.dueOn, amountMinor: amount.amountMinor })
  }
  return { instalments: read }
}

/**
 * Who pays, the late-cancellation terms and a package's instalments. Amounts are typed in
 * the coach's locale and read digit by digit (shared/money.ts); main checks that the
 * instalments add up to the package exactly, and the running total says so as they are typed.
 */
export function BillingDialog({ engagement, terms, onClose }: { engagement: Engagement; terms: BillingTerms; onClose(): void }) {
  const update = useUpdateBillingTerms()
  const refusal = useRefusal(FIELDS)
  const fee = engagement.fee
  const currency = fee?.currency ?? 'EUR'
  const [payer, setPayer] = useState<Payer>(terms.payer)
  const [billable, setBillable] = useState(terms.lateCancellationBillable)
  const [noticeHours, setNoticeHours] = useState<number | null>(terms.lateCancellationNoticeHours)
  const [rows, setRows] = useState<TypedInstalment[]>(
    terms.instalments.map((instalment, index) => ({ key: index, dueOn: instalment.dueOn, amount: formatAmount(instalment.amountMinor, currency) }))
  )
  const [rowProblem, setRowProblem] = useState<{ index: number; message: string } | null>(null)
  const nextKey = Math.max(0, ...rows.map((row) => row.key + 1))
  const isPackage = fee?.basis === 'package'
  const read = readInstalments(rows, currency)
  const typedTotal = read.instalments?.reduce((sum, instalment) => sum + instalment.amountMinor, 0)

  const change = (index: number, patch: Partial<TypedInstalment>) => setRows(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)))

  const save = async () => {
    setRowProblem(read.problem ?? null)
    if (read.problem) return
    if (noticeHours === null) {
      refusal.showOn('lateCancellationNoticeHours', `Enter the notice in hours, from ${NOTICE_HOURS.min} to ${NOTICE_HOURS.max}.`)
      return
    }
    try {
      await update.mutateAsync({
        engagementId: engagement.id,
        payer,
        lateCancellationBillable: billable,
        lateCancellationNoticeHours: noticeHours,
        instalments: read.instalments,
        today: todayIso()
      })
      notify({ title: 'Billing terms saved' })
      onClose()
    } catch (failure) {
      refusal.show(failure)
    }
  }

  return (
    <FormDialog isOpen title="Billing" submitLabel="Save billing" error={refusal.general ?? refusal.on('payer') ?? null} isPending={update.isPending} onSubmit={() => void save()} onCancel={onClose}>
      <RadioField<Payer>
        label="Who pays"
        value={payer}
        onChange={setPayer}
        options={PAYERS.map((value) => ({ value, label: value === 'sponsor' && engagement.sponsorOrganisation ? engagement.sponsorOrganisation.name : PAYER_LABELS[value] }))}
        description={engagement.sponsorOrganisation ? undefined : 'The sponsor can pay once the contract names a sponsor organisation.'}
      />
      <CheckboxField label="Bill late cancellations" isSelected={billable} onChange={setBillable} />
      <NumberField
        label="Notice that is not late (hours)"
        value={noticeHours}
        onChange={setNoticeHours}
        minValue={NOTICE_HOURS.min}
        maxValue={NOTICE_HOURS.max}
        error={refusal.on('lateCancellationNoticeHours')}
        description="A session cancelled with less notice than this can be marked cancelled late."
      />
      {isPackage ? (
        <fieldset className="instalments">
          <legend>Instalments of the package ({formatMoney(fee.amountMinor, currency)})</legend>
          {rows.length === 0 ? <p className="muted">None: the package is paid at once. Add instalments to spread it.</p> : null}
          {rows.map((row, index) => (
            <div className="instalment-row" key={row.key}>
              <DateField label={`Due date ${index + 1}`} value={row.dueOn} onChange={(dueOn) => change(index, { dueOn })} isRequired />
              <Field
                label={`Amount ${index + 1} (${currency})`}
                value={row.amount}
                inputMode="decimal"
                onChange={(amount) => change(index, { amount })}
                error={rowProblem?.index === index ? rowProblem.message : undefined}
                isRequired
              />
              <Button variant="quiet" aria-label={`Remove instalment ${index + 1}`} onPress={() => setRows(rows.filter((_, at) => at !== index))}>
                Remove
              </Button>
            </div>
          ))}
          {rows.length < MAX_INSTALMENTS ? (
            <Button onPress={() => setRows([...rows, { key: nextKey, dueOn: rows.at(-1)?.dueOn ?? engagement.startDate ?? todayIso(), amount: '' }])}>
              Add instalment
            </Button>
          ) : null}
          {rows.length > 0 ? (
            <p className="muted" role="status">
              {typedTotal === undefined
                ? 'The total shows once every amount can be read.'
                : `Adds up to ${formatMoney(typedTotal, currency)} of ${formatMoney(fee.amountMinor, currency)}.`}
            </p>
          ) : null}
          {refusal.on('instalments') ? (
            <p className="field-error" role="alert">
              {refusal.on('instalments')}
            </p>
          ) : null}
        </fieldset>
      ) : (
        <p className="muted">Instalments are for a package fee{fee ? '' : ': set a fee in the contract first'}.</p>
      )}
    </FormDialog>
  )
}
