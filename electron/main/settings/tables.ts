import type { SETTINGS } from '../../shared/columns/settings'
import type { StoredRow } from '../db/stored'

// Each table's row, from its column list (electron/shared/columns/settings.ts).
export type SettingsTable = StoredRow<typeof SETTINGS>

export interface SettingTables {
  settings: SettingsTable
}
