import { z } from 'zod'
import {
  CADENCE_LABELS,
  CADENCES,
  ENGAGEMENT_STATUS_WORDS,
  ENGAGEMENT_STATUSES,
  FEE_BASIS_WORDS,
  feeFields,
  PLANNED_SESSIONS,
  SESSION_MINUTES,
  SPONSOR_REPORTING,
  SPONSOR_REPORTING_LEVELS
} from '../engagements'
import { choice, isoDate, isoDateTime, LIMITS, recordId, requiredText, wholeNumber } from '../text'
import { column, createdAt, derived, key, link, notesText, parentKey, table, updatedAt, uid } from './column'

const status = () => choice(ENGAGEMENT_STATUSES, 'The status is not one Coachbook knows.')

/** A kind of engagement: the export carries it by name, with its defaults, as the engagement's `kind`. */
export const ENGAGEMENT_KINDS = table('engagement_kinds', {
  /** The export names a kind by its name. */
  id: { ...key(), exported: false },
  uid: uid(),
  name: column(requiredText('The kind', LIMITS.name, 'The kind of engagement has no name.'), { privacy: 'shareable' }),
  isMentoring: column(z.boolean(), { privacy: 'shareable' }),
  /** The kinds Coachbook comes with cannot be renamed or deleted. */
  builtIn: column(z.boolean(), { privacy: 'private', exported: false }),
  defaultPlannedSessions: column(wholeNumber('The default planned sessions', PLANNED_SESSIONS.min, PLANNED_SESSIONS.max).nullable(), {
    privacy: 'private'
  }),
  defaultCadence: column(choice(CADENCES, 'The default cadence is not one Coachbook knows.'), { privacy: 'private', words: CADENCE_LABELS }),
  defaultSessionMinutes: column(wholeNumber('The default session length', SESSION_MINUTES.min, SESSION_MINUTES.max), { privacy: 'private' })
})

/**
 * The contract. Its facts (title, kind, sponsor, dates, status, sessions planned) are on
 * every summary's cover, the sponsor's included; its terms and fee are the coach's own.
 */
export const ENGAGEMENTS = table('engagements', {
  id: key(),
  uid: uid(),
  clientId: parentKey(),
  kindId: column(recordId, { privacy: 'structure', exported: { in: 'kind' } }),
  title: column(requiredText('The title', LIMITS.shortText, 'An engagement has no title.'), { privacy: 'shareable' }),
  /** One of the file's organisations, or null. */
  sponsorOrganisationId: link(),
  /** One of that organisation's contacts in the file, or null. */
  sponsorContactId: link(),
  startDate: column(isoDate('The start date').nullable(), { privacy: 'shareable' }),
  plannedEndDate: column(isoDate('The planned end date').nullable(), { privacy: 'shareable' }),
  /** null: open-ended. */
  plannedSessions: column(wholeNumber('The planned sessions', PLANNED_SESSIONS.min, PLANNED_SESSIONS.max).nullable(), {
    privacy: 'shareable'
  }),
  sessionMinutes: column(wholeNumber('The session length', SESSION_MINUTES.min, SESSION_MINUTES.max), { privacy: 'private' }),
  cadence: column(choice(CADENCES, 'The cadence is not one Coachbook knows.'), { privacy: 'private', words: CADENCE_LABELS }),
  /** The fee in the currency's minor unit; the three fee columns are all set or all null. */
  feeAmountMinor: column(feeFields.shape.amountMinor.nullable(), { privacy: 'private', exported: { in: 'fee' } }),
  feeCurrency: column(feeFields.shape.currency.nullable(), { privacy: 'private', exported: { in: 'fee' } }),
  feeBasis: column(feeFields.shape.basis.nullable(), { privacy: 'private', exported: { in: 'fee' }, words: FEE_BASIS_WORDS }),
  cancellationTerms: column(notesText('The cancellation terms'), { privacy: 'private' }),
  confidentialityTerms: column(notesText('The confidentiality terms'), { privacy: 'private' }),
  /** Printed on the sponsor's summary, with what it means. */
  sponsorReporting: column(choice(SPONSOR_REPORTING_LEVELS, 'The sponsor reporting level is not one Coachbook knows.'), {
    privacy: 'shareable',
    words: SPONSOR_REPORTING
  }),
  recordsConsentOn: column(isoDate('The date of consent to keep records').nullable(), { privacy: 'private' }),
  disposalOn: column(isoDate('The disposal date').nullable(), { privacy: 'private' }),
  status: column(status(), { privacy: 'shareable', words: ENGAGEMENT_STATUS_WORDS }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  /** Sessions held so far and the last one's start (migration 020): what Today reads of them. */
  heldSessions: derived(z.number().int()),
  lastHeldAt: derived(isoDateTime('The last held session').nullable())
})

export const ENGAGEMENT_STATUS_CHANGES = table('engagement_status_changes', {
  id: key(),
  uid: uid(),
  engagementId: parentKey(),
  status: column(status(), { privacy: 'shareable', words: ENGAGEMENT_STATUS_WORDS }),
  /** The day it took effect: a summary's end date. */
  changedOn: column(isoDate('The day of the status change'), { privacy: 'shareable' }),
  /** Why it changed, for the coach alone. */
  note: column(notesText('The note'), { privacy: 'private' }),
  recordedAt: column(isoDateTime('The time it was recorded'), { privacy: 'structure' })
})
