import type { ChannelArgs } from '../../shared/contract'
import { NOTICE_HOURS, type BillingTerms, type PackageUse, type SponsorBilling } from '../../shared/fees'
import { shareOfAmount } from '../../shared/money'
import { sameDateMonthsLater } from '../../shared/sessionSeries'
import type { ExportedBilling } from '../../shared/privacy'
import { nowIso } from '../clock'
import type { Reader, Writer } from '../db/door'
import { fromFlag, toFlag } from '../db/values'
import { requireEngagement, type EngagementRow } from '../engagements'
import { AppError } from '../errors'
import { getOrganisation } from '../organisations'
import { sessionStatusOf } from '../sessions'

/** What an engagement is billed on before the coach says otherwise: the client pays, late cancellations are not billed. */
const DEFAULT_TERMS = { payer: 'client', lateCancellationBillable: 0, lateCancellationNoticeHours: NOTICE_HOURS.default } as const

function storedTerms(db: Reader, engagementId: number) {
  return db
    .selectFrom('engagementBilling')
    .select(['payer', 'lateCancellationBillable', 'lateCancellationNoticeHours', 'updatedAt'])
    .where('engagementId', '=', engagementId)
    .executeTakeFirst()
}

async function termsRow(db: Reader, engagementId: number) {
  return (await storedTerms(db, engagementId)) ?? DEFAULT_TERMS
}

/** The engagement's billing as the client export carries it: null when the coach never set it. */
export async function engagementBillingDetails(db: Reader, engagementId: number): Promise<ExportedBilling> {
  const terms = await storedTerms(db, engagementId)
  if (!terms) return null
  const instalments = await instalmentsOf(db, engagementId)
  return {
    ...terms,
    lateCancellationBillable: fromFlag(terms.lateCancellationBillable),
    instalments: instalments.map(({ dueOn, amountMinor }) => ({ dueOn, amountMinor }))
  }
}

function instalmentsOf(db: Reader, engagementId: number) {
  return db
    .selectFrom('feeInstalments')
    .select(['id', 'dueOn', 'amountMinor'])
    .where('engagementId', '=', engagementId)
    .orderBy('dueOn')
    .orderBy('id')
    .execute()
}

/** The engagement's sessions marked cancelled late, through the index on each session's engagement. */
export async function lateCancelledSessionIds(db: Reader, engagementId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('lateCancellations')
    .innerJoin('sessions', 'sessions.id', 'lateCancellations.sessionId')
    .select('sessions.id')
    .where('sessions.engagementId', '=', engagementId)
    .orderBy('sessions.startsAt')
    .execute()
  return rows.map((row) => row.id)
}

interface UseFacts {
  engagement: EngagementRow
  billableLate: number
  instalments: { dueOn: string; amountMinor: number }[]
  today: string
}

/**
 * The first day of each month of a retainer begun by `today`: from the start date, on the
 * same date each month (the month's last day when it is shorter), up to the planned end.
 */
export function retainerMonthsBegun(startDate: string | null, plannedEndDate: string | null, today: string): string[] {
  if (startDate === null) return []
  const lastDay = plannedEndDate !== null && plannedEndDate < today ? plannedEndDate : today
  const months: string[] = []
  for (let day = startDate; day <= lastDay; day = sameDateMonthsLater(startDate, months.length)) months.push(day)
  return months
}

/**
 * How much of the fee is used and due, in its currency. A package's value is shared over
 * its planned sessions by the one rounding rule (shared/money.ts), so the value of all of
 * them is the fee exactly; what is due is its instalments due by today, or the whole fee
 * once the engagement has started when it has none. Per session, each session used is due;
 * a monthly retainer, each month begun by today.
 */
export function packageUse({ engagement, billableLate, instalments, today }: UseFacts): PackageUse | null {
  const { feeAmountMinor: amount, feeCurrency: currency, feeBasis: basis, plannedSessions } = engagement
  if (amount === null || currency === null || basis === null) return null
  const heldSessions = engagement.heldSessions
  const sessionsUsed = heldSessions + billableLate
  const facts = { sessionsUsed, heldSessions, billableLateCancellations: billableLate, plannedSessions, currency, retainerMonths: null }
  if (basis === 'per_session') {
    return { ...facts, valueUsedMinor: amount * sessionsUsed, valueRemainingMinor: null, dueSoFarMinor: amount * sessionsUsed }
  }
  if (basis === 'monthly_retainer') {
    const retainerMonths = retainerMonthsBegun(engagement.startDate, engagement.plannedEndDate, today)
    return { ...facts, retainerMonths, valueUsedMinor: null, valueRemainingMinor: null, dueSoFarMinor: amount * retainerMonths.length }
  }
  const started = (engagement.startDate !== null && engagement.startDate <= today) || sessionsUsed > 0
  const dueSoFarMinor =
    instalments.length > 0
      ? instalments.filter((instalment) => instalment.dueOn <= today).reduce((sum, instalment) => sum + instalment.amountMinor, 0)
      : started
        ? amount
        : 0
  if (plannedSessions === null) return { ...facts, valueUsedMinor: null, valueRemainingMinor: null, dueSoFarMinor }
  const valueUsedMinor = shareOfAmount(amount, Math.min(sessionsUsed, plannedSessions), plannedSessions)
  return { ...facts, valueUsedMinor, valueRemainingMinor: amount - valueUsedMinor, dueSoFarMinor }
}

