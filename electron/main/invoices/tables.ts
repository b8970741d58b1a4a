import type { INVOICE_LINES, INVOICE_PAYMENTS, INVOICE_SERIES, INVOICES } from '../../shared/columns/invoices'
import type { StoredRow } from '../db/stored'

// Each table's row, from its column list (electron/shared/columns/invoices.ts).
export interface InvoiceTables {
  invoiceSeries: StoredRow<typeof INVOICE_SERIES>
  invoices: StoredRow<typeof INVOICES>
  invoiceLines: StoredRow<typeof INVOICE_LINES>
  invoicePayments: StoredRow<typeof INVOICE_PAYMENTS>
}
