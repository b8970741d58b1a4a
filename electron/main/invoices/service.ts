import type { Selectable } from 'kysely'
import type { ChannelArgs } from '../../shared/contract'
import { dayOf } from '../../shared/dates'
import type { FeeBasis } from '../../shared/engagements'
import {
  invoiceNumberText,
  invoiceTotals,
  seriesOf,
  type Invoice,
  type InvoiceLineInput,
  type InvoiceStatus,
  type InvoiceSummary,
  type SuggestedLine
} from '../../shared/invoices'
import { nowIso } from '../clock'
import type { Reader, Writer } from '../db/door'
import { requireEngagement, type EngagementRow } from '../engagements'
import { AppError, notFound } from '../errors'
import { getBillingTerms, retainerMonthsBegun } from '../fees'
import type { InvoiceTables } from './tables'

type InvoiceRow = Selectable<InvoiceTables['invoices']>
type LineRow = Selectable<InvoiceTables['invoiceLines']>

const REFUSED_ISSUED = 'This invoice is issued and is never changed: void it with a credit note instead.'

async function requireInvoice(db: Reader, id: number, field?: string): Promise<InvoiceRow> {
  const row = await db.selectFrom('invoices').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('invoice', field)
  return row
}

async function requireDraft(db: Reader, id: number): Promise<InvoiceRow & { engagementId: number }> {
  const row = await requireInvoice(db, id, 'id')
  if (row.number !== null || row.engagementId === null) throw new AppError('conflict', REFUSED_ISSUED, 'id')
  return { ...row, engagementId: row.engagementId }
}

function linesOf(db: Reader, invoiceIds: readonly number[]): Promise<LineRow[]> {
  if (invoiceIds.length === 0) return Promise.resolve([])
  return db.selectFrom('invoiceLines').selectAll().where('invoiceId', 'in', invoiceIds).orderBy('id').execute()
}

function paymentsOf(db: Reader, invoiceIds: readonly number[]) {
  if (invoiceIds.length === 0) return Promise.resolve([])
  return db.selectFrom('invoicePayments').select(['id', 'invoiceId', 'paidOn', 'amountMinor', 'method']).where('invoiceId', 'in', invoiceIds).orderBy('paidOn').orderBy('id').execute()
}

const numberOf = (row: Pick<InvoiceRow, 'series' | 'number'>) => (row.series !== null && row.number !== null ? invoiceNumberText(row.series, row.number) : null)

/** The status on the coach's `today`: never stored, since "overdue" changes with the day. */
export function statusOf(row: Pick<InvoiceRow, 'kind' | 'number' | 'voidedOn' | 'dueOn'>, totalMinor: number, paidMinor: number, today: string): InvoiceStatus {
  if (row.number === null) return 'draft'
  if (row.voidedOn !== null) return 'void'
  if (row.kind === 'credit_note') return 'issued'
  if (paidMinor >= totalMinor) return 'paid'
  if (row.dueOn !== null && row.dueOn < today) return 'overdue'
  return paidMinor > 0 ? 'partly_paid' : 'issued'
}

interface Gathered {
  rows: InvoiceRow[]
  lines: Map<number, LineRow[]>
  payments: Map<number, Awaited<ReturnType<typeof paymentsOf>>>
  /** Each document's number, for the credit notes that name the invoice they void. */
  numbers: Map<number, string | null>
}

function groupBy<T extends { invoiceId: number }>(items: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>()
  for (const item of items) groups.set(item.invoiceId, [...(groups.get(item.invoiceId) ?? []), item])
  return groups
}

async function gather(db: Reader, rows: InvoiceRow[]): Promise<Gathered> {
  const ids = rows.map((row) => row.id)
  const credited = rows.map((row) => row.creditsInvoiceId).filter((id): id is number => id !== null)
  const [lines, payments, creditedRows] = await Promise.all([
    linesOf(db, ids),
    paymentsOf(db, ids),
    credited.length === 0 ? [] : db.selectFrom('invoices').select(['id', 'series', 'number']).where('id', 'in', credited).execute()
  ])
  const numbers = new Map<number, string | null>([...rows, ...creditedRows].map((row) => [row.id, numberOf(row)]))
  return { rows, lines: groupBy(lines), payments: groupBy(payments), numbers }
}

