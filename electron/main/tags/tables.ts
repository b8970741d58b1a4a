import type { ENGAGEMENT_TAGS } from '../../shared/columns/tags'
import type { StoredRow } from '../db/stored'

// Each table's row, from its column list (electron/shared/columns/tags.ts).
export type EngagementTagsTable = StoredRow<typeof ENGAGEMENT_TAGS>

export interface TagTables {
  engagementTags: EngagementTagsTable
}
