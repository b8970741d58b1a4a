import type { ChannelArgs } from '../../shared/contract'
import { formatTaxRate, INVOICE_KIND_LABELS, type Invoice, type PaymentDetails } from '../../shared/invoices'
import { formatMoney } from '../../shared/money'
import { effect, type DomainHandlers, type Reader } from '../db/door'
import { AppError } from '../errors'
import { safeFileName } from '../fileNames'
import { getInvoice, getPaymentDetails, type InvoiceExports } from '../invoices'
import { printBranding } from './branding'
import type { ReportsContext } from './context'
import type { ExportedFiles } from './export'
import { formatsFor, paperSizeFor, practiceLocality, type Formats } from './format'
import { renderDocument, writeCover, type PrintBranding } from './pdf/document'
import type { Column, ReportWriter } from './pdf/writer'
import { saveAs } from './saving'

type InvoiceRequest = ChannelArgs<'invoices:exportPdf'>

const LINE_TABLE: Column[] = [
  { header: 'Description', share: 6 },
  { header: 'Quantity', share: 1.6, align: 'right' },
  { header: 'Unit price', share: 2.4, align: 'right' },
  { header: 'Tax rate', share: 1.6, align: 'right' },
  { header: 'Net', share: 2.4, align: 'right' }
]

const TAX_TABLE: Column[] = [
  { header: 'Tax rate', share: 2 },
  { header: 'Net', share: 3, align: 'right' },
  { header: 'Tax', share: 3, align: 'right' }
]

function titleOf(invoice: Invoice): string {
  return `${INVOICE_KIND_LABELS[invoice.kind]} ${invoice.number ?? ''}`.trim()
}

/** A credit note takes back what its invoice billed: its amounts print as negative. */
function signed(invoice: Invoice, amountMinor: number, locale: string): string {
  return formatMoney(invoice.kind === 'credit_note' ? -amountMinor : amountMinor, invoice.currency, locale)
}

function writeInvoice(writer: ReportWriter, invoice: Invoice, branding: PrintBranding, payment: PaymentDetails, formats: Formats, locale: string): void {
  const money = (amount: number) => signed(invoice, amount, locale)
  const percent = (taxRateBp: number) => `${formatTaxRate(taxRateBp, locale)} %`
  writeCover(writer, branding, {
    title: titleOf(invoice),
    subtitle: invoice.creditsNumber ? `Voids invoice ${invoice.creditsNumber}` : `Issued ${formats.optionalDate(invoice.issuedOn)}`,
    facts: [
      { label: 'Issued', value: formats.optionalDate(invoice.issuedOn) },
      ...(invoice.kind === 'invoice' ? [{ label: 'Due', value: formats.optionalDate(invoice.dueOn) }] : []),
      { label: 'Total', value: money(invoice.totals.totalMinor) }
    ]
  })
  writer.heading('Bill to', 2)
  writer.text([invoice.billTo.name, invoice.billTo.address, invoice.billTo.taxId && `Tax id ${invoice.billTo.taxId}`].filter(Boolean).join('\n'))
  writer.heading('Lines', 2)
  writer.table(
    LINE_TABLE,
    invoice.lines.map((line) => [line.description, formats.number(line.quantity), money(line.unitAmountMinor), percent(line.taxRateBp), money(line.netMinor)])
  )
  writer.heading('Tax', 2)
  writer.table(
    TAX_TABLE,
    invoice.totals.byRate.map((rate) => [percent(rate.taxRateBp), money(rate.netMinor), money(rate.taxMinor)])
  )
  writer.table(
    [
      { header: 'Totals', share: 2 },
      { header: '', share: 3, align: 'right' }
    ],
    [
      ['Net', money(invoice.totals.netMinor)],
      ['Tax', money(invoice.totals.taxMinor)],
      [`Total (${invoice.currency})`, money(invoice.totals.totalMinor)]
    ]
  )
  writer.text('Tax is worked out per rate on the sum of that rate’s lines, rounded half away from zero to the smallest unit of the currency.', 'small')
  if (invoice.kind === 'invoice') {
    if (payment.paymentTerms) writer.labelled('Payment terms', payment.paymentTerms)
    if (payment.paymentDetails) writer.labelled('How to pay', payment.paymentDetails)
  }
}

async function renderInvoicePdf(db: Reader, request: InvoiceRequest, resourcesDir: string): Promise<{ invoice: Invoice; branding: PrintBranding; pdf: Buffer }> {
  const invoice = await getInvoice(db, request)
  if (invoice.number === null) {
    throw new AppError('invalid_input', 'A draft has no number yet: issue it before saving it as a PDF.', 'id')
  }
  const [branding, payment] = await Promise.all([printBranding(db), getPaymentDetails(db)])
  const locality = await practiceLocality(db, { timeZone: request.timeZone })
  const formats = formatsFor(locality)
  const title = titleOf(invoice)
  const pdf = await renderDocument(
    {
      resourcesDir,
      branding,
      paper: paperSizeFor(locality.locale),
      language: locality.locale,
      title,
      clientName: invoice.billTo.name,
      footnote: title,
      subject: title,
      createdAt: new Date()
    },
    (writer) => writeInvoice(writer, invoice, branding, payment, formats, locality.locale)
  )
  return { invoice, branding, pdf }
}

function invoiceFileName(invoice: Invoice, branding: PrintBranding): string {
  const practice = branding.practiceName ?? branding.coachName ?? ''
  return safeFileName({ text: titleOf(invoice), fallback: 'Invoice', suffix: practice ? ` – ${practice}` : '', extension: '.pdf' })
}

/** The invoice's PDF, opened and shown like the reports'. */
export function invoiceChannels(context: ReportsContext, exported: ExportedFiles): Pick<DomainHandlers<'invoices'>, InvoiceExports> {
  return {
    'invoices:exportPdf': effect(async (door, request) => {
      // Rendered first: a draft is refused before the save dialog opens.
      const { invoice, branding, pdf } = await renderInvoicePdf(door.reader, request, context.resourcesDir)
      const saved = await saveAs(context, { title: `Save ${titleOf(invoice)} as PDF`, defaultName: invoiceFileName(invoice, branding), kind: 'PDF', what: 'PDF' }, async () => pdf)
      if ('path' in saved) exported.add(saved.path)
      return saved
    })
  }
}