function summaryOf(row: InvoiceRow, gathered: Gathered, today: string): InvoiceSummary {
  const totalMinor = invoiceTotals(gathered.lines.get(row.id) ?? []).totalMinor
  const paidMinor = (gathered.payments.get(row.id) ?? []).reduce((sum, payment) => sum + payment.amountMinor, 0)
  const status = statusOf(row, totalMinor, paidMinor, today)
  const owing = row.kind === 'invoice' && row.number !== null && status !== 'void'
  return {
    id: row.id,
    kind: row.kind,
    engagementId: row.engagementId,
    number: numberOf(row),
    issuedOn: row.issuedOn,
    dueOn: row.dueOn,
    currency: row.currency,
    totalMinor,
    paidMinor,
    outstandingMinor: owing ? Math.max(totalMinor - paidMinor, 0) : 0,
    status,
    creditsNumber: row.creditsInvoiceId === null ? null : (gathered.numbers.get(row.creditsInvoiceId) ?? null)
  }
}

/** Who a draft would be billed to today: the payer the contract names, with its billing details. */
async function currentBillTo(db: Reader, engagement: EngagementRow, today: string): Promise<Invoice['billTo']> {
  const terms = await getBillingTerms(db, { engagementId: engagement.id, today })
  if (terms.payer === 'sponsor' && terms.sponsor) {
    const { name, billingContact, billingAddress, taxId } = terms.sponsor
    return { name, address: [billingContact, billingAddress].filter((part) => part !== '').join('\n'), taxId }
  }
  const client = await db.selectFrom('clients').select(['name', 'organisation', 'email']).where('id', '=', engagement.clientId).executeTakeFirstOrThrow()
  return { name: client.name, address: [client.organisation, client.email].filter((part) => part !== null && part !== '').join('\n'), taxId: '' }
}

export async function getInvoice(db: Reader, { id, today }: { id: number; today: string }): Promise<Invoice> {
  const row = await requireInvoice(db, id)
  const [gathered, creditNote] = await Promise.all([
    gather(db, [row]),
    db.selectFrom('invoices').select('id').where('creditsInvoiceId', '=', id).executeTakeFirst()
  ])
  const lines = gathered.lines.get(id) ?? []
  const billTo =
    row.number === null && row.engagementId !== null
      ? await currentBillTo(db, await requireEngagement(db, row.engagementId), today)
      : { name: row.billToName, address: row.billToAddress, taxId: row.billToTaxId }
  return {
    ...summaryOf(row, gathered, today),
    billTo,
    lines: lines.map((line) => ({
      id: line.id,
      description: line.description,
      quantity: line.quantity,
      unitAmountMinor: line.unitAmountMinor,
      taxRateBp: line.taxRateBp,
      netMinor: line.quantity * line.unitAmountMinor,
      source: line.source,
      sessionId: line.sessionId,
      instalmentDueOn: line.instalmentDueOn
    })),
    totals: invoiceTotals(lines),
    payments: (gathered.payments.get(id) ?? []).map(({ id: paymentId, paidOn, amountMinor, method }) => ({ id: paymentId, paidOn, amountMinor, method })),
    voidedOn: row.voidedOn,
    creditNoteId: creditNote?.id ?? null,
    creditsInvoiceId: row.creditsInvoiceId
  }
}

export async function listInvoicesForEngagement(db: Reader, { engagementId, today }: ChannelArgs<'invoices:listForEngagement'>) {
  await requireEngagement(db, engagementId, 'engagementId')
  const rows = await db.selectFrom('invoices').selectAll().where('engagementId', '=', engagementId).orderBy('createdAt', 'desc').orderBy('id', 'desc').execute()
  const gathered = await gather(db, rows)
  return { items: rows.map((row) => summaryOf(row, gathered, today)) }
}

