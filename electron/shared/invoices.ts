import { z } from 'zod'
import { knownTimeZone } from './clients'
import { divideRoundingHalfAwayFromZero, formatAmount, MAX_AMOUNT_MINOR, toMinorUnits } from './money'
import { choice, isoDate, LIMITS, recordId, requiredText, text, wholeNumber } from './text'

// ---- Invoices and credit notes ---------------------------------------------------------
//
// An invoice belongs to an engagement and is billed in its fee's currency. A draft has no
// number and can be edited or deleted; issuing gives it the next number of this computer's
// series and copies who it is billed to onto it, and from then on it is never changed: it
// is paid, or voided by a credit note (numbered in the same series). Money is in whole
// minor units (shared/money.ts).

export const INVOICE_KINDS = ['invoice', 'credit_note'] as const
export type InvoiceKind = (typeof INVOICE_KINDS)[number]
export const INVOICE_KIND_LABELS: Record<InvoiceKind, string> = { invoice: 'Invoice', credit_note: 'Credit note' }

/** Where a line comes from: typed by the coach, or one of the contract's billable items (so that it is suggested once). */
export const LINE_SOURCES = ['free', 'session', 'late_cancellation', 'instalment'] as const
export type LineSource = (typeof LINE_SOURCES)[number]
export const LINE_SOURCE_LABELS: Record<LineSource, string> = {
  free: 'A line of your own',
  session: 'A session held',
  late_cancellation: 'A late cancellation',
  instalment: 'An instalment'
}

export const PAYMENT_METHODS = ['bank_transfer', 'card', 'cash', 'cheque', 'other'] as const
export type PaymentMethod = (typeof PAYMENT_METHODS)[number]
export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  bank_transfer: 'Bank transfer',
  card: 'Card',
  cash: 'Cash',
  cheque: 'Cheque',
  other: 'Other'
}

/** Derived from the record and the coach's today, never stored: overdue changes with the day. */
export const INVOICE_STATUSES = ['draft', 'issued', 'partly_paid', 'paid', 'overdue', 'void'] as const
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number]
export const INVOICE_STATUS_LABELS: Record<InvoiceStatus, string> = {
  draft: 'Draft',
  issued: 'Issued',
  partly_paid: 'Partly paid',
  paid: 'Paid',
  overdue: 'Overdue',
  void: 'Void'
}

/** Limits far beyond any coaching invoice, so that every sum stays exact (see invoiceTotals). */
export const LINE_LIMITS = { lines: 200, quantity: 10_000, unitAmountMinor: 1_000_000_000_000, taxRateBp: 10_000 } as const

/** A tax rate in basis points: 2000 is 20 %, 750 is 7.5 %. */
export const BASIS_POINTS_PER_WHOLE = 10_000n

// ---- The one rounding rule of an invoice ------------------------------------------------

export interface PricedLine {
  quantity: number
  unitAmountMinor: number
  taxRateBp: number
}

export interface TaxOfRate {
  taxRateBp: number
  netMinor: number
  taxMinor: number
}

export interface InvoiceTotals {
  /** One entry per tax rate used, lowest rate first. */
  byRate: TaxOfRate[]
  netMinor: number
  taxMinor: number
  totalMinor: number
}

/**
 * TAX PER RATE ON THE SUM OF THAT RATE'S LINES, HALF AWAY FROM ZERO, TO MINOR UNITS: the one
 * rounding rule of invoices. Each line's net is quantity × unit amount, exact; the lines
 * of one rate are added up, and that sum's tax (sum × rate ÷ 10 000) is rounded once, to
 * the nearest minor unit, a half away from zero (shared/money.ts). All in BigInt, so no
 * amount passes through floating point; a total beyond what Coachbook stores is refused.
 */
