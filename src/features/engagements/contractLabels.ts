import type { Cadence, Engagement, SponsorReportingLevel } from '../../../electron/shared/engagements'
import { fromMinorUnits } from '../../../electron/shared/money'

export const CADENCE_LABELS: Record<Cadence, string> = {
  weekly: 'Weekly',
  fortnightly: 'Fortnightly',
  monthly: 'Monthly',
  as_needed: 'As needed'
}

export const FEE_BASIS_LABELS = { per_session: 'Per session', package: 'Package' } as const

/** What the sponsor's version of the end-of-engagement summary holds at each level. */
export const SPONSOR_REPORTING: Record<SponsorReportingLevel, { label: string; explanation: string }> = {
  none: {
    label: 'Nothing',
    explanation: 'The sponsor learns only that the engagement ran: dates and sessions held. No goals, no notes.'
  },
  progress: {
    label: 'Progress only',
    explanation: 'The sponsor sees the goals and how far each came, but none of your or the client’s notes.'
  },
  summary: {
    label: 'Summary of shareable content',
    explanation:
      'The sponsor sees goals and progress, plus the notes, assessment items and learnings you marked shareable. Private notes never.'
  }
}

/** "€1,500.00 for the package" or "£150.00 per session" in the coach's own locale. */
export function formatFee(fee: NonNullable<Engagement['fee']>): string {
  const amount = new Intl.NumberFormat(undefined, { style: 'currency', currency: fee.currency }).format(
    fromMinorUnits(fee.amountMinor, fee.currency)
  )
  return fee.basis === 'per_session' ? `${amount} per session` : `${amount} for the package`
}