// ---- What the contract makes billable -----------------------------------------------------

/** What the engagement's invoices (void ones aside) bill already: sessions by id, instalments by due date. */
async function billedAlready(db: Reader, engagementId: number, exceptInvoiceId: number | null) {
  let query = db
    .selectFrom('invoiceLines')
    .innerJoin('invoices', 'invoices.id', 'invoiceLines.invoiceId')
    .select(['invoiceLines.sessionId', 'invoiceLines.instalmentDueOn'])
    .where('invoices.engagementId', '=', engagementId)
    .where('invoices.kind', '=', 'invoice')
    .where('invoices.voidedOn', 'is', null)
  if (exceptInvoiceId !== null) query = query.where('invoices.id', '<>', exceptInvoiceId)
  const rows = await query.execute()
  return {
    sessions: new Set(rows.map((row) => row.sessionId).filter((id): id is number => id !== null)),
    instalments: new Set(rows.map((row) => row.instalmentDueOn).filter((day): day is string => day !== null))
  }
}

function requireFee(engagement: EngagementRow): { amount: number; currency: string; basis: FeeBasis } {
  const { feeAmountMinor: amount, feeCurrency: currency, feeBasis: basis } = engagement
  if (amount === null || currency === null || basis === null) {
    throw new AppError('invalid_input', 'This engagement has no fee yet: set the fee and its currency in the contract first.', 'engagementId')
  }
  return { amount, currency, basis }
}

/**
 * Everything the contract makes billable by `today`, billed or not: a package's instalments
 * due (a package without instalments is one, due when the engagement starts, as its use
 * counts it due); a retainer's months begun, each billed as an instalment due on the day its
 * month begins (as the package's use counts them), so that no month is billed twice; and, at a per-session fee, each session held and each late cancellation
 * the contract bills. A package's late cancellations use up its sessions: never billed on top.
 */
async function billableItems(db: Reader, engagement: EngagementRow, today: string, timeZone?: string): Promise<SuggestedLine[]> {
  const fee = requireFee(engagement)
  const terms = await getBillingTerms(db, { engagementId: engagement.id, today })
  const line = { quantity: 1, unitAmountMinor: fee.amount, taxRateBp: 0, sessionId: null, instalmentDueOn: null }
  if (fee.basis === 'monthly_retainer') {
    return retainerMonthsBegun(engagement.startDate, engagement.plannedEndDate, today).map((month) => ({
      ...line,
      description: `Monthly retainer: the month from ${month}`,
      source: 'instalment' as const,
      instalmentDueOn: month
    }))
  }
  if (fee.basis === 'package') {
    const instalments = terms.instalments.length > 0 ? terms.instalments : [{ dueOn: engagement.startDate ?? today, amountMinor: fee.amount }]
    return instalments
      .filter((instalment) => instalment.dueOn <= today)
      .map(({ dueOn, amountMinor }) => ({
        ...line,
        description: terms.instalments.length > 0 ? `Coaching package: instalment due ${dueOn}` : `Coaching package: ${engagement.title}`,
        unitAmountMinor: amountMinor,
        source: 'instalment' as const,
        instalmentDueOn: dueOn
      }))
  }
  const late = new Set(terms.lateCancellationBillable ? terms.lateCancelledSessionIds : [])
  const sessions = await db
    .selectFrom('sessions')
    .select(['id', 'startsAt', 'status'])
    .where('engagementId', '=', engagement.id)
    .where((where) => where.or([where('status', '=', 'held'), where('id', 'in', late.size > 0 ? [...late] : [0])]))
    .orderBy('startsAt')
    .execute()
  return sessions
    .filter((session) => (dayOf(session.startsAt, timeZone) ?? session.startsAt) <= today)
    .map((session) => {
      const day = dayOf(session.startsAt, timeZone) ?? session.startsAt
      const source = session.status === 'held' ? ('session' as const) : ('late_cancellation' as const)
      const description = source === 'session' ? `Coaching session, ${day}` : `Session cancelled late, ${day}`
      return { ...line, description, source, sessionId: session.id }
    })
}

