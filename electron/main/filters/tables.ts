import type { SAVED_FILTERS } from '../../shared/columns/filters'
import type { StoredRow } from '../db/stored'

// Each table's row, from its column list (electron/shared/columns/filters.ts).
export type SavedFiltersTable = StoredRow<typeof SAVED_FILTERS>

export interface FilterTables {
  savedFilters: SavedFiltersTable
}
