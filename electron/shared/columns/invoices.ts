import { z } from 'zod'
import { currencyCode } from '../money'
import {
  INVOICE_KIND_LABELS,
  INVOICE_KINDS,
  LINE_SOURCE_LABELS,
  LINE_SOURCES,
  PAYMENT_METHOD_LABELS,
  PAYMENT_METHODS,
  seriesPrefix
} from '../invoices'
import { choice, isoDate, isoDateTime, recordId, text, LIMITS } from '../text'
import { column, createdAt, key, table, uid, updatedAt } from './column'

// Invoices (migration 023): the coach's business records, in no summary, report to a client
// or sponsor, search, or client export. An issued one outlives its client's erasure, with
// what is printed on it (docs/data-policies.md).

const kept = { privacy: 'private', exported: false } as const
const structure = { privacy: 'structure', exported: false } as const

/** A numbering series claimed by a computer of the practice: its prefix is no other's. */
export const INVOICE_SERIES = table('invoice_series', {
  id: { ...key(), exported: false },
  uid: uid(),
  prefix: column(seriesPrefix, structure),
  claimedAt: column(isoDateTime('The time it was claimed'), structure)
})

export const INVOICES = table('invoices', {
  id: { ...key(), exported: false },
  uid: uid(),
  /** Null once the engagement is erased: the issued document stays. */
  engagementId: column(recordId.nullable(), structure),
  kind: column(choice(INVOICE_KINDS, 'An invoice or a credit note.'), { ...structure, words: INVOICE_KIND_LABELS }),
  creditsInvoiceId: column(recordId.nullable(), structure),
  currency: column(currencyCode, kept),
  series: column(z.string().nullable(), structure),
  number: column(z.number().int().nullable(), structure),
  issuedOn: column(isoDate('The issue date').nullable(), kept),
  dueOn: column(isoDate('The due date').nullable(), kept),
  billToName: column(text('The name billed', LIMITS.shortText), kept),
  billToAddress: column(text('The address billed', LIMITS.statement), kept),
  billToTaxId: column(text('The tax id billed', 60), kept),
  voidedOn: column(isoDate('The void date').nullable(), kept),
  createdAt: { ...createdAt(), exported: false },
  updatedAt: { ...updatedAt(), exported: false }
})

export const INVOICE_LINES = table('invoice_lines', {
  id: { ...key(), exported: false },
  uid: uid(),
  invoiceId: column(recordId, structure),
  description: column(text('The description', LIMITS.shortText), kept),
  quantity: column(z.number().int(), kept),
  unitAmountMinor: column(z.number().int(), kept),
  taxRateBp: column(z.number().int(), kept),
  source: column(choice(LINE_SOURCES, 'Where the line comes from.'), { ...structure, words: LINE_SOURCE_LABELS }),
  /** Null for a free line, an instalment, or once the session is erased. */
  sessionId: column(recordId.nullable(), structure),
  instalmentDueOn: column(isoDate('The instalment’s due date').nullable(), structure)
})

export const INVOICE_PAYMENTS = table('invoice_payments', {
  id: { ...key(), exported: false },
  uid: uid(),
  invoiceId: column(recordId, structure),
  paidOn: column(isoDate('The payment date'), kept),
  amountMinor: column(z.number().int(), kept),
  method: column(choice(PAYMENT_METHODS, 'How it was paid.'), { ...kept, words: PAYMENT_METHOD_LABELS }),
  recordedAt: column(isoDateTime('The time it was recorded'), structure)
})