export function invoiceTotals(lines: readonly PricedLine[]): InvoiceTotals {
  const netByRate = new Map<number, bigint>()
  for (const line of lines) {
    const net = BigInt(line.quantity) * BigInt(line.unitAmountMinor)
    netByRate.set(line.taxRateBp, (netByRate.get(line.taxRateBp) ?? 0n) + net)
  }
  const rates = [...netByRate.keys()].sort((a, b) => a - b)
  const byRate = rates.map((taxRateBp) => {
    const net = netByRate.get(taxRateBp)!
    return { taxRateBp, net, tax: divideRoundingHalfAwayFromZero(net * BigInt(taxRateBp), BASIS_POINTS_PER_WHOLE) }
  })
  const net = byRate.reduce((sum, rate) => sum + rate.net, 0n)
  const tax = byRate.reduce((sum, rate) => sum + rate.tax, 0n)
  if (net + tax > BigInt(MAX_AMOUNT_MINOR)) throw new RangeError('The invoice total is too large to keep exactly.')
  return {
    byRate: byRate.map((rate) => ({ taxRateBp: rate.taxRateBp, netMinor: Number(rate.net), taxMinor: Number(rate.tax) })),
    netMinor: Number(net),
    taxMinor: Number(tax),
    totalMinor: Number(net + tax)
  }
}

/** "INV-2026-0007": a series and its number, as printed. */
export function invoiceNumberText(series: string, number: number): string {
  return `${series}-${String(number).padStart(4, '0')}`
}

/** A series is this computer's prefix and the year of issue: "A-2026". */
export function seriesOf(prefix: string, issuedOn: string): string {
  return `${prefix}-${issuedOn.slice(0, 4)}`
}

/**
 * A tax rate typed in percent, in the coach's locale ("20", "7.5", "7,5" in Germany), to basis
 * points, read digit by digit as an amount with two decimals is (shared/money.ts).
 */
export function readTaxRate(typed: string, locale?: string): { ok: true; taxRateBp: number } | { ok: false; message: string } {
  const example = `such as ${formatTaxRate(2_000, locale)} or ${formatTaxRate(750, locale)}`
  const read = toMinorUnits(typed.replace('%', ''), 'EUR', locale)
  if (!read.ok || read.amountMinor > LINE_LIMITS.taxRateBp) return { ok: false, message: `Enter the tax rate in percent, from 0 to 100, ${example}.` }
  return { ok: true, taxRateBp: read.amountMinor }
}

/** 750 → "7.5", 2000 → "20": a rate as the coach types it back, without trailing zeros. */
export function formatTaxRate(taxRateBp: number, locale?: string): string {
  const digits = formatAmount(taxRateBp, 'EUR', locale)
  return digits.replace(/([.,]\d*?)0+$/, '$1').replace(/[.,]$/, '')
}

// ---- The contract ------------------------------------------------------------------------

/** Letters and digits, as short as a prefix on an invoice number is: "A", "LON", "MAC2". */
export const seriesPrefix = z
  .string({ error: 'The series prefix must be text.' })
  .trim()
  .max(6, 'Use one to six letters or digits for the series prefix, such as A or LON.')
  .toUpperCase()
  .regex(/^[A-Z0-9]{1,6}$/, 'Use one to six letters or digits for the series prefix, such as A or LON.')

/** A line names exactly what it bills: a session for a session or late cancellation, a due date for an instalment, nothing for a free line. */
function namesItsSource({ source, sessionId, instalmentDueOn }: { source: LineSource; sessionId: number | null; instalmentDueOn: string | null }): boolean {
  if (source === 'free') return sessionId === null && instalmentDueOn === null
  if (source === 'instalment') return sessionId === null && instalmentDueOn !== null
  return sessionId !== null && instalmentDueOn === null
}

