import type { Migration } from '../migrator'

export const migration002Organisations: Migration = {
  version: 2,
  name: 'organisations',
  up(sqlite) {
    sqlite.exec(`
      CREATE TABLE organisations (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) > 0),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE organisation_contacts (
        id INTEGER PRIMARY KEY,
        organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(name) > 0),
        role TEXT,
        email TEXT,
        phone TEXT,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX organisation_contacts_organisation ON organisation_contacts (organisation_id);
    `)
  }
}