/** The billable items no invoice bills yet (a void one aside): the lines a new invoice starts from. */
export async function suggestLines(db: Reader, { engagementId, today, timeZone }: ChannelArgs<'invoices:suggestions'>) {
  const engagement = await requireEngagement(db, engagementId, 'engagementId')
  const [items, billed] = await Promise.all([billableItems(db, engagement, today, timeZone), billedAlready(db, engagementId, null)])
  const lines = items.filter((item) =>
    item.source === 'instalment' ? !billed.instalments.has(item.instalmentDueOn!) : !billed.sessions.has(item.sessionId!)
  )
  return { currency: requireFee(engagement).currency, lines }
}

/**
 * A line that bills a session or an instalment must bill one of this engagement's, of the
 * right kind, that no other invoice bills: otherwise it would be billed twice.
 */
async function checkSources(db: Reader, engagement: EngagementRow, lines: readonly InvoiceLineInput[], invoiceId: number | null): Promise<void> {
  const sourced = lines.filter((line) => line.source !== 'free')
  if (sourced.length === 0) return
  const billed = await billedAlready(db, engagement.id, invoiceId)
  const seenSessions = new Set<number>()
  const seenInstalments = new Set<string>()
  for (const line of sourced) {
    if (line.source === 'instalment') {
      if (line.instalmentDueOn === null) continue
      if (billed.instalments.has(line.instalmentDueOn) || seenInstalments.has(line.instalmentDueOn)) {
        throw invalidLine(`The instalment due ${line.instalmentDueOn} is billed already: remove its line.`)
      }
      seenInstalments.add(line.instalmentDueOn)
      continue
    }
    if (line.sessionId === null) continue
    const session = await db.selectFrom('sessions').select(['engagementId', 'status']).where('id', '=', line.sessionId).executeTakeFirst()
    if (!session || session.engagementId !== engagement.id) throw invalidLine('A line bills a session of another engagement: remove it.')
    const wanted = line.source === 'session' ? 'held' : 'cancelled'
    if (session.status !== wanted) throw invalidLine(line.source === 'session' ? 'A line bills a session that was not held: remove it.' : 'A line bills a late cancellation of a session that is not cancelled: remove it.')
    if (billed.sessions.has(line.sessionId) || seenSessions.has(line.sessionId)) throw invalidLine('A session on these lines is billed already: remove its line.')
    seenSessions.add(line.sessionId)
  }
}

const invalidLine = (message: string) => new AppError('invalid_input', message, 'lines')

/** The lines' totals by the one rounding rule, refused when beyond what Coachbook keeps exactly. */
function checkTotal(lines: readonly InvoiceLineInput[]): void {
  try {
    invoiceTotals(lines)
  } catch {
    throw invalidLine('The invoice comes to more than Coachbook can keep exactly: split it into smaller invoices.')
  }
}

async function writeLines(db: Writer, invoiceId: number, lines: readonly InvoiceLineInput[]): Promise<void> {
  await db.deleteFrom('invoiceLines').where('invoiceId', '=', invoiceId).execute()
  if (lines.length === 0) return
  await db
    .insertInto('invoiceLines')
    .values(lines.map((line) => ({ invoiceId, ...line })))
    .execute()
}

