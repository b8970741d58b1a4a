/** Invoices and credit notes, as the rest of the app uses them. */
export { invoiceHandlers } from './handlers'
export { overdueInvoices } from './service'
