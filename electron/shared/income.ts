import { z } from 'zod'
import { overdueInvoiceSchema, savedFile } from './invoices'
import { isoDate, wholeNumber } from './text'

// ---- The income overview ----------------------------------------------------------------
//
// What counts, always per currency (amounts of two currencies are never added up):
// - An issued invoice counts as invoiced on its issue date, for its whole total; a credit
//   note counts against it (negative) on its own date. A draft never counts.
// - A payment counts as paid on its payment date.
// - Outstanding is what was invoiced less what was paid, from the first document up to
//   the end of the period (or today, when the period is not over): what clients and
//   sponsors owe then. A payment on an invoice voided later stays paid, so the client is
//   owed it back and their outstanding goes below zero.
// - Nothing dated after the coach's today counts yet.
// Per client means the engagement's client (the name billed, once the client is erased);
// per sponsor the engagement's sponsor organisation, whoever the invoice was billed to.

/** The first and last year the overview is asked for: far beyond any practice's records. */
export const INCOME_YEARS = { first: 1900, last: 9999 } as const

const figures = {
  currency: z.string(),
  /** Invoices issued less credit notes, in the period: in minor units of `currency`. */
  invoicedMinor: z.number(),
  paidMinor: z.number(),
  /** Invoiced less paid from the first document to the period's end (or today). */
  outstandingMinor: z.number()
}

export const incomeFiguresSchema = z.object(figures)

export const incomeOverviewSchema = z.object({
  year: z.number(),
  /** The years with an issued document or a payment, and today's, newest first: the year picker's choices. */
  years: z.array(z.number()),
  /** The year's figures, one row per currency. */
  totals: z.array(incomeFiguresSchema),
  /** Each month of the year begun by today with anything to show, per currency: "2026-03". */
  months: z.array(incomeFiguresSchema.extend({ month: z.string() })),
  /** Per client; `clientId` null once the client is erased (named as billed). */
  clients: z.array(incomeFiguresSchema.extend({ clientId: z.number().nullable(), name: z.string() })),
  /** Per sponsor organisation; `organisationId` null for the engagements no sponsor pays for. */
  sponsors: z.array(incomeFiguresSchema.extend({ organisationId: z.number().nullable(), name: z.string().nullable() })),
  /** Issued invoices past their due date with something still to pay (the ones Today lists). */
  overdue: z.array(overdueInvoiceSchema)
})

const incomeRequest = z.strictObject({
  year: wholeNumber('The year', INCOME_YEARS.first, INCOME_YEARS.last),
  today: isoDate('Today')
})

export const incomeContract = {
  /** Invoiced, paid and outstanding in `year`, per month, client and sponsor, per currency, as of the coach's `today`. */
  'income:overview': { input: incomeRequest, output: incomeOverviewSchema },
  /**
   * The year's ledger for an accountant, as CSV saved where the coach chooses: one row per
   * invoice, credit note and payment dated in the year (by today), in date order.
   */
  'income:exportCsv': { input: incomeRequest, output: savedFile }
} as const

export type IncomeOverview = z.output<typeof incomeOverviewSchema>
export type IncomeFigures = z.output<typeof incomeFiguresSchema>