export async function createDraft(db: Writer, { engagementId, lines, today }: ChannelArgs<'invoices:createDraft'>): Promise<Invoice> {
  const engagement = await requireEngagement(db, engagementId, 'engagementId')
  const { currency } = requireFee(engagement)
  checkTotal(lines)
  await checkSources(db, engagement, lines, null)
  const now = nowIso()
  const { id } = await db
    .insertInto('invoices')
    .values({ engagementId, kind: 'invoice', creditsInvoiceId: null, currency, series: null, number: null, issuedOn: null, dueOn: null, billToName: '', billToAddress: '', billToTaxId: '', voidedOn: null, createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  await writeLines(db, id, lines)
  return getInvoice(db, { id, today })
}

export async function updateDraft(db: Writer, { id, lines, today }: ChannelArgs<'invoices:updateDraft'>): Promise<Invoice> {
  const draft = await requireDraft(db, id)
  checkTotal(lines)
  await checkSources(db, await requireEngagement(db, draft.engagementId), lines, id)
  await writeLines(db, id, lines)
  await db.updateTable('invoices').set({ updatedAt: nowIso() }).where('id', '=', id).execute()
  return getInvoice(db, { id, today })
}

export async function deleteDraft(db: Writer, { id }: ChannelArgs<'invoices:deleteDraft'>) {
  await requireDraft(db, id)
  await db.deleteFrom('invoices').where('id', '=', id).execute()
  return { id }
}

// ---- Numbers ---------------------------------------------------------------------------------

/**
 * The next number of the series, in the issuing transaction: the last one + 1, so the
 * series has no gap (nothing issued is ever deleted), and the unique index on (series,
 * number) refuses a second document with the same number whatever the path.
 */
async function nextNumber(db: Writer, series: string): Promise<number> {
  const last = await db.selectFrom('invoices').select((eb) => eb.fn.max('number').as('last')).where('series', '=', series).executeTakeFirst()
  return (last?.last ?? 0) + 1
}

/** This computer's prefix, claimed in the practice if it is not yet (the practice may be new to this computer). */
async function requirePrefix(db: Writer, prefix: string | null): Promise<string> {
  if (prefix === null) {
    throw new AppError('invalid_input', 'Set this computer’s invoice series in Settings › Invoices before issuing: its prefix begins every number it issues.')
  }
  await db.insertInto('invoiceSeries').values({ prefix, claimedAt: nowIso() }).onConflict((conflict) => conflict.column('prefix').doNothing()).execute()
  return prefix
}

export async function issueInvoice(db: Writer, input: ChannelArgs<'invoices:issue'>, prefix: string | null): Promise<Invoice> {
  const { id, issuedOn, dueOn, today } = input
  const draft = await requireDraft(db, id)
  if (dueOn < issuedOn) throw new AppError('invalid_input', 'The due date comes before the issue date: choose a due date on or after it.', 'dueOn')
  const lines = await linesOf(db, [id])
  if (lines.length === 0) throw new AppError('invalid_input', 'This invoice has no lines: add what it bills before issuing it.', 'lines')
  const engagement = await requireEngagement(db, draft.engagementId)
  const billTo = await currentBillTo(db, engagement, today)
  const series = seriesOf(await requirePrefix(db, prefix), issuedOn)
  const number = await nextNumber(db, series)
  await db
    .updateTable('invoices')
    .set({ series, number, issuedOn, dueOn, billToName: billTo.name, billToAddress: billTo.address, billToTaxId: billTo.taxId, updatedAt: nowIso() })
    .where('id', '=', id)
    .execute()
  return getInvoice(db, { id, today })
}

export async function addPayment(db: Writer, { id, paidOn, amountMinor, method, today }: ChannelArgs<'invoices:addPayment'>): Promise<Invoice> {
  const invoice = await getInvoice(db, { id, today })
  if (invoice.kind !== 'invoice' || invoice.status === 'draft' || invoice.status === 'void') {
    throw new AppError('invalid_input', 'Payments are recorded on an issued invoice that is not void.', 'id')
  }
  if (amountMinor > invoice.outstandingMinor) {
    throw new AppError(
      'invalid_input',
      invoice.outstandingMinor === 0 ? 'This invoice is paid in full already.' : 'That is more than is still to be paid on this invoice: enter at most what is outstanding.',
      'amountMinor'
    )
  }
  if (invoice.issuedOn !== null && paidOn < invoice.issuedOn) throw new AppError('invalid_input', 'The payment date comes before the invoice was issued: check the date.', 'paidOn')
  await db.insertInto('invoicePayments').values({ invoiceId: id, paidOn, amountMinor, method, recordedAt: nowIso() }).execute()
  return getInvoice(db, { id, today })
}

/**
 * Voids an issued invoice: a credit note for its whole amount, with its lines and bill-to,
 * numbered next in this computer's series (the sequence keeps every number), and the
 * invoice marked void. Its sessions and instalments become billable again.
 */
export async function voidInvoice(db: Writer, { id, voidedOn, today }: ChannelArgs<'invoices:void'>, prefix: string | null): Promise<Invoice> {
  const invoice = await requireInvoice(db, id, 'id')
  if (invoice.kind !== 'invoice' || invoice.number === null) throw new AppError('invalid_input', 'Only an issued invoice is voided; a draft is deleted.', 'id')
  if (invoice.voidedOn !== null) throw new AppError('conflict', 'This invoice is void already.', 'id')
  if (invoice.issuedOn !== null && voidedOn < invoice.issuedOn) throw new AppError('invalid_input', 'The credit note’s date comes before the invoice was issued: check the date.', 'voidedOn')
  const series = seriesOf(await requirePrefix(db, prefix), voidedOn)
  const number = await nextNumber(db, series)
  const now = nowIso()
  const { id: creditNoteId } = await db
    .insertInto('invoices')
    .values({
      engagementId: invoice.engagementId,
      kind: 'credit_note',
      creditsInvoiceId: id,
      currency: invoice.currency,
      series,
      number,
      issuedOn: voidedOn,
      dueOn: null,
      billToName: invoice.billToName,
      billToAddress: invoice.billToAddress,
      billToTaxId: invoice.billToTaxId,
      voidedOn: null,
      createdAt: now,
      updatedAt: now
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const lines = await linesOf(db, [id])
  await db
    .insertInto('invoiceLines')
    .values(lines.map(({ description, quantity, unitAmountMinor, taxRateBp }) => ({ invoiceId: creditNoteId, description, quantity, unitAmountMinor, taxRateBp, source: 'free' as const, sessionId: null, instalmentDueOn: null })))
    .execute()
  await db.updateTable('invoices').set({ voidedOn, updatedAt: now }).where('id', '=', id).execute()
  return getInvoice(db, { id, today })
}

/** Every issued invoice past its due date on `today` with something still to pay, oldest due first: for Today. */
export async function overdueInvoices(db: Reader, { today }: ChannelArgs<'invoices:overdue'>) {
  const rows = await db
    .selectFrom('invoices')
    .selectAll()
    .where('kind', '=', 'invoice')
    .where('number', 'is not', null)
    .where('voidedOn', 'is', null)
    .where('dueOn', '<', today)
    .orderBy('dueOn')
    .orderBy('id')
    .execute()
  const gathered = await gather(db, rows)
  const engagementIds = rows.map((row) => row.engagementId).filter((id): id is number => id !== null)
  const named =
    engagementIds.length === 0
      ? []
      : await db
          .selectFrom('engagements')
          .innerJoin('clients', 'clients.id', 'engagements.clientId')
          .select(['engagements.id', 'engagements.title', 'clients.name'])
          .where('engagements.id', 'in', engagementIds)
          .execute()
  const names = new Map(named.map((row) => [row.id, row]))
  const items = rows
    .map((row) => {
      const engagement = row.engagementId === null ? undefined : names.get(row.engagementId)
      return { ...summaryOf(row, gathered, today), clientName: engagement?.name ?? row.billToName, engagementTitle: engagement?.title ?? null }
    })
    .filter((item) => item.status === 'overdue')
  return { items }
}