async function sponsorOf(db: Reader, organisationId: number | null): Promise<BillingTerms['sponsor']> {
  if (organisationId === null) return null
  const [organisation, billing] = await Promise.all([getOrganisation(db, organisationId), getSponsorBilling(db, organisationId)])
  return { id: organisation.id, name: organisation.name, billingContact: billing.billingContact, billingAddress: billing.billingAddress, taxId: billing.taxId }
}

export async function getBillingTerms(db: Reader, { engagementId, today }: { engagementId: number; today: string }): Promise<BillingTerms> {
  const engagement = await requireEngagement(db, engagementId)
  const [terms, instalments, lateIds, sponsor] = await Promise.all([
    termsRow(db, engagementId),
    instalmentsOf(db, engagementId),
    lateCancelledSessionIds(db, engagementId),
    sponsorOf(db, engagement.sponsorOrganisationId)
  ])
  const billable = fromFlag(terms.lateCancellationBillable)
  return {
    engagementId,
    payer: terms.payer,
    lateCancellationBillable: billable,
    lateCancellationNoticeHours: terms.lateCancellationNoticeHours,
    instalments,
    lateCancelledSessionIds: lateIds,
    sponsor,
    use: packageUse({ engagement, billableLate: billable ? lateIds.length : 0, instalments, today })
  }
}

/** Instalments belong to a package, in its currency, and add up to its fee exactly: nothing billed twice or left out. */
function checkInstalments(engagement: EngagementRow, instalments: { amountMinor: number }[]): void {
  if (instalments.length === 0) return
  if (engagement.feeBasis !== 'package' || engagement.feeAmountMinor === null) {
    throw new AppError('invalid_input', 'Only a package is paid in instalments: set a package fee in the contract first.', 'instalments')
  }
  const total = instalments.reduce((sum, instalment) => sum + instalment.amountMinor, 0)
  if (total !== engagement.feeAmountMinor) {
    throw new AppError(
      'invalid_input',
      `The instalments add up to ${total - engagement.feeAmountMinor > 0 ? 'more' : 'less'} than the package's fee: make them add up to it exactly.`,
      'instalments'
    )
  }
}

export async function updateBillingTerms(db: Writer, input: ChannelArgs<'fees:update'>): Promise<BillingTerms> {
  const { engagementId, instalments, today, ...terms } = input
  const engagement = await requireEngagement(db, engagementId, 'engagementId')
  if (terms.payer === 'sponsor' && engagement.sponsorOrganisationId === null) {
    throw new AppError('invalid_input', 'This engagement has no sponsor organisation: choose one in the contract, or bill the client.', 'payer')
  }
  checkInstalments(engagement, instalments)
  const row = { ...terms, lateCancellationBillable: toFlag(terms.lateCancellationBillable), updatedAt: nowIso() }
  await db
    .insertInto('engagementBilling')
    .values({ engagementId, ...row })
    .onConflict((conflict) => conflict.column('engagementId').doUpdateSet(row))
    .execute()
  await db.deleteFrom('feeInstalments').where('engagementId', '=', engagementId).execute()
  if (instalments.length > 0) {
    await db
      .insertInto('feeInstalments')
      .values(instalments.map((instalment) => ({ engagementId, ...instalment })))
      .execute()
  }
  return getBillingTerms(db, { engagementId, today })
}

export async function setCancelledLate(db: Writer, { sessionId, cancelledLate }: ChannelArgs<'fees:setCancelledLate'>) {
  const session = await sessionStatusOf(db, sessionId)
  if (!cancelledLate) {
    await db.deleteFrom('lateCancellations').where('sessionId', '=', sessionId).execute()
    return { sessionId, cancelledLate }
  }
  if (session.status !== 'cancelled') {
    throw new AppError('invalid_input', 'Only a cancelled session can be cancelled late: mark the session cancelled first.', 'cancelledLate')
  }
  await db
    .insertInto('lateCancellations')
    .values({ sessionId, recordedAt: nowIso() })
    .onConflict((conflict) => conflict.column('sessionId').doNothing())
    .execute()
  return { sessionId, cancelledLate }
}

export async function getSponsorBilling(db: Reader, organisationId: number): Promise<SponsorBilling> {
  const row = await db
    .selectFrom('sponsorBilling')
    .select(['billingContact', 'billingAddress', 'taxId'])
    .where('organisationId', '=', organisationId)
    .executeTakeFirst()
  return { organisationId, billingContact: row?.billingContact ?? '', billingAddress: row?.billingAddress ?? '', taxId: row?.taxId ?? '' }
}

export async function setSponsorBilling(db: Writer, input: ChannelArgs<'fees:setSponsorBilling'>): Promise<SponsorBilling> {
  const { organisationId, ...details } = input
  await getOrganisation(db, organisationId)
  const row = { ...details, updatedAt: nowIso() }
  await db
    .insertInto('sponsorBilling')
    .values({ organisationId, ...row })
    .onConflict((conflict) => conflict.column('organisationId').doUpdateSet(row))
    .execute()
  return getSponsorBilling(db, organisationId)
}
