/** Invoices and credit notes, as the rest of the app uses them. */
export { invoiceHandlers, type InvoiceExports } from './handlers'
export { getPaymentDetails } from './paymentDetails'
export { getInvoice, overdueInvoices } from './service'
