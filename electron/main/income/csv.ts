import { invoiceNumberText, INVOICE_KIND_LABELS, PAYMENT_METHOD_LABELS } from '../../shared/invoices'
import { toDecimalString } from '../../shared/money'
import { csvText } from '../csv'
import type { LedgerEntry } from './service'

/**
 * The columns an accountant books from: one row per document or payment, its date, what it
 * is, its number (a payment's: the invoice it pays), whom it bills, and its amounts in the
 * currency's exact decimals with a point ("1250.50"), as spreadsheets and bookkeeping
 * imports read them whatever the coach's locale.
 */
const LEDGER_COLUMNS = [
  'Date',
  'Type',
  'Number',
  'Voids invoice',
  'Due date',
  'Bill to',
  'Client',
  'Sponsor',
  'Currency',
  'Net',
  'Tax',
  'Total',
  'Paid',
  'Payment method'
] as const

const ENTRY_LABELS: Record<LedgerEntry['entry'], string> = { ...INVOICE_KIND_LABELS, payment: 'Payment' }

function amount(amountMinor: number | null, currency: string): string {
  return amountMinor === null ? '' : toDecimalString(amountMinor, currency)
}

function ledgerRow(entry: LedgerEntry): string[] {
  const { currency } = entry
  return [
    entry.day,
    ENTRY_LABELS[entry.entry],
    invoiceNumberText(entry.series, entry.number),
    entry.creditsSeries === null || entry.creditsNumber === null ? '' : invoiceNumberText(entry.creditsSeries, entry.creditsNumber),
    entry.entry === 'invoice' ? (entry.dueOn ?? '') : '',
    entry.billToName,
    entry.clientName,
    entry.organisationName ?? '',
    currency,
    amount(entry.netMinor, currency),
    amount(entry.taxMinor, currency),
    amount(entry.totalMinor, currency),
    amount(entry.paidMinor, currency),
    entry.method === null ? '' : PAYMENT_METHOD_LABELS[entry.method]
  ]
}

/** The year's ledger as CSV: the columns, then one row per entry. */
export function ledgerCsv(entries: readonly LedgerEntry[]): string {
  return csvText([[...LEDGER_COLUMNS], ...entries.map(ledgerRow)])
}
