import type { UseFormGetValues, UseFormSetValue } from 'react-hook-form'
import type { ChannelInput } from '../../../electron/shared/contract'
import type { Cadence, Engagement, EngagementKind, SponsorReportingLevel } from '../../../electron/shared/engagements'
import { formatAmount, toMinorUnits, type AmountReading } from '../../../electron/shared/money'
import type { FormFieldMap } from '../../components/formErrors'

/** The contract as typed: the fee as the coach types it ("1,250.50" in London, "1.250,50" in Berlin), empty numbers and choices as null. */
export interface ContractValues {
  kindId: number | null
  title: string
  sponsorOrganisationId: number | null
  sponsorContactId: number | null
  startDate: string
  plannedEndDate: string
  plannedSessions: number | null
  sessionMinutes: number | null
  cadence: Cadence | null
  /** Null: no fee recorded (pro bono, or not agreed yet). */
  feeBasis: NonNullable<Engagement['fee']>['basis'] | null
  feeAmount: string
  feeCurrency: string
  cancellationTerms: string
  confidentialityTerms: string
  sponsorReporting: SponsorReportingLevel
  recordsConsentOn: string
  disposalOn: string
  /** Only when contracting a new engagement; later changes go through the status menu. */
  status: 'prospect' | 'active'
}

type ContractFields = Omit<ChannelInput<'engagements:update'>, 'id'>

/** Where the contract's complaints go: the fee's parts are the three fee fields. */
export const CONTRACT_FIELDS: FormFieldMap<ContractValues> = {
  fields: [
    'kindId',
    'title',
    'sponsorOrganisationId',
    'sponsorContactId',
    'startDate',
    'plannedEndDate',
    'plannedSessions',
    'sessionMinutes',
    'cadence',
    'cancellationTerms',
    'confidentialityTerms',
    'sponsorReporting',
    'recordsConsentOn',
    'disposalOn',
    'status'
  ],
  rename: { 'fee.amountMinor': 'feeAmount', 'fee.currency': 'feeCurrency', 'fee.basis': 'feeBasis', fee: 'feeAmount' }
}

export const CONTRACT_MESSAGES = { kindId: 'Choose the kind of engagement: coaching of some sort, or mentoring.' }

export const EMPTY_CONTRACT: ContractValues = {
  kindId: null,
  title: '',
  sponsorOrganisationId: null,
  sponsorContactId: null,
  startDate: '',
  plannedEndDate: '',
  plannedSessions: null,
  sessionMinutes: null,
  cadence: null,
  feeBasis: null,
  feeAmount: '',
  feeCurrency: '',
  cancellationTerms: '',
  confidentialityTerms: '',
  sponsorReporting: 'none',
  recordsConsentOn: '',
  disposalOn: '',
  status: 'prospect'
}

/** The form's values for a saved contract. */
export function contractValuesOf(engagement: Engagement): ContractValues {
  const { fee } = engagement
  return {
    ...EMPTY_CONTRACT,
    kindId: engagement.kind.id,
    // A title equal to the kind's name was most likely never typed: show it as the placeholder.
    title: engagement.title === engagement.kind.name ? '' : engagement.title,
    sponsorOrganisationId: engagement.sponsorOrganisation?.id ?? null,
    sponsorContactId: engagement.sponsorContact?.id ?? null,
    startDate: engagement.startDate ?? '',
    plannedEndDate: engagement.plannedEndDate ?? '',
    plannedSessions: engagement.plannedSessions,
    sessionMinutes: engagement.sessionMinutes,
    cadence: engagement.cadence,
    feeBasis: fee ? fee.basis : null,
    feeAmount: fee ? formatAmount(fee.amountMinor, fee.currency) : '',
    feeCurrency: fee?.currency ?? '',
    cancellationTerms: engagement.cancellationTerms,
    confidentialityTerms: engagement.confidentialityTerms,
    sponsorReporting: engagement.sponsorReporting,
    recordsConsentOn: engagement.recordsConsentOn ?? '',
    disposalOn: engagement.disposalOn ?? ''
  }
}

const isCurrencyCode = (code: string) => /^[A-Za-z]{3}$/.test(code.trim())

/**
 * The fee's amount in minor units, or what is wrong with it as typed; null when no fee is
 * recorded. Read in the coach's locale with the currency's digits, so it waits for a currency.
 */
export function readFeeAmount(values: Pick<ContractValues, 'feeBasis' | 'feeAmount' | 'feeCurrency'>): AmountReading | null {
  if (values.feeBasis === null) return null
  const currency = values.feeCurrency.trim().toUpperCase()
  if (!isCurrencyCode(currency)) return { ok: false, message: 'Choose the currency: the amount is read in its units.' }
  return toMinorUnits(values.feeAmount, currency)
}

function amountOrNaN(reading: AmountReading | null): number {
  return reading?.ok ? reading.amountMinor : Number.NaN
}

/** The form's own complaint about the fee's amount, said before the contract's. */
export function contractChecks(values: ContractValues): Partial<Record<keyof ContractValues, string>> {
  const amount = readFeeAmount(values)
  return amount && !amount.ok ? { feeAmount: amount.message } : {}
}

/** What the channel takes. Empty length or cadence means "the kind's default"; empty sessions means open-ended. */
export function toContractFields(values: ContractValues): ContractFields {
  const currency = values.feeCurrency.trim()
  return {
    // 0 is no record id: the contract refuses it, and the message says to choose a kind.
    kindId: values.kindId ?? 0,
    title: values.title,
    sponsorOrganisationId: values.sponsorOrganisationId,
    sponsorContactId: values.sponsorContactId,
    startDate: values.startDate,
    plannedEndDate: values.plannedEndDate,
    plannedSessions: values.plannedSessions,
    sessionMinutes: values.sessionMinutes ?? undefined,
    cadence: values.cadence ?? undefined,
    fee:
      values.feeBasis === null
        ? null
        : {
            // NaN is refused as "must be a number": the amount typed is not one (contractChecks says why).
            amountMinor: amountOrNaN(readFeeAmount(values)),
            currency,
            basis: values.feeBasis
          },
    cancellationTerms: values.cancellationTerms,
    confidentialityTerms: values.confidentialityTerms,
    sponsorReporting: values.sponsorReporting,
    recordsConsentOn: values.recordsConsentOn,
    disposalOn: values.disposalOn
  }
}

type PlanField = 'plannedSessions' | 'sessionMinutes' | 'cadence'

/**
 * Choosing a kind brings its plan (mentoring: open-ended, as needed), but only into
 * fields that still hold the previous kind's default: what the coach chose stays.
 */
export function applyKindDefaults(
  previous: EngagementKind | undefined,
  next: EngagementKind,
  getValues: UseFormGetValues<ContractValues>,
  setValue: UseFormSetValue<ContractValues>
): void {
  const untouched = (name: PlanField, previousDefault: unknown) => {
    const current = getValues(name)
    return current === null || current === previousDefault
  }
  if (untouched('plannedSessions', previous?.defaultPlannedSessions)) {
    setValue('plannedSessions', next.defaultPlannedSessions, { shouldDirty: true })
  }
  if (untouched('sessionMinutes', previous?.defaultSessionMinutes)) {
    setValue('sessionMinutes', next.defaultSessionMinutes, { shouldDirty: true })
  }
  if (untouched('cadence', previous?.defaultCadence)) {
    setValue('cadence', next.defaultCadence, { shouldDirty: true })
  }
}
