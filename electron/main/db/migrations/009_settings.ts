import type { Migration } from '../migrator'

export const migration009Settings: Migration = {
  version: 9,
  name: 'settings',
  up(sqlite) {
    // One row per setting; each domain owns its keys and validates its value (JSON) with zod.
    sqlite.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) WITHOUT ROWID;
    `)
  }
}
