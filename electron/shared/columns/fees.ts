import { z } from 'zod'
import { amountMinor, NOTICE_HOURS, PAYER_LABELS, PAYERS, sponsorBillingFields } from '../fees'
import { choice, isoDate, isoDateTime, wholeNumber } from '../text'
import { column, key, parentKey, table, uid, updatedAt } from './column'

// How a contract is billed (migration 022): the coach's own business records, in no
// summary, report to a client or sponsor, or search. They sit beside the records they
// belong to, one row per engagement, session or organisation, as the coaching log's do.
// What is about one client's engagements is in the client export (version 5).

/** Who pays an engagement, and whether a late cancellation is billed. */
export const ENGAGEMENT_BILLING = table('engagement_billing', {
  id: key(),
  uid: uid(),
  engagementId: parentKey(),
  payer: column(choice(PAYERS, 'The payer is not one Coachbook knows.'), { privacy: 'private', words: PAYER_LABELS }),
  lateCancellationBillable: column(z.boolean(), { privacy: 'private' }),
  lateCancellationNoticeHours: column(wholeNumber('The notice in hours', NOTICE_HOURS.min, NOTICE_HOURS.max), { privacy: 'private' }),
  updatedAt: updatedAt()
})

/** One instalment of a package's fee, in the fee's currency. */
export const FEE_INSTALMENTS = table('fee_instalments', {
  id: key(),
  uid: uid(),
  engagementId: parentKey(),
  dueOn: column(isoDate('The due date'), { privacy: 'private' }),
  amountMinor: column(amountMinor('The instalment'), { privacy: 'private' })
})

/** A cancelled session the coach marked as cancelled late; it goes when the session is no longer cancelled. */
export const LATE_CANCELLATIONS = table('late_cancellations', {
  id: key(),
  uid: uid(),
  sessionId: parentKey(),
  /** The client export carries the mark as the session's `cancelledLate`. */
  recordedAt: column(isoDateTime('The time it was recorded'), { privacy: 'structure', exported: { in: 'cancelledLate' } })
})

/**
 * A sponsor organisation's billing details. Not in a client's export: an organisation
 * sponsors many clients, and its details are the coach's records of it.
 */
export const SPONSOR_BILLING = table('sponsor_billing', {
  id: key(),
  uid: uid(),
  organisationId: column(z.number().int(), { privacy: 'structure', exported: false }),
  billingContact: column(sponsorBillingFields.shape.billingContact, { privacy: 'private', exported: false }),
  billingAddress: column(sponsorBillingFields.shape.billingAddress, { privacy: 'private', exported: false }),
  taxId: column(sponsorBillingFields.shape.taxId, { privacy: 'private', exported: false }),
  updatedAt: { ...updatedAt(), exported: false }
})
