import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import type { Engagement } from '../../../electron/shared/engagements'
import { INVOICE_KIND_LABELS, INVOICE_STATUS_LABELS, type InvoiceSummary } from '../../../electron/shared/invoices'
import { formatMoney } from '../../../electron/shared/money'
import { Button } from '../../components/Button'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { notify } from '../../components/Toasts'
import { api, messageOf } from '../../lib/api'
import { coachTimeZone, formatDate, todayIso } from '../../lib/format'
import { fileNameOf, openPdf } from '../reports/ExportPdfButton'
import { DraftDialog } from './DraftDialog'
import { IssueDialog, PaymentDialog, VoidDialog } from './InvoiceDialogs'
import { useDeleteDraft, useInvoices } from './queries'
import './invoices.css'

type Open = { kind: 'new' } | { kind: 'edit' | 'delete' | 'issue' | 'pay' | 'void'; invoice: InvoiceSummary } | null

/** The engagement's invoices and credit notes, with what can be done to each: a draft is edited, issued or deleted; an issued invoice is paid or voided. */
export function InvoicesSection({ engagement }: { engagement: Engagement }) {
  const invoices = useInvoices(engagement.id)
  const [open, setOpen] = useState<Open>(null)
  const close = () => setOpen(null)
  const items = invoices.data?.items ?? []
  return (
    <section aria-labelledby="invoices-heading" className="invoices">
      <div className="section-header">
        <h3 id="invoices-heading">Invoices</h3>
        <Button onPress={() => setOpen({ kind: 'new' })} isDisabled={!engagement.fee}>
          New invoice…
        </Button>
      </div>
      {!engagement.fee ? <p className="muted">Set a fee in the contract to invoice this engagement.</p> : null}
      {invoices.data && items.length === 0 && engagement.fee ? (
        <p className="muted">No invoices yet. New invoice… starts one from the sessions and instalments due.</p>
      ) : null}
      {items.length > 0 ? (
        <table className="invoice-table" aria-label="Invoices of this engagement">
          <thead>
            <tr>
              <th scope="col">Number</th>
              <th scope="col">Issued</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
              <th scope="col" className="amount">Total</th>
              <th scope="col" className="amount">Outstanding</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((invoice) => (
              <InvoiceRow key={invoice.id} invoice={invoice} onAction={(kind) => setOpen({ kind, invoice })} />
            ))}
          </tbody>
        </table>
      ) : null}
      {open?.kind === 'new' ? <DraftDialog engagementId={engagement.id} draftId={null} onClose={close} /> : null}
      {open?.kind === 'edit' ? <DraftDialog engagementId={engagement.id} draftId={open.invoice.id} onClose={close} /> : null}
      {open?.kind === 'delete' ? <DeleteDraftDialog invoice={open.invoice} onClose={close} /> : null}
      {open?.kind === 'issue' ? <IssueDialog invoice={open.invoice} onClose={close} /> : null}
      {open?.kind === 'pay' ? <PaymentDialog invoice={open.invoice} onClose={close} /> : null}
      {open?.kind === 'void' ? <VoidDialog invoice={open.invoice} onClose={close} /> : null}
    </section>
  )
}

/** "Draft", "A-2026-0001", "Credit note A-2026-0002". */
export function invoiceName(invoice: Pick<InvoiceSummary, 'kind' | 'number'>): string {
  if (invoice.number === null) return 'Draft'
  return invoice.kind === 'credit_note' ? `${INVOICE_KIND_LABELS.credit_note} ${invoice.number}` : invoice.number
}

function InvoiceRow({ invoice, onAction }: { invoice: InvoiceSummary; onAction(kind: 'edit' | 'delete' | 'issue' | 'pay' | 'void'): void }) {
  const name = invoiceName(invoice)
  const money = (amount: number) => formatMoney(amount, invoice.currency)
  const isOpenInvoice = invoice.kind === 'invoice' && invoice.number !== null && invoice.status !== 'void'
  return (
    <tr>
      <th scope="row">
        {name}
        {invoice.creditsNumber ? <div className="muted term-note">Voids {invoice.creditsNumber}</div> : null}
      </th>
      <td>{invoice.issuedOn ? formatDate(invoice.issuedOn) : '—'}</td>
      <td>{invoice.dueOn ? formatDate(invoice.dueOn) : '—'}</td>
      <td>
        <span className={`invoice-status status-${invoice.status}`}>{INVOICE_STATUS_LABELS[invoice.status]}</span>
      </td>
      <td className="amount">{invoice.kind === 'credit_note' ? `−${money(invoice.totalMinor)}` : money(invoice.totalMinor)}</td>
      <td className="amount">{isOpenInvoice ? money(invoice.outstandingMinor) : '—'}</td>
      <td className="invoice-actions">
        {invoice.number === null ? (
          <>
            <Button aria-label={`Edit draft ${invoice.id}`} onPress={() => onAction('edit')}>
              Edit…
            </Button>
            <Button variant="primary" aria-label={`Issue draft ${invoice.id}`} onPress={() => onAction('issue')}>
              Issue…
            </Button>
            <Button variant="quiet" aria-label={`Delete draft ${invoice.id}`} onPress={() => onAction('delete')}>
              Delete…
            </Button>
          </>
        ) : null}
        {invoice.number !== null ? <SavePdfButton invoice={invoice} name={name} /> : null}
        {isOpenInvoice && invoice.outstandingMinor > 0 ? (
          <Button aria-label={`Record payment of ${name}`} onPress={() => onAction('pay')}>
            Record payment…
          </Button>
        ) : null}
        {isOpenInvoice ? (
          <Button variant="quiet" aria-label={`Void ${name}`} onPress={() => onAction('void')}>
            Void…
          </Button>
        ) : null}
      </td>
    </tr>
  )
}

function DeleteDraftDialog({ invoice, onClose }: { invoice: InvoiceSummary; onClose(): void }) {
  const remove = useDeleteDraft()
  const confirm = () =>
    remove.mutate(
      { id: invoice.id },
      {
        onSuccess: () => {
          notify({ title: 'Draft invoice deleted' })
          onClose()
        },
        onError: (failure) => notify({ title: 'The draft was not deleted', description: failure.message })
      }
    )
  return (
    <ConfirmDialog isOpen title="Delete this draft invoice?" confirmLabel="Delete draft" destructive onConfirm={confirm} onCancel={onClose}>
      <p>
        The draft of {formatMoney(invoice.totalMinor, invoice.currency)} goes; its sessions and instalments can be invoiced again. Undo brings it
        back until you close Coachbook.
      </p>
    </ConfirmDialog>
  )
}

/** The issued document as a PDF, saved where the coach chooses, then offered to open. */
function SavePdfButton({ invoice, name }: { invoice: InvoiceSummary; name: string }) {
  const save = useMutation({
    mutationFn: () => api.invoices.exportPdf({ id: invoice.id, today: todayIso(), timeZone: coachTimeZone() }),
    onSuccess: (result) => {
      if (!('path' in result)) return
      notify({ title: 'PDF saved', description: fileNameOf(result.path), action: { label: 'Open', onAction: () => void openPdf(result.path) } })
    },
    onError: (error) => notify({ title: 'The PDF was not saved', description: messageOf(error) })
  })
  return (
    <Button aria-label={`Save PDF of ${name}`} onPress={() => save.mutate()} isPending={save.isPending}>
      Save PDF…
    </Button>
  )
}