export const invoiceLineInput = z.strictObject(
  {
    description: requiredText('The line’s description', LIMITS.shortText, 'Describe what the line bills.'),
    quantity: wholeNumber('The quantity', 1, LINE_LIMITS.quantity),
    unitAmountMinor: wholeNumber('The unit amount', 0, LINE_LIMITS.unitAmountMinor),
    taxRateBp: wholeNumber('The tax rate (in hundredths of a percent)', 0, LINE_LIMITS.taxRateBp),
    source: choice(LINE_SOURCES, 'The line’s source is not one Coachbook knows.').default('free'),
    /** The session a session or late-cancellation line bills. */
    sessionId: recordId.nullable().default(null),
    /** The due date of the instalment an instalment line bills. */
    instalmentDueOn: isoDate('The instalment’s due date').nullable().default(null)
  },
  { error: 'Each line needs a description, a quantity, a unit amount and a tax rate.' }
).refine(namesItsSource, { error: 'A line of a session names the session, a line of an instalment its due date, and a line of your own neither.', path: ['source'] })

const linesInput = z.array(invoiceLineInput, { error: 'The lines must be a list.' }).max(LINE_LIMITS.lines, `An invoice has at most ${LINE_LIMITS.lines} lines.`)

const lineSchema = z.object({
  id: z.number(),
  description: z.string(),
  quantity: z.number(),
  unitAmountMinor: z.number(),
  taxRateBp: z.number(),
  netMinor: z.number(),
  source: z.enum(LINE_SOURCES),
  sessionId: z.number().nullable(),
  instalmentDueOn: z.string().nullable()
})

/** A line as the contract suggests it: sent back as it is, it is a line of a new invoice. */
const suggestedLineSchema = lineSchema.omit({ id: true, netMinor: true })

const paymentSchema = z.object({ id: z.number(), paidOn: z.string(), amountMinor: z.number(), method: z.enum(PAYMENT_METHODS) })

const totalsSchema = z.object({
  byRate: z.array(z.object({ taxRateBp: z.number(), netMinor: z.number(), taxMinor: z.number() })),
  netMinor: z.number(),
  taxMinor: z.number(),
  totalMinor: z.number()
})

const billToSchema = z.object({ name: z.string(), address: z.string(), taxId: z.string() })

export const invoiceSummarySchema = z.object({
  id: z.number(),
  kind: z.enum(INVOICE_KINDS),
  /** Null once its engagement is erased (the issued document is kept). */
  engagementId: z.number().nullable(),
  /** "A-2026-0001"; null for a draft. */
  number: z.string().nullable(),
  issuedOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  currency: z.string(),
  totalMinor: z.number(),
  paidMinor: z.number(),
  /** What is still to be paid: 0 once paid, void or a credit note. */
  outstandingMinor: z.number(),
  status: z.enum(INVOICE_STATUSES),
  /** A credit note: the number of the invoice it voids. */
  creditsNumber: z.string().nullable()
})

/** An overdue invoice, with whom and what it bills: for Today and the income overview. */
export const overdueInvoiceSchema = invoiceSummarySchema.extend({ clientName: z.string().nullable(), engagementTitle: z.string().nullable() })

export const invoiceSchema = invoiceSummarySchema.extend({
  /** Copied when issued; for a draft, who it would be billed to now. */
  billTo: billToSchema,
  lines: z.array(lineSchema),
  totals: totalsSchema,
  payments: z.array(paymentSchema),
  voidedOn: z.string().nullable(),
  /** The credit note that voids it. */
  creditNoteId: z.number().nullable(),
  creditsInvoiceId: z.number().nullable()
})

const invoiceRef = z.strictObject({ id: recordId, today: isoDate('Today') })

/** What every invoice says of how to pay, from the practice's settings. */
export const paymentDetailsFields = z.strictObject({
  /** "Payment within 30 days of the invoice date." */
  paymentTerms: text('The payment terms', LIMITS.statement).default(''),
  /** Bank details (account holder, IBAN, BIC) or a payment link. */
  paymentDetails: text('The bank details or payment link', LIMITS.statement).default('')
})

/** Where a file was saved, or that the coach cancelled the save dialog. */
export const savedFile = z.union([z.object({ path: z.string() }), z.object({ cancelled: z.literal(true) })])

