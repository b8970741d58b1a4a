import type { ENGAGEMENTS, ENGAGEMENT_KINDS, ENGAGEMENT_STATUS_CHANGES } from '../../shared/columns/engagements'
import type { StoredRow } from '../db/stored'

// Each table's row, from its column list (electron/shared/columns/engagements.ts).
export type EngagementKindsTable = StoredRow<typeof ENGAGEMENT_KINDS>
export type EngagementsTable = StoredRow<typeof ENGAGEMENTS>
export type EngagementStatusChangesTable = StoredRow<typeof ENGAGEMENT_STATUS_CHANGES>

export interface EngagementTables {
  engagementKinds: EngagementKindsTable
  engagements: EngagementsTable
  engagementStatusChanges: EngagementStatusChangesTable
}
