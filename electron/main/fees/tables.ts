import type { ENGAGEMENT_BILLING, FEE_INSTALMENTS, LATE_CANCELLATIONS, SPONSOR_BILLING } from '../../shared/columns/fees'
import type { StoredRow } from '../db/stored'

// Each table's row, from its column list (electron/shared/columns/fees.ts).
export interface FeeTables {
  engagementBilling: StoredRow<typeof ENGAGEMENT_BILLING>
  feeInstalments: StoredRow<typeof FEE_INSTALMENTS>
  lateCancellations: StoredRow<typeof LATE_CANCELLATIONS>
  sponsorBilling: StoredRow<typeof SPONSOR_BILLING>
}
