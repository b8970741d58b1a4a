import { sql, type RawBuilder } from 'kysely'
import type { ChannelArgs } from '../../shared/contract'
import type { IncomeFigures, IncomeOverview } from '../../shared/income'
import type { InvoiceKind, PaymentMethod } from '../../shared/invoices'
import type { Reader } from '../db/door'
import { overdueInvoices } from '../invoices'

// What counts, and when, is written once with the contract (shared/income.ts). Every sum is
// SQL's, in whole minor units, and grouped by currency before anything else.

type IncomeRequest = ChannelArgs<'income:overview'>

/**
 * The common table expressions every figure is drawn from:
 * - `document_totals`: each issued document's net and tax by the one rounding rule of
 *   invoices (shared/invoices.ts, `invoiceTotals`): tax per rate on the sum of that rate's
 *   lines, half away from zero, to minor units. A rate's net is split into whole ten
 *   thousands and the rest, so that net × rate never leaves SQLite's 64-bit integers:
 *   (q·10 000 + r) × rate ÷ 10 000 = q × rate + r × rate ÷ 10 000, the last rounded.
 * - `parties`: who each issued document is of: the engagement's client (the name billed
 *   once the client is erased) and sponsor organisation.
 * - `movements`: the ledger dated by `today`: each document's total on its issue date (a
 *   credit note's negative), each payment on its payment date.
 */
function ledger(today: string): RawBuilder<unknown> {
  return sql`
    rate_sums AS (
      SELECT invoice_id, tax_rate_bp, SUM(quantity * unit_amount_minor) AS net
      FROM invoice_lines GROUP BY invoice_id, tax_rate_bp
    ),
    document_totals AS (
      SELECT invoice_id, SUM(net) AS net_minor,
        SUM((net / 10000) * tax_rate_bp + ((net % 10000) * tax_rate_bp + 5000) / 10000) AS tax_minor
      FROM rate_sums GROUP BY invoice_id
    ),
    parties AS (
      SELECT i.id AS invoice_id, i.currency, e.client_id, COALESCE(c.name, i.bill_to_name) AS client_name,
        e.sponsor_organisation_id AS organisation_id, o.name AS organisation_name
      FROM invoices AS i
      LEFT JOIN engagements AS e ON e.id = i.engagement_id
      LEFT JOIN clients AS c ON c.id = e.client_id
      LEFT JOIN organisations AS o ON o.id = e.sponsor_organisation_id
      WHERE i.number IS NOT NULL
    ),
    movements AS (
      SELECT p.*, i.issued_on AS day,
        CASE i.kind WHEN 'credit_note' THEN -(t.net_minor + t.tax_minor) ELSE t.net_minor + t.tax_minor END AS invoiced,
        0 AS paid
      FROM parties AS p JOIN invoices AS i ON i.id = p.invoice_id JOIN document_totals AS t ON t.invoice_id = p.invoice_id
      WHERE i.issued_on <= ${today}
      UNION ALL
      SELECT p.*, pay.paid_on, 0, pay.amount_minor
      FROM parties AS p JOIN invoice_payments AS pay ON pay.invoice_id = p.invoice_id
      WHERE pay.paid_on <= ${today}
    )`
}

const yearBounds = (year: number) => ({ from: `${String(year).padStart(4, '0')}-01-01`, to: `${String(year).padStart(4, '0')}-12-31` })

/**
 * The year's figures, grouped by currency and by `by` (columns of `movements`): what was
 * invoiced and paid in the year, and what is outstanding at its end. A row is kept when
 * anything moved in the year or something is still outstanding.
 */
function yearFigures(by: { select: RawBuilder<unknown>; group: RawBuilder<unknown> } | null, { year, today }: IncomeRequest): RawBuilder<unknown> {
  const { from, to } = yearBounds(year)
  const grouping = by === null ? sql`currency` : sql`${by.group}, currency`
  return sql`
    WITH ${ledger(today)}
    SELECT ${by === null ? sql`currency` : sql`${by.select}, currency`},
      SUM(CASE WHEN day >= ${from} THEN invoiced ELSE 0 END) AS invoiced_minor,
      SUM(CASE WHEN day >= ${from} THEN paid ELSE 0 END) AS paid_minor,
      SUM(invoiced - paid) AS outstanding_minor
    FROM movements
    WHERE day <= ${to}
    GROUP BY ${grouping}
    HAVING SUM(day >= ${from}) > 0 OR outstanding_minor <> 0`
}

async function totals(db: Reader, request: IncomeRequest): Promise<IncomeOverview['totals']> {
  const { rows } = await sql<IncomeFigures>`${yearFigures(null, request)} ORDER BY currency`.execute(db)
  return rows
}

async function byClient(db: Reader, request: IncomeRequest): Promise<IncomeOverview['clients']> {
  const { rows } = await sql<IncomeOverview['clients'][number]>`
    ${yearFigures({ select: sql`client_id, client_name AS name`, group: sql`client_id, client_name` }, request)}
    ORDER BY name COLLATE NOCASE, client_id, currency`.execute(db)
  return rows
}