export const invoicesContract = {
  /** The engagement's invoices and credit notes, newest first, with their status on the coach's `today`. */
  'invoices:listForEngagement': {
    input: z.strictObject({ engagementId: recordId, today: isoDate('Today') }),
    output: z.object({ items: z.array(invoiceSummarySchema) })
  },
  /**
   * What the contract makes billable and no invoice (other than a void one) bills yet, as of
   * `today`: instalments due, held sessions at a per-session fee, late cancellations billed.
   */
  'invoices:suggestions': {
    /** `timeZone`: the coach's, for the day each session is billed on (the computer's when left out). */
    input: z.strictObject({ engagementId: recordId, today: isoDate('Today'), timeZone: knownTimeZone.optional() }),
    output: z.object({ currency: z.string(), lines: z.array(suggestedLineSchema) })
  },
  'invoices:createDraft': {
    input: z.strictObject({ engagementId: recordId, lines: linesInput, today: isoDate('Today') }),
    output: invoiceSchema
  },
  // Drafts are fetched once created and deleted last: the IPC fuzzing sends every channel in this order.
  'invoices:get': { input: invoiceRef, output: invoiceSchema },
  /** Replaces a draft's lines. An issued invoice is refused. */
  'invoices:updateDraft': {
    input: invoiceRef.extend({ lines: linesInput }),
    output: invoiceSchema
  },
  /** Gives the draft the next number of this computer's series and copies the bill-to onto it; never undone. */
  'invoices:issue': {
    input: invoiceRef.extend({ issuedOn: isoDate('The issue date'), dueOn: isoDate('The due date') }),
    output: invoiceSchema
  },
  'invoices:addPayment': {
    input: invoiceRef.extend({
      paidOn: isoDate('The payment date'),
      amountMinor: wholeNumber('The amount paid', 1, MAX_AMOUNT_MINOR),
      method: choice(PAYMENT_METHODS, 'Choose how it was paid: bank transfer, card, cash, cheque or other.')
    }),
    output: invoiceSchema
  },
  /** Voids an issued invoice with a credit note for its whole amount, numbered in the same series; never undone. */
  'invoices:void': {
    input: invoiceRef.extend({ voidedOn: isoDate('The date of the credit note') }),
    output: invoiceSchema
  },
  /** Issued invoices past their due date on the coach's `today` with something still to pay, oldest due first. */
  'invoices:overdue': {
    input: z.strictObject({ today: isoDate('Today') }),
    output: z.object({ items: z.array(overdueInvoiceSchema) })
  },
  /** This computer's series prefix (null until set), and the prefixes the practice's other series use. */
  'invoices:series': {
    input: z.strictObject({}),
    output: z.object({ prefix: z.string().nullable(), taken: z.array(z.string()) })
  },
  /** The payment terms and the bank details or payment link every invoice prints. */
  'invoices:paymentDetails': { input: z.strictObject({}), output: paymentDetailsFields },
  'invoices:setPaymentDetails': { input: paymentDetailsFields, output: paymentDetailsFields },
  /**
   * An issued invoice or credit note as a PDF with the practice's branding, saved where the
   * coach chooses; `timeZone` and the practice's locale for its dates and amounts.
   */
  'invoices:exportPdf': {
    input: invoiceRef.extend({ timeZone: knownTimeZone.optional() }),
    output: savedFile
  },
  /** Sets this computer's series prefix; one another series of the practice uses is refused. */
  'invoices:setSeries': {
    input: z.strictObject({ prefix: seriesPrefix }),
    output: z.object({ prefix: z.string().nullable(), taken: z.array(z.string()) })
  },
  'invoices:deleteDraft': { input: z.strictObject({ id: recordId }), output: z.object({ id: z.number() }) }
} as const

export type Invoice = z.output<typeof invoiceSchema>
export type PaymentDetails = z.output<typeof paymentDetailsFields>
export type InvoiceSummary = z.output<typeof invoiceSummarySchema>
export type InvoiceLineInput = z.output<typeof invoiceLineInput>
export type SuggestedLine = z.output<typeof suggestedLineSchema>
