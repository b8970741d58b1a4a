import type { ACTIONS, MILESTONES } from '../../shared/columns/actions'
import type { StoredRow } from '../db/stored'

// Each table's row, from its column list (electron/shared/columns/actions.ts).
export type ActionsTable = StoredRow<typeof ACTIONS>
export type MilestonesTable = StoredRow<typeof MILESTONES>

export interface ActionTables {
  actions: ActionsTable
  milestones: MilestonesTable
}
