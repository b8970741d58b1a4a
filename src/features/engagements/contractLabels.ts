import type { Engagement } from '../../../electron/shared/engagements'
import { formatMoney } from '../../../electron/shared/money'

/** "€1,500.00 for the package" or "£150.00 per session" in the coach's own locale. */
export function formatFee(fee: NonNullable<Engagement['fee']>): string {
  const amount = formatMoney(fee.amountMinor, fee.currency)
  return fee.basis === 'per_session' ? `${amount} per session` : `${amount} for the package`
}
