import type { COACHING_GROUP_SESSIONS, COACHING_GROUPS, COACHING_LOG_CLIENTS, COACHING_LOG_ENGAGEMENTS } from '../../shared/columns/coachingLog'
import type { StoredRow } from '../db/stored'

// Each table's row, from its column list (electron/shared/columns/coachingLog.ts).
export interface CoachingLogTables {
  coachingLogClients: StoredRow<typeof COACHING_LOG_CLIENTS>
  coachingLogEngagements: StoredRow<typeof COACHING_LOG_ENGAGEMENTS>
  coachingGroups: StoredRow<typeof COACHING_GROUPS>
  coachingGroupSessions: StoredRow<typeof COACHING_GROUP_SESSIONS>
}
