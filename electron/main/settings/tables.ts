export interface SettingsTable {
  key: string
  /** JSON, validated by the owning domain's zod schema on every read and write. */
  value: string
  updatedAt: string
}

export interface SettingTables {
  settings: SettingsTable
}