async function bySponsor(db: Reader, request: IncomeRequest): Promise<IncomeOverview['sponsors']> {
  const { rows } = await sql<IncomeOverview['sponsors'][number]>`
    ${yearFigures({ select: sql`organisation_id, organisation_name AS name`, group: sql`organisation_id, organisation_name` }, request)}
    ORDER BY organisation_id IS NULL, name COLLATE NOCASE, organisation_id, currency`.execute(db)
  return rows
}

/** Each month of the year begun by today, per currency: invoiced and paid in it, outstanding at its end. */
async function byMonth(db: Reader, { year, today }: IncomeRequest): Promise<IncomeOverview['months']> {
  const { rows } = await sql<IncomeOverview['months'][number]>`
    WITH RECURSIVE numbers(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM numbers WHERE n < 12),
    ${ledger(today)},
    periods AS (SELECT printf('%04d-%02d', ${year}, n) AS month FROM numbers)
    SELECT periods.month, m.currency,
      SUM(CASE WHEN substr(m.day, 1, 7) = periods.month THEN m.invoiced ELSE 0 END) AS invoiced_minor,
      SUM(CASE WHEN substr(m.day, 1, 7) = periods.month THEN m.paid ELSE 0 END) AS paid_minor,
      SUM(m.invoiced - m.paid) AS outstanding_minor
    FROM periods JOIN movements AS m ON m.day <= periods.month || '-31'
    WHERE periods.month <= substr(${today}, 1, 7)
    GROUP BY periods.month, m.currency
    HAVING SUM(substr(m.day, 1, 7) = periods.month) > 0 OR outstanding_minor <> 0
    ORDER BY m.currency, periods.month`.execute(db)
  return rows
}

/** The years anything was issued or paid in, and today's: newest first. */
async function yearsWithIncome(db: Reader, today: string): Promise<number[]> {
  const { rows } = await sql<{ year: number }>`
    WITH ${ledger(today)}
    SELECT DISTINCT CAST(substr(day, 1, 4) AS INTEGER) AS year FROM movements`.execute(db)
  const years = new Set([Number(today.slice(0, 4)), ...rows.map((row) => row.year)])
  return [...years].sort((a, b) => b - a)
}

export async function incomeOverview(db: Reader, request: IncomeRequest): Promise<IncomeOverview> {
  const [years, yearTotals, months, clients, sponsors, overdue] = await Promise.all([
    yearsWithIncome(db, request.today),
    totals(db, request),
    byMonth(db, request),
    byClient(db, request),
    bySponsor(db, request),
    overdueInvoices(db, { today: request.today })
  ])
  return { year: request.year, years, totals: yearTotals, months, clients, sponsors, overdue: overdue.items }
}

// ---- The ledger for an accountant -------------------------------------------------------------

export interface LedgerEntry {
  day: string
  entry: InvoiceKind | 'payment'
  /** The document's series and number; for a payment, the invoice's it pays. */
  series: string
  number: number
  /** A credit note: the invoice it voids. */
  creditsSeries: string | null
  creditsNumber: number | null
  dueOn: string | null
  billToName: string
  clientName: string
  organisationName: string | null
  currency: string
  /** A document's figures (a credit note's negative); null for a payment. */
  netMinor: number | null
  taxMinor: number | null
  totalMinor: number | null
  /** A payment's amount; null for a document. */
  paidMinor: number | null
  method: PaymentMethod | null
}

/** Every invoice, credit note and payment dated in the year (by today), by date; a day's documents before its payments. */
export async function incomeLedger(db: Reader, { year, today }: IncomeRequest): Promise<LedgerEntry[]> {
  const { from, to } = yearBounds(year)
  const until = to < today ? to : today
  const { rows } = await sql<LedgerEntry>`
    WITH ${ledger(today)}
    SELECT * FROM (
      SELECT i.issued_on AS day, i.kind AS entry, i.series, i.number, credited.series AS credits_series,
        credited.number AS credits_number, i.due_on, i.bill_to_name, p.client_name, p.organisation_name, i.currency,
        sign.factor * t.net_minor AS net_minor, sign.factor * t.tax_minor AS tax_minor, sign.factor * (t.net_minor + t.tax_minor) AS total_minor,
        NULL AS paid_minor, NULL AS method, 0 AS payment_id
      FROM invoices AS i
      JOIN parties AS p ON p.invoice_id = i.id
      JOIN document_totals AS t ON t.invoice_id = i.id
      JOIN (SELECT 'invoice' AS kind, 1 AS factor UNION ALL SELECT 'credit_note', -1) AS sign ON sign.kind = i.kind
      LEFT JOIN invoices AS credited ON credited.id = i.credits_invoice_id
      WHERE i.issued_on BETWEEN ${from} AND ${until}
      UNION ALL
      SELECT pay.paid_on, 'payment', i.series, i.number, NULL, NULL, i.due_on, i.bill_to_name, p.client_name,
        p.organisation_name, i.currency, NULL, NULL, NULL, pay.amount_minor, pay.method, pay.id
      FROM invoice_payments AS pay
      JOIN invoices AS i ON i.id = pay.invoice_id
      JOIN parties AS p ON p.invoice_id = i.id
      WHERE pay.paid_on BETWEEN ${from} AND ${until}
    )
    ORDER BY day, entry = 'payment', series, number, payment_id`.execute(db)
  return rows
}
